// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plans/plan.h"

#include <string>
#include <vector>

namespace banthuek::core {

class Notebook;

// Master-plan data in CSV, as a spreadsheet saves it (UTF-8, with or without a byte-order mark,
// comma-separated, Thai or English column headers; see the README). A file holds either plan
// items (a `title` column) or household surveys (a `year` column); the header says which.
enum class PlanTable { Items, Surveys };

struct CsvProblem
{
    int line = 0;
    std::string column; // the header as written; empty for a problem with the whole line
    std::string reason;
};

struct PlanImport
{
    PlanTable table = PlanTable::Items;
    int rows = 0;
    int added = 0;
    int updated = 0;
    std::vector<std::string> preview; // one line a row: "line 2: add ..." / "line 3: update ..."
    std::vector<CsvProblem> problems; // any: nothing was written
    [[nodiscard]] bool ok() const { return problems.empty(); }
};

// Reads the whole file and checks every row; with no problems (and not `dryRun`) writes it all
// in one transaction: a plan is found by its community and title (added when new, with the
// period given), an item by its plan and title, a survey by its community and year (replaced).
// Never writes part of a file.
// Who is responsible for an item, as typed: a registered person, else an organisation (by
// abbreviation or name), else a new person of that name (who joins the register). Empty: nobody.
void setResponsible(Notebook& notebook, PlanItem& item, const std::string& name);
// The responsible person's name or organisation's short name; empty when nobody is named.
[[nodiscard]] std::string responsibleName(const Notebook& notebook, const PlanItem& item);
// Partner organisations as "พอช.; สสส.", and back (NotFound names one that is not registered).
[[nodiscard]] std::string partnersText(const Notebook& notebook, const PlanItem& item);
[[nodiscard]] std::vector<std::string> partnersFrom(const Notebook& notebook, const std::string& text);

[[nodiscard]] PlanImport importPlanCsv(Notebook& notebook, const std::string& data, bool dryRun);

// A community's plan items (every plan of it) or surveys as CSV that imports back to the same
// data, headers in `language`, UTF-8 with a byte-order mark. Years in the Buddhist era in Thai.
[[nodiscard]] std::string exportPlanCsv(const Notebook& notebook, const std::string& communityCode,
                                        PlanTable table, Language language);

} // namespace banthuek::core
