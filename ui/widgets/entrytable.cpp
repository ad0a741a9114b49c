// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/entrytable.h"

#include "ui/widgets/entrydelegate.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace banthuek::ui {

EntryTable::EntryTable(const QStringList& headers, QWidget* parent)
    : QTableWidget(0, static_cast<int>(headers.size()), parent), m_delegate(new EntryDelegate(this))
{
    setHorizontalHeaderLabels(headers);
    setItemDelegate(m_delegate);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setTabKeyNavigation(true);
    setWordWrap(true);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    connect(this, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling) {
            emit edited();
        }
    });
    fitHeight();
}

int EntryTable::appendRow()
{
    m_filling = true;
    const int row = rowCount();
    insertRow(row);
    for (int column = 0; column < columnCount(); ++column) {
        setItem(row, column, new QTableWidgetItem());
    }
    m_filling = false;
    emit rowAdded(row);
    fitHeight();
    return row;
}

void EntryTable::clearRows()
{
    setRowCount(0);
    fitHeight();
}

bool EntryTable::rowIsEmpty(int row) const
{
    for (int column = 0; column < columnCount(); ++column) {
        const QTableWidgetItem* cell = item(row, column);
        // Defaults the owner filled in (attendance, status) do not make a row; typed text does.
        if (cell && (cell->flags() & Qt::ItemIsEditable) &&
            !cell->data(EntryDelegate::DefaultRole).toBool() && !cell->text().trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

QString EntryTable::text(int row, int column) const
{
    const QTableWidgetItem* cell = item(row, column);
    return cell ? cell->text().trimmed() : QString();
}

QVariant EntryTable::value(int row, int column) const
{
    const QTableWidgetItem* cell = item(row, column);
    return cell ? cell->data(Qt::UserRole) : QVariant();
}

void EntryTable::setCell(int row, int column, const QString& text, const QVariant& value)
{
    m_filling = true;
    QTableWidgetItem* cell = item(row, column);
    if (!cell) {
        cell = new QTableWidgetItem();
        setItem(row, column, cell);
    }
    cell->setText(text);
    cell->setData(Qt::UserRole, value);
    cell->setData(EntryDelegate::DefaultRole, {});
    m_filling = false;
}

void EntryTable::setCellReadOnly(int row, int column, bool readOnly)
{
    if (QTableWidgetItem* cell = item(row, column)) {
        cell->setFlags(readOnly ? cell->flags() & ~Qt::ItemIsEditable : cell->flags() | Qt::ItemIsEditable);
        cell->setForeground(readOnly ? palette().brush(QPalette::PlaceholderText)
                                     : palette().brush(QPalette::Text));
    }
}

void EntryTable::commitOpenEditor()
{
    m_delegate->commitOpenEditor();
}

void EntryTable::fitHeight()
{
    int height = horizontalHeader()->isVisible() ? horizontalHeader()->sizeHint().height() : 0;
    for (int row = 0; row < rowCount(); ++row) {
        height += rowHeight(row);
    }
    // One empty row's room below the last, so an empty table still looks like a table.
    height += verticalHeader()->defaultSectionSize() + 2 * frameWidth();
    setFixedHeight(height);
}

void EntryTable::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    const int row = currentRow();
    QTableWidget::closeEditor(editor, hint);
    resizeRowToContents(row);
    fitHeight();
    if (hint != QAbstractItemDelegate::SubmitModelCache || row < 0) {
        return;
    }
    // Enter: the next row, or done with the table when this (last) row was left empty.
    if (row == rowCount() - 1 && rowIsEmpty(row)) {
        removeRow(row);
        fitHeight();
        // QAbstractItemView's own version moves between cells: skip it to leave the table.
        QWidget::focusNextPrevChild(true);
        return;
    }
    if (row + 1 == rowCount()) {
        appendRow();
    }
    setCurrentCell(row + 1, 0);
    edit(currentIndex());
}

bool EntryTable::edit(const QModelIndex& index, EditTrigger trigger, QEvent* event)
{
    const bool editing = QTableWidget::edit(index, trigger, event);
    // The cell editor takes the keyboard at once, also when opened from another editor's Tab
    // (where the view would keep the focus and the next keys would be lost).
    if (QWidget* editor = editing ? indexWidget(index) : nullptr) {
        editor->setFocus();
    }
    return editing;
}

bool EntryTable::event(QEvent* event)
{
    // F2 edits the current cell, as in a spreadsheet, before the window's F2 (rename) sees it.
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent*>(event)->key() == Qt::Key_F2 &&
        static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier) {
        event->accept();
        return true;
    }
    return QTableWidget::event(event);
}

void EntryTable::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && state() != QAbstractItemView::EditingState) {
        if (rowCount() == 0) {
            setCurrentCell(appendRow(), 0);
        }
        edit(currentIndex());
        return;
    }
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::ControlModifier && currentRow() >= 0) {
        removeRow(currentRow());
        fitHeight();
        emit edited();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

void EntryTable::focusInEvent(QFocusEvent* event)
{
    QTableWidget::focusInEvent(event);
    // Tabbing into an empty table starts its first row.
    if (rowCount() == 0 && editTriggers() != QAbstractItemView::NoEditTriggers) {
        setCurrentCell(appendRow(), 0);
    } else if (!currentIndex().isValid() && rowCount() > 0) {
        setCurrentCell(0, 0);
    }
}

} // namespace banthuek::ui
