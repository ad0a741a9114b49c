// SPDX-License-Identifier: GPL-3.0-or-later
// actions: the action items of every meeting, for note-takers, team leads and scripts.
#include "app/cli/commands.h"
#include "core/error.h"
#include "core/notebook.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>

namespace banthuek::app {
namespace {

using core::Error;
using core::ErrorCategory;

nlohmann::json optionalJson(const std::optional<std::string>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json();
}

nlohmann::json dateJson(const std::optional<core::CivilDate>& date)
{
    return date ? nlohmann::json(date->iso()) : nlohmann::json();
}

// An owner as typed: a person's name (or id) first, then an organisation's.
void setOwner(core::Notebook& notebook, const std::string& owner, core::ActionFilter& filter)
{
    try {
        filter.ownerPersonId = notebook.people().resolve(owner).id;
        return;
    } catch (const Error& error) {
        if (error.category() != ErrorCategory::NotFound) {
            throw;
        }
    }
    try {
        filter.ownerOrganisationId = notebook.organisations().resolve(owner).id;
    } catch (const Error& error) {
        if (error.category() != ErrorCategory::NotFound) {
            throw;
        }
        throw Error(ErrorCategory::NotFound, "No person or organisation is named \"" + owner + "\".");
    }
}

void addActions(CLI::App& cli)
{
    auto* command = cli.add_subcommand("actions", "Action items of every meeting, by due date (the Trash left out)");
    struct Options {
        std::string path, owner, status;
        bool overdue = false, json = false;
    };
    auto options = std::make_shared<Options>();
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option("--owner", options->owner, "A person's or organisation's name (or id)");
    command->add_option("--status", options->status, "open, done or dropped");
    command->add_flag("--overdue", options->overdue, "Only open items due before today");
    command->add_flag("--json", options->json, "Print a JSON array");
    command->callback([options] {
        const auto notebook = core::Notebook::open(options->path, core::Notebook::Access::ReadOnly);
        core::ActionFilter filter;
        if (!options->owner.empty()) {
            setOwner(*notebook, options->owner, filter);
        }
        if (!options->status.empty()) {
            filter.status = core::parseActionStatus(options->status);
            if (!filter.status) {
                throw Error(ErrorCategory::InvalidInput,
                            "Unknown status \"" + options->status + "\"; use open, done or dropped.");
            }
        }
        const core::CivilDate today = core::today();
        if (options->overdue) {
            filter.overdueOn = today;
        }
        nlohmann::json array = nlohmann::json::array();
        for (const core::ActionRow& row : notebook->actions().list(filter, today)) {
            const core::ActionItem& item = row.item;
            if (options->json) {
                array.push_back({{"id", item.id},
                                 {"text", item.text},
                                 {"owner", row.owner},
                                 {"owner_person_id", optionalJson(item.ownerPersonId)},
                                 {"owner_organisation_id", optionalJson(item.ownerOrganisationId)},
                                 {"due", dateJson(item.due)},
                                 {"status", std::string(core::actionStatusName(item.status))},
                                 {"done_date", dateJson(item.doneDate)},
                                 {"overdue", row.overdue},
                                 {"meeting_record", row.meetingRecord},
                                 {"meeting_title", row.meetingTitle},
                                 {"meeting_date", dateJson(row.meetingDate)},
                                 {"series", row.seriesName}});
            } else {
                std::cout << (item.due ? item.due->iso() : std::string("----------")) << '\t'
                          << core::actionStatusName(item.status) << (row.overdue ? " (overdue)" : "") << '\t'
                          << (row.owner.empty() ? "-" : row.owner) << '\t' << item.text << '\t' << row.meetingRecord
                          << ' ' << row.meetingTitle << '\n';
            }
        }
        if (options->json) {
            std::cout << array.dump(2) << '\n';
        }
    });
}

} // namespace

void addMinutesCommands(CLI::App& cli)
{
    addActions(cli);
}

} // namespace banthuek::app
