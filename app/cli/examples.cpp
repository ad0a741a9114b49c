// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/examples.h"

#include <CLI/CLI.hpp>

#include <map>
#include <string>

namespace banthuek::app {
namespace {

// One example per subcommand, as a facilitator or a team lead would type it.
const std::map<std::string, std::string>& examples()
{
    static const std::map<std::string, std::string> table = {
        {"new", "banthuek new ท่าศาลา.banthuek --demo"},
        {"check", "banthuek check notes.banthuek"},
        {"generate", "banthuek generate big.banthuek --notes 100000 --seed 7"},
        {"reindex", "banthuek reindex notes.banthuek"},
        {"add", "banthuek add notes.banthuek --title \"เยี่ยมกลุ่มออมทรัพย์บ้านนา\" --place 800801 "
                "--theme \"ออมทรัพย์\" --body-file visit.md"},
        {"list", "banthuek list notes.banthuek --place 800801 --from 2569-11-01 --limit 20"},
        {"import-jsonl", "banthuek import-jsonl notes.banthuek old-notes.jsonl"},
        {"search", "banthuek search notes.banthuek \"ออมทรัพย์\" --limit 10"},
        {"places", "banthuek places notes.banthuek --under 8008 --stale 60"},
        {"themes", "banthuek themes notes.banthuek --json"},
        {"coverage",
         "banthuek coverage notes.banthuek --from 2569-10-01 --to 2569-12-31 --csv > coverage.csv"},
        {"people", "banthuek people notes.banthuek --place 800801"},
        {"organisations", "banthuek organisations notes.banthuek --json"},
        {"merge-people", "banthuek merge-people notes.banthuek \"สมชาย ใจดี\" \"นายสมชาย ใจดี\""},
        {"merge-organisations", "banthuek merge-organisations notes.banthuek \"อบต.ท่าศาลา\" "
                                "\"องค์การบริหารส่วนตำบลท่าศาลา\""},
        {"links", "banthuek links notes.banthuek 1000347"},
        {"actions", "banthuek actions notes.banthuek --overdue"},
        {"export-minutes", "banthuek export-minutes notes.banthuek 1000412 --format pdf -o ประชุม-ธค69.pdf"},
        {"summary",
         "banthuek summary notes.banthuek --month 2569-11 --place 8008 --format pdf -o สรุป-พย69.pdf"},
        {"plan", "banthuek plan notes.banthuek --community 80080101"},
        {"import-plan", "banthuek import-plan notes.banthuek แผนบ้านนา.csv --dry-run"},
        {"export-plan", "banthuek export-plan notes.banthuek --community 80080101 -o แผนบ้านนา.csv"},
        {"trash", "banthuek trash notes.banthuek 1000347"},
        {"history", "banthuek history notes.banthuek 1000347 --json"},
        {"files", "banthuek files notes.banthuek 1000347 --json"},
        {"extract", "banthuek extract notes.banthuek 1000347 -o photos"},
    };
    return table;
}

} // namespace

void addExamples(CLI::App& cli)
{
    for (CLI::App* command : cli.get_subcommands([](CLI::App*) { return true; })) {
        const std::string footer = command->get_footer();
        if (footer.find("Example") != std::string::npos) {
            continue;
        }
        const auto example = examples().find(command->get_name());
        if (example != examples().end()) {
            command->footer(footer.empty() ? "Example: " + example->second
                                           : footer + "\nExample: " + example->second);
        }
    }
}

} // namespace banthuek::app
