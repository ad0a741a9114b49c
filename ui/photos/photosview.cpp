// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/photos/photosview.h"

#include "ui/photos/photosmodel.h"
#include "ui/photos/photoviewer.h"
#include "ui/photos/pictureloader.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

namespace banthuek::ui {

PhotosView::PhotosView(Session& session, const Preferences& preferences, QWidget* parent)
    : QWidget(parent), m_session(session), m_loader(new PictureLoader(session, this)),
      m_model(new PhotosModel(session, preferences, *m_loader, this)), m_view(new QListView(this)),
      m_empty(new QLabel(tr("The notes here show no photos yet. Add them with Note → Insert photo or file…"),
                         this))
{
    setObjectName(QStringLiteral("photosView"));
    m_view->setObjectName(QStringLiteral("photoTiles"));
    m_view->setModel(m_model);
    m_view->setViewMode(QListView::IconMode);
    m_view->setMovement(QListView::Static);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setUniformItemSizes(true);
    m_view->setWordWrap(true);
    m_view->setIconSize(QSize(PhotosModel::kTileEdge, PhotosModel::kTileEdge));
    m_view->setGridSize(QSize(PhotosModel::kTileEdge + 24, PhotosModel::kTileEdge + 48));
    m_view->setSpacing(4);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    m_empty->setObjectName(QStringLiteral("noPhotos"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex& index) {
        emit noteChosen(index.data(PhotosModel::kNoteIdRole).toString());
    });
    connect(m_view, &QListView::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = m_view->indexAt(at);
        if (!index.isValid()) {
            return;
        }
        QMenu menu(this);
        menu.addAction(tr("View photo"), this, [this, index] { viewPhoto(index.row()); });
        menu.addAction(tr("Open note"), this,
                       [this, index] { emit noteChosen(index.data(PhotosModel::kNoteIdRole).toString()); });
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
}

void PhotosView::setFilter(const core::NoteFilter& filter)
{
    m_model->setFilter(filter);
    const bool any = m_model->rowCount() > 0;
    m_view->setVisible(any);
    m_empty->setVisible(!any);
}

int PhotosView::count() const
{
    return m_model->rowCount();
}

void PhotosView::viewPhoto(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    QList<PhotoViewer::Photo> photos;
    for (int at = 0; at < m_model->rowCount(); ++at) {
        photos.append({m_model->index(at).data(PhotosModel::kShaRole).toString(), m_model->describe(at)});
    }
    auto* viewer = new PhotoViewer(m_session, photos, row, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open();
}

bool PhotosView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && key->key() == Qt::Key_Space) {
            viewPhoto(current.row());
            return true;
        }
        if (current.isValid() && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            emit noteChosen(current.data(PhotosModel::kNoteIdRole).toString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace banthuek::ui
