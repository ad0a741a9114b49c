// SPDX-License-Identifier: GPL-3.0-or-later
// actions: the action items of every meeting, for note-takers, team leads and scripts.
#include "app/cli/commands.h"
#include "app/cli/reportoptions.h"
#include "core/error.h"
#include "core/notebook/notebook.h"
#include "core/summary/minutesreport.h"
#include "ui/report/reportwriter.h"

#include <QGuiApplication>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <charconv>
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
        throw Error(ErrorCategory::NotFound, "No person or organisation is named \"%1\".", {owner});
    }
}

void addActions(CLI::App& cli)
{
    auto* command =
        cli.add_subcommand("actions", "Action items of every meeting, by due date (the Trash left out)");
    struct Options
    {
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
                throw Error(ErrorCategory::InvalidInput, "Unknown status \"%1\"; use open, done or dropped.",
                            {options->status});
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
                          << (row.owner.empty() ? "-" : row.owner) << '\t' << item.text << '\t'
                          << row.meetingRecord << ' ' << row.meetingTitle << '\n';
            }
        }
        if (options->json) {
            std::cout << array.dump(2) << '\n';
        }
    });
}

// A note by its record number (as users see it) or its id.
core::Note noteNamed(core::Notebook& notebook, const std::string& text)
{
    std::int64_t record = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), record);
    if (error == std::errc() && end == text.data() + text.size()) {
        if (auto note = notebook.notes().findByRecord(record)) {
            return *note;
        }
        throw Error(ErrorCategory::NotFound, "There is no note with record number %1.", {text});
    }
    return notebook.notes().get(text);
}

void addExportMinutes(CLI::App& cli)
{
    auto* command =
        cli.add_subcommand("export-minutes", "Write one meeting's minutes (รายงานการประชุม) as PDF or ODT");
    struct Options
    {
        std::string path, record;
        ReportOptions report;
    };
    auto options = std::make_shared<Options>();
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option("RECORD", options->record, "The minutes' record number (or note id)")->required();
    options->report.addTo(*command, "pdf or odt");
    command->callback([options] {
        const std::string& format = options->report.format;
        if (format != "pdf" && format != "odt") {
            throw Error(ErrorCategory::InvalidInput, "Unknown format \"%1\"; use pdf or odt.", {format});
        }
        const core::DateStyle style = options->report.style();
        const auto notebook = core::Notebook::open(options->path, core::Notebook::Access::ReadOnly);
        const core::Note note = noteNamed(*notebook, options->record);
        const core::ReportDocument report = core::minutesReport(*notebook, note.id, style);
        const auto gui = offscreenGui();
        const QString output = QString::fromStdString(options->report.output);
        if (format == "pdf") {
            ui::writeReportPdf(report, output);
        } else {
            ui::writeReportOdt(report, output);
        }
        std::cout << "Wrote " << options->report.output << '\n';
    });
}

} // namespace

void addMinutesCommands(CLI::App& cli)
{
    addActions(cli);
    addExportMinutes(cli);
}

} // namespace banthuek::app
