// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/note.h"
#include "core/overview/overview.h"

#include <QDialog>

#include <functional>

class QTableWidget;

namespace banthuek::ui {

class DateField;
class Preferences;
class Session;

// Coverage for team leads: subdistricts (rows, by province and district) × top-level themes
// (columns), each cell the notes of the chosen period, shaded by count. Double-clicking a cell
// (or a row's total) shows those notes in the list; Export saves the table as CSV.
class CoverageDialog final : public QDialog
{
    Q_OBJECT

public:
    // `show` receives the filter of a clicked cell: place, theme (none for a row total), dates.
    CoverageDialog(Session& session, const Preferences& preferences,
                   std::function<void(const core::NoteFilter&)> show, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] const core::Coverage& coverage() const { return m_coverage; }
    void setPeriod(const core::CivilDate& from, const core::CivilDate& to);
    // Writes the table as CSV (UTF-8 with a byte-order mark, so spreadsheets read Thai).
    bool exportCsv(const QString& path);

private:
    void reload();
    void cellChosen(int row, int column);

    Session& m_session;
    std::function<void(const core::NoteFilter&)> m_show;
    DateField* m_from;
    DateField* m_to;
    QTableWidget* m_table;
    core::Coverage m_coverage;
};

} // namespace banthuek::ui
