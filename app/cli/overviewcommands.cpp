// SPDX-License-Identifier: GPL-3.0-or-later
// places, themes, coverage: where and on what the team works, for team leads and scripts.
#include "app/cli/checks.h"
#include "app/cli/commands.h"
#include "core/error.h"
#include "core/notebook/notebook.h"
#include "core/text/csv.h"
#include "core/text/dates.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>

namespace banthuek::app {
namespace {

using core::Error;
using core::ErrorCategory;

std::string levelName(core::PlaceLevel level)
{
    switch (level) {
    case core::PlaceLevel::Province:
        return "province";
    case core::PlaceLevel::District:
        return "district";
    case core::PlaceLevel::Subdistrict:
        return "subdistrict";
    case core::PlaceLevel::Village:
        return "village";
    }
    return "subdistrict";
}

void addPlaces(CLI::App& cli)
{
    auto* command =
        cli.add_subcommand("places", "Places with notes under a place: counts by kind, last field note");
    struct Options
    {
        std::string path, under;
        int stale = -1;
        bool json = false, subdistricts = false;
    };
    auto options = std::make_shared<Options>();
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option("--under", options->under, "A place code (default: the provinces)");
    command->add_option("--stale", options->stale, "Only places without a field note in this many days")
        ->check(wholeNumberFrom(0));
    command->add_flag(
        "--subdistricts", options->subdistricts,
        "Every subdistrict under the place (or the country), not only the places directly under it");
    command->add_flag("--json", options->json, "Print a JSON array");
    command->callback([options] {
        const auto notebook = core::Notebook::open(options->path, core::Notebook::Access::ReadOnly);
        if (!options->under.empty()) {
            const auto under = notebook->places().find(options->under);
            if (!under) {
                throw Error(ErrorCategory::NotFound, "There is no place with code %1.", {options->under});
            }
            options->under = under->code; // as stored, when typed in Thai digits
        }
        const std::string since = core::addDays(core::today(), -options->stale).iso();
        nlohmann::json array = nlohmann::json::array();
        const auto places = options->subdistricts ? notebook->overview().subdistricts(options->under)
                                                  : notebook->overview().places(options->under);
        for (const core::PlaceActivity& a : places) {
            const std::string last = a.lastFieldNote ? a.lastFieldNote->iso() : std::string();
            if (options->stale >= 0 && !last.empty() && last >= since) {
                continue;
            }
            if (options->json) {
                array.push_back(
                    {{"code", a.place.code},
                     {"name_th", a.place.nameTh},
                     {"name_en", a.place.nameEn},
                     {"level", levelName(a.place.level)},
                     {"field_notes", a.fieldNotes},
                     {"minutes", a.minutes},
                     {"articles", a.articles},
                     {"last_field_note", last.empty() ? nlohmann::json() : nlohmann::json(last)}});
            } else {
                std::cout << a.place.code << '\t' << a.place.nameTh << '\t' << a.fieldNotes << '\t'
                          << a.minutes << '\t' << a.articles << '\t' << (last.empty() ? "-" : last) << '\n';
            }
        }
        if (options->json) {
            std::cout << array.dump(2) << '\n';
        }
    });
}

void addThemes(CLI::App& cli)
{
    auto* command =
        cli.add_subcommand("themes", "Themes in their hierarchy with their notes (sub-themes included)");
    auto path = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    command->add_option("PATH", *path, "Notebook file")->required();
    command->add_flag("--json", *json, "Print a JSON array");
    command->callback([path, json] {
        const auto notebook = core::Notebook::open(*path, core::Notebook::Access::ReadOnly);
        nlohmann::json array = nlohmann::json::array();
        for (const core::ThemeActivity& t : notebook->overview().themes()) {
            if (*json) {
                array.push_back(
                    {{"id", t.theme.id},
                     {"name_th", t.theme.nameTh},
                     {"name_en", t.theme.nameEn},
                     {"parent", t.theme.parentId ? nlohmann::json(*t.theme.parentId) : nlohmann::json()},
                     {"depth", t.depth},
                     {"notes", t.notes}});
            } else {
                std::cout << std::string(static_cast<std::size_t>(t.depth) * 2, ' ') << t.theme.nameTh << '\t'
                          << t.notes << '\n';
            }
        }
        if (*json) {
            std::cout << array.dump(2) << '\n';
        }
    });
}

void addCoverage(CLI::App& cli)
{
    auto* command = cli.add_subcommand("coverage", "Notes of a period per subdistrict and top-level theme");
    struct Options
    {
        std::string path, from, to;
        bool csv = false;
    };
    auto options = std::make_shared<Options>();
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option("--from", options->from, "First event date, YYYY-MM-DD (either era)")->required();
    command->add_option("--to", options->to, "Last event date, YYYY-MM-DD (either era)")->required();
    command->add_flag("--csv", options->csv, "Print CSV (UTF-8) for a spreadsheet");
    command->callback([options] {
        const core::CivilDate from = core::parseUserDate(options->from, "--from date");
        const core::CivilDate to = core::parseUserDate(options->to, "--to date");
        if (to < from) {
            throw Error(ErrorCategory::InvalidInput, "--to (%1) is before --from (%2).",
                        {to.iso(), from.iso()});
        }
        const auto notebook = core::Notebook::open(options->path, core::Notebook::Access::ReadOnly);
        const core::Coverage coverage = notebook->overview().coverage(from, to);
        for (const std::vector<std::string>& fields : core::coverageTable(coverage)) {
            if (options->csv) {
                std::cout << core::csvRecord(fields);
                continue;
            }
            for (std::size_t i = 0; i < fields.size(); ++i) {
                std::cout << (i ? "\t" : "") << fields[i];
            }
            std::cout << '\n';
        }
    });
}

} // namespace

void addOverviewCommands(CLI::App& cli)
{
    addPlaces(cli);
    addThemes(cli);
    addCoverage(cli);
}

} // namespace banthuek::app
