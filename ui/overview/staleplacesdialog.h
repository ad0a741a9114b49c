// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace banthuek::ui {

class Preferences;
class Session;

// For team leads: the subdistricts the team writes about that had no field note in the last N
// days (60 by default), the longest-unvisited first, within a province or everywhere.
// Double-clicking a row opens that subdistrict's page.
class StalePlacesDialog final : public QDialog
{
    Q_OBJECT

public:
    StalePlacesDialog(Session& session, const Preferences& preferences,
                      std::function<void(const QString& code)> showPlace, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QSpinBox* days() const { return m_days; }
    [[nodiscard]] QComboBox* province() const { return m_province; }

private:
    void reload();

    Session& m_session;
    const Preferences& m_preferences;
    std::function<void(const QString& code)> m_showPlace;
    QComboBox* m_province;
    QSpinBox* m_days;
    QTableWidget* m_table;
    QLabel* m_status;
};

} // namespace banthuek::ui
