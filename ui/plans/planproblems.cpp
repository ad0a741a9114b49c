// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plans/planproblems.h"

#include "ui/plans/planformat.h"
#include "ui/plans/planitemstable.h"
#include "ui/session/session.h"
#include "ui/widgets/entrydelegate.h"
#include "ui/widgets/entrytable.h"

#include <QCoreApplication>

namespace banthuek::ui {
using namespace plans;

EntryTable* makeProblemsTable(Session& session, QWidget* parent)
{
    auto* table = new EntryTable(
        {QCoreApplication::translate("banthuek::ui::PlanDialog", "Problem (most pressing first)"),
         QCoreApplication::translate("banthuek::ui::PlanDialog", "Theme")},
        parent);
    table->setObjectName(QStringLiteral("planProblems"));
    table->entryDelegate()->setCompletion(1, [&session] { return planThemeNames(session); });
    return table;
}

void showProblems(EntryTable& table, Session& session, const std::vector<core::Problem>& problems)
{
    table.clearRows();
    for (const core::Problem& problem : problems) {
        const int row = table.appendRow();
        table.setCell(row, 0, fromStd(problem.text));
        table.setCell(row, 1, problem.themeId ? session.themeName(fromStd(*problem.themeId)) : QString());
    }
    table.fitHeight();
}

std::vector<std::pair<std::string, std::string>> typedProblems(const EntryTable& table)
{
    std::vector<std::pair<std::string, std::string>> problems;
    for (int row = 0; row < table.rowCount(); ++row) {
        problems.emplace_back(str(table.text(row, 0)), str(table.text(row, 1)));
    }
    return problems;
}

} // namespace banthuek::ui
