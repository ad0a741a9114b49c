// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/photos/photosmodel.h"

#include "ui/photos/pictureloader.h"
#include "ui/preferences/preferences.h"
#include "ui/session/session.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>

namespace banthuek::ui {

PhotosModel::PhotosModel(Session& session, const Preferences& preferences, PictureLoader& loader,
                         QObject* parent)
    : QAbstractListModel(parent), m_session(session), m_preferences(preferences), m_loader(loader)
{
    // A blank tile of a photo's size, made once: the grid does not jump while pictures come.
    QPixmap blank(kTileEdge, kTileEdge * 3 / 4);
    blank.fill(QColor(0xdd, 0xdd, 0xdd));
    m_blank = QIcon(blank);
    connect(&m_loader, &PictureLoader::ready, this, [this](const QString& sha256, int edge) {
        if (edge != kTileEdge) {
            return;
        }
        const std::string sha = sha256.toStdString();
        for (std::size_t row = 0; row < m_photos.size(); ++row) {
            if (m_photos[row].sha256 == sha) {
                const QModelIndex at = index(static_cast<int>(row));
                emit dataChanged(at, at, {Qt::DecorationRole});
            }
        }
    });
}

void PhotosModel::setFilter(const core::NoteFilter& filter)
{
    beginResetModel();
    m_photos = m_session.read([&] { return m_session.notebook().notes().photos(filter); })
                   .value_or(std::vector<core::NotePhoto>{});
    endResetModel();
}

int PhotosModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_photos.size());
}

QString PhotosModel::describe(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return {};
    }
    const core::NotePhoto& photo = m_photos[static_cast<std::size_t>(row)];
    QStringList parts{QString::fromStdString(photo.name)};
    if (photo.takenAt) {
        parts << tr("taken %1").arg(takenText(m_preferences, *photo.takenAt));
    }
    parts << tr("in “%1” (%2)")
                 .arg(QString::fromStdString(photo.noteTitle), m_preferences.formatDate(photo.eventDate));
    return parts.join(QStringLiteral(" · "));
}

QVariant PhotosModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const core::NotePhoto& photo = m_photos[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return QString::fromStdString(photo.noteTitle);
    case Qt::ToolTipRole:
        return describe(index.row());
    case Qt::DecorationRole: {
        const QImage image = m_loader.picture(QString::fromStdString(photo.sha256), kTileEdge);
        if (!image.isNull()) {
            return QIcon(QPixmap::fromImage(image));
        }
        return m_blank; // while it is made
    }
    case kNoteIdRole:
        return QString::fromStdString(photo.noteId);
    case kShaRole:
        return QString::fromStdString(photo.sha256);
    default:
        return {};
    }
}

QString takenText(const Preferences& preferences, const std::string& takenAt)
{
    const QString text = QString::fromStdString(takenAt);
    const QString time = text.mid(11, 5);
    const QString date = preferences.formatDate(core::parseIsoDate(takenAt.substr(0, 10)));
    return time.isEmpty() ? date : date + QLatin1Char(' ') + time;
}

} // namespace banthuek::ui
