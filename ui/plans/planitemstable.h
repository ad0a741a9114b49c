// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edits/typednames.h"
#include "core/plans/plan.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

#include <vector>

class QLabel;

namespace banthuek::ui {

class EntryTable;
class PlanCharts;
class Preferences;
class Session;

// The names of the notebook's themes, for completing a Theme cell.
[[nodiscard]] QStringList planThemeNames(Session& session);

// A plan's items page: totals and charts at a glance above a keyboard table of the items
// (category, status, progress, budgets, fiscal year, responsible, partners, theme, the อบต.
// plan's reference, linked notes), stalled items shaded.
class PlanItemsTable final : public QWidget
{
    Q_OBJECT

public:
    PlanItemsTable(Session& session, const Preferences& preferences, QWidget* parent = nullptr);

    // Shows a plan's items; they are what typedItems() compares with (unchanged ones keep
    // their time, missing ones are removed).
    void load(std::vector<core::PlanItem> items);
    void clear();
    // The rows as typed, for the plan `planId`; a cell that cannot be saved adds its reason to
    // `problems` (row, column and why).
    [[nodiscard]] std::vector<core::TypedPlanItem> typedItems(const std::string& planId,
                                                              QStringList& problems) const;
    [[nodiscard]] const std::vector<core::PlanItem>& shown() const { return m_shown; }
    // Chooses the row of an item; false when the plan has no such item.
    bool selectItem(const QString& itemId);
    // The field notes linked to the item of a row, as (id, title).
    [[nodiscard]] QList<QPair<QString, QString>> notesOf(int row) const;

    [[nodiscard]] EntryTable* table() const { return m_table; }
    [[nodiscard]] QLabel* totalsLabel() const { return m_totals; }
    [[nodiscard]] PlanCharts* charts() const { return m_charts; }

signals:
    void edited();
    void noteChosen(const QString& noteId);

private:
    void fillRow(int row, const core::PlanItem& item, std::int64_t now);
    void updateTotals();

    Session& m_session;
    const Preferences& m_preferences;
    EntryTable* m_table;
    QLabel* m_totals;
    PlanCharts* m_charts;
    std::vector<core::PlanItem> m_shown;
};

} // namespace banthuek::ui
