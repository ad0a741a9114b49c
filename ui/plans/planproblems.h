// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plans/plan.h"

#include <string>
#include <utility>
#include <vector>

class QWidget;

namespace banthuek::ui {

class EntryTable;
class Session;

// A plan's ranked problems: a keyboard table of problem and theme, the most pressing first.
[[nodiscard]] EntryTable* makeProblemsTable(Session& session, QWidget* parent);
void showProblems(EntryTable& table, Session& session, const std::vector<core::Problem>& problems);
// The rows as typed: (problem, theme name), in rank order.
[[nodiscard]] std::vector<std::pair<std::string, std::string>> typedProblems(const EntryTable& table);

} // namespace banthuek::ui
