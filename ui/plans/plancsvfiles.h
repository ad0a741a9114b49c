// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/dates.h"

#include <QString>

#include <functional>

namespace banthuek::ui {

class Session;

// What a plan CSV import or export did, and what to tell the user.
struct PlanFileResult
{
    bool done = false;
    QString message;
};

// Imports plan items or surveys from a CSV file after a preview that `confirm` answers; every
// problem is named by line and column, and nothing is imported unless every line can be.
[[nodiscard]] PlanFileResult importPlanFile(Session& session, const QString& path,
                                            const std::function<bool(const QString&)>& confirm);
// Writes a community's plan items as CSV with headers in `language`.
[[nodiscard]] PlanFileResult exportPlanFile(Session& session, const QString& community,
                                            core::Language language, const QString& path);

} // namespace banthuek::ui
