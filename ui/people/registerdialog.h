// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/note.h"

#include <QDialog>

#include <functional>

class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace banthuek::ui {

class Session;

// The people and organisations register: a filterable table of each, with their tagged notes;
// add, edit, delete, merge two duplicates (every tag kept), and open one's page.
class RegisterDialog final : public QDialog
{
    Q_OBJECT

public:
    // `showPage` receives the filter of a person's or organisation's page.
    RegisterDialog(Session& session, std::function<void(const core::NoteFilter&)> showPage,
                   QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* people() const { return m_people; }
    [[nodiscard]] QTableWidget* organisations() const { return m_organisations; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QLineEdit* filterEdit() const { return m_filter; }
    // Merges the two selected rows of the current tab into `keptRow`; false if not two rows.
    bool mergeSelected(int keptRow);

private:
    void reload();
    void applyFilter();
    void addEntry();
    void editEntry();
    void deleteEntry();
    void chooseMerge();
    void openPage();
    [[nodiscard]] bool onPeople() const;
    [[nodiscard]] QTableWidget* current() const;
    [[nodiscard]] QStringList selectedIds() const;

    Session& m_session;
    std::function<void(const core::NoteFilter&)> m_showPage;
    QLineEdit* m_filter;
    QTabWidget* m_tabs;
    QTableWidget* m_people;
    QTableWidget* m_organisations;
    QPushButton* m_merge;
};

} // namespace banthuek::ui
