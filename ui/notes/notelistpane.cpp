// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/notelistpane.h"

#include "ui/notes/notelistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace banthuek::ui {

NoteListPane::NoteListPane(NoteListModel& model, QWidget* parent)
    : QWidget(parent), m_model(model), m_breadcrumb(new QLabel(this)), m_filter(new QLineEdit(this)),
      m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("noteListPane"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    m_breadcrumb->setWordWrap(true);
    m_breadcrumb->setContentsMargins(4, 4, 4, 0);
    m_filter->setObjectName(QStringLiteral("quickFilter"));
    m_filter->setPlaceholderText(tr("Filter by title or author (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("noteList"));
    m_view->setModel(&m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // lets the view skip measuring 100,000 rows
    m_view->setAlternatingRowColors(true);
    // The indicator first: enabling sorting sorts by it at once (by title, were it left unset).
    m_view->header()->setSortIndicator(NoteListModel::Date, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->header()->setStretchLastSection(false);
    m_view->setColumnWidth(NoteListModel::Title, 260);
    m_view->setColumnWidth(NoteListModel::Date, 130);
    m_view->setColumnWidth(NoteListModel::Places, 120);
    m_view->setColumnWidth(NoteListModel::Themes, 140);
    m_view->setColumnWidth(NoteListModel::FirstLine, 260);
    m_view->setColumnWidth(NoteListModel::Record, 60);
    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    // Typing narrows the list after a short pause, so each keystroke does not hit the disk.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { m_model.setQuickText(m_filter->text()); });
    auto announce = [this] { emit currentNoteChanged(currentNoteId()); };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, announce);
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this, announce] {
        if (!m_view->currentIndex().isValid() && m_model.rowCount() > 0 && !signalsBlocked()) {
            selectRow(0); // a list that shows notes always has one open
        }
        announce();
    });
}

void NoteListPane::setBreadcrumb(const QString& text)
{
    m_breadcrumb->setText(text);
}

QString NoteListPane::currentNoteId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model.noteId(current.row()) : QString();
}

bool NoteListPane::selectNote(const QString& id)
{
    const int row = m_model.rowOf(id);
    if (row < 0) {
        return false;
    }
    selectRow(row);
    return true;
}

void NoteListPane::selectRow(int row)
{
    if (row < 0 || row >= m_model.rowCount()) {
        return;
    }
    const QModelIndex index = m_model.index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void NoteListPane::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

} // namespace banthuek::ui
