// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableWidget>

namespace banthuek::ui {

class EntryDelegate;

// A table filled from the keyboard, as in a spreadsheet: Enter commits a cell and starts the
// first cell of the next row (adding a row at the end); Enter on an empty last row removes it
// and moves on to the next field; Tab moves across; Ctrl+Delete removes the current row. The
// table grows with its rows, so the form around it scrolls instead of the table.
class EntryTable final : public QTableWidget
{
    Q_OBJECT

public:
    EntryTable(const QStringList& headers, QWidget* parent = nullptr);

    [[nodiscard]] EntryDelegate* entryDelegate() const { return m_delegate; }
    // Adds an empty row (rowAdded lets the owner fill its defaults) and returns its index.
    int appendRow();
    void clearRows();
    [[nodiscard]] bool rowIsEmpty(int row) const;
    [[nodiscard]] QString text(int row, int column) const;
    [[nodiscard]] QVariant value(int row, int column) const; // Qt::UserRole
    void setCell(int row, int column, const QString& text, const QVariant& value = {});
    void setCellReadOnly(int row, int column, bool readOnly);
    // Writes what an open cell editor holds to the table, so a save in the middle of typing
    // keeps it.
    void commitOpenEditor();
    void fitHeight();

signals:
    void edited();
    void rowAdded(int row);

protected:
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
    using QTableWidget::edit;
    bool edit(const QModelIndex& index, EditTrigger trigger, QEvent* event) override;
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    EntryDelegate* m_delegate;
    bool m_filling = false;
};

} // namespace banthuek::ui
