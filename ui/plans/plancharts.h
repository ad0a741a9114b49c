// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plans/plan.h"

#include <QWidget>

namespace banthuek::ui {

// A plan's two charts (Qt Charts): budget by category, and items by status.
class PlanCharts final : public QWidget
{
    Q_OBJECT

public:
    explicit PlanCharts(QWidget* parent = nullptr);
    void show(const core::PlanTotals& totals);
    // What the bars show, for tests: budget in baht per category, items per status.
    [[nodiscard]] QList<qreal> budgetBars() const { return m_budget; }
    [[nodiscard]] QList<qreal> statusBars() const { return m_statuses; }

private:
    QWidget* m_budgetView;
    QWidget* m_statusView;
    QList<qreal> m_budget;
    QList<qreal> m_statuses;
};

// The words the plan page and its charts use for categories and statuses.
[[nodiscard]] QString categoryLabel(core::ItemCategory category);
[[nodiscard]] QString statusLabel(core::ItemStatus status);

} // namespace banthuek::ui
