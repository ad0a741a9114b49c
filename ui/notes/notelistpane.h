// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;

namespace banthuek::ui {

class NoteListModel;

// The middle pane: where we are (breadcrumb), a quick filter that narrows as you type,
// and the sortable list of notes.
class NoteListPane final : public QWidget {
    Q_OBJECT

public:
    NoteListPane(NoteListModel& model, QWidget* parent = nullptr);

    void setBreadcrumb(const QString& text);
    [[nodiscard]] QString currentNoteId() const;
    // Selects a note if the list shows it; true when selected.
    bool selectNote(const QString& id);
    void selectRow(int row);
    void focusFilter();
    [[nodiscard]] QTreeView* view() const { return m_view; }
    [[nodiscard]] QLineEdit* filterEdit() const { return m_filter; }

signals:
    void currentNoteChanged(const QString& id);

private:
    NoteListModel& m_model;
    QLabel* m_breadcrumb;
    QLineEdit* m_filter;
    QTreeView* m_view;
};

} // namespace banthuek::ui
