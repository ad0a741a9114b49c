// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plans/plan.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace banthuek::ui {

class DateField;
class Preferences;

// A plan's details in one row: its period (first and last year, in the chosen era), status,
// approval date and the forum that approved it.
class PlanDetails final : public QWidget
{
    Q_OBJECT

public:
    PlanDetails(const Preferences& preferences, QWidget* parent = nullptr);

    // Shows a plan's details; nothing shows this fiscal year's three years, disabled (a plan's
    // details with no plan to hold them).
    void showPlan(const std::optional<core::Plan>& plan);
    // The plan with the details as typed.
    [[nodiscard]] core::Plan applied(core::Plan plan) const;
    [[nodiscard]] DateField* approvedOn() const { return m_approvedOn; }

signals:
    void edited();

private:
    const Preferences& m_preferences;
    QSpinBox* m_firstYear;
    QSpinBox* m_lastYear;
    QComboBox* m_status;
    DateField* m_approvedOn;
    QLineEdit* m_forum;
};

} // namespace banthuek::ui
