// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plans/plancharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace banthuek::ui {
namespace {

QChartView* barChart(const QString& title, const QStringList& labels, const QList<qreal>& values,
                     QChartView* view)
{
    auto* set = new QBarSet(title);
    set->append(values);
    set->setColor(QColor(0x3f, 0x7f, 0x5f));
    auto* series = new QBarSeries();
    series->append(set);
    series->setLabelsVisible(true);
    auto* chart = new QChart();
    chart->addSeries(series);
    chart->setTitle(title);
    chart->legend()->hide();
    auto* axis = new QBarCategoryAxis();
    axis->append(labels);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto* valueAxis = new QValueAxis();
    qreal most = 0;
    for (const qreal v : values) {
        most = std::max(most, v);
    }
    // Whole, round steps (1, 2, 5, 10, 20, ...), at most five of them: never "0, 1, 1, 2".
    qreal step = 1;
    for (int i = 0; most / step > 5; ++i) {
        step *= i % 3 == 1 ? 2.5 : 2;
    }
    valueAxis->setRange(0, std::max(step, std::ceil(most * 1.1 / step) * step));
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(step);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
    return view;
}

} // namespace

QString categoryLabel(core::ItemCategory category)
{
    switch (category) {
    case core::ItemCategory::Self:
        return PlanCharts::tr("Do ourselves");
    case core::ItemCategory::Partners:
        return PlanCharts::tr("With partners");
    case core::ItemCategory::Agencies:
        return PlanCharts::tr("Ask agencies");
    }
    return {};
}

QString statusLabel(core::ItemStatus status)
{
    switch (status) {
    case core::ItemStatus::Proposed:
        return PlanCharts::tr("Proposed");
    case core::ItemStatus::Approved:
        return PlanCharts::tr("Approved");
    case core::ItemStatus::InProgress:
        return PlanCharts::tr("In progress");
    case core::ItemStatus::Done:
        return PlanCharts::tr("Done");
    case core::ItemStatus::Dropped:
        return PlanCharts::tr("Dropped");
    }
    return {};
}

PlanCharts::PlanCharts(QWidget* parent)
    : QWidget(parent), m_budgetView(new QChartView(this)), m_statusView(new QChartView(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* view : {m_budgetView, m_statusView}) {
        static_cast<QChartView*>(view)->setRenderHint(QPainter::Antialiasing);
        view->setFixedHeight(240);
        layout->addWidget(view);
    }
    m_budgetView->setObjectName(QStringLiteral("budgetChart"));
    m_statusView->setObjectName(QStringLiteral("statusChart"));
}

void PlanCharts::show(const core::PlanTotals& totals)
{
    QStringList categories;
    m_budget.clear();
    for (const core::ItemCategory category : core::kItemCategories) {
        categories << categoryLabel(category);
        m_budget << static_cast<qreal>(totals.budgetByCategory[static_cast<int>(category)]) / 100.0;
    }
    QStringList statuses;
    m_statuses.clear();
    for (const core::ItemStatus status : core::kItemStatuses) {
        statuses << statusLabel(status);
        m_statuses << static_cast<qreal>(totals.byStatus[static_cast<int>(status)]);
    }
    barChart(tr("Budget by category (baht)"), categories, m_budget, static_cast<QChartView*>(m_budgetView));
    barChart(tr("Items by status"), statuses, m_statuses, static_cast<QChartView*>(m_statusView));
}

} // namespace banthuek::ui
