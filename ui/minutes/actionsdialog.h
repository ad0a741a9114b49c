// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/minutes/minutes.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace banthuek::ui {

class Preferences;
class Session;

// Every meeting's action items: filter by owner, status, series, the meetings' place and
// theme, and overdue; sorted by due
// date, overdue ones marked; tick Done to mark an item done today; double-click opens the
// meeting it came from.
class ActionsDialog final : public QDialog
{
    Q_OBJECT

public:
    ActionsDialog(Session& session, const Preferences& preferences,
                  std::function<void(const QString& noteId)> openMeeting, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QComboBox* owner() const { return m_owner; }
    [[nodiscard]] QComboBox* status() const { return m_status; }
    [[nodiscard]] QCheckBox* overdueOnly() const { return m_overdue; }
    [[nodiscard]] QComboBox* place() const { return m_place; }
    [[nodiscard]] QComboBox* theme() const { return m_theme; }
    [[nodiscard]] QLabel* summary() const { return m_summary; }
    [[nodiscard]] const std::vector<core::ActionRow>& rows() const { return m_rows; }

private:
    void fillChoices();
    void reload();
    void doneToggled(int row, bool done);

    Session& m_session;
    const Preferences& m_preferences;
    std::function<void(const QString& noteId)> m_openMeeting;
    QComboBox* m_owner;
    QComboBox* m_status;
    QComboBox* m_series;
    QComboBox* m_place;
    QComboBox* m_theme;
    QCheckBox* m_overdue;
    QTableWidget* m_table;
    QLabel* m_summary;
    std::vector<core::ActionRow> m_rows;
    bool m_filling = false;
};

} // namespace banthuek::ui
