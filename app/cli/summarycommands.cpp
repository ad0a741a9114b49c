// SPDX-License-Identifier: GPL-3.0-or-later
// summary: the monthly (quarterly, fiscal-year) summary for team leads, for a cron job.
#include "app/cli/commands.h"
#include "app/cli/reportoptions.h"
#include "core/error.h"
#include "core/exchange/team.h"
#include "core/notebook/notebook.h"
#include "core/summary/summary.h"
#include "ui/summary/summaryexport.h"

#include <QGuiApplication>

#include <CLI/CLI.hpp>

#include <iostream>

namespace banthuek::app {
namespace {

using core::Error;
using core::ErrorCategory;

// A theme by its Thai or English name, or its id.
std::string themeNamed(core::Notebook& notebook, const std::string& name)
{
    if (const auto theme = notebook.themes().findByName(name)) {
        return theme->id;
    }
    try {
        return notebook.themes().get(name).id;
    } catch (const Error& error) {
        if (error.category() != ErrorCategory::NotFound) {
            throw;
        }
        throw Error(ErrorCategory::NotFound, "No theme is named \"%1\".", {name});
    }
}

void addSummary(CLI::App& cli)
{
    auto* command = cli.add_subcommand(
        "summary", "Write the summary of a month (last month by default), a quarter or a Thai fiscal year");
    struct Options
    {
        std::string path, month, quarter, fiscalYear;
        std::vector<std::string> places, themes, authors;
        ReportOptions report;
    };
    auto options = std::make_shared<Options>();
    command->add_option("PATH", options->path, "Notebook file")->required();
    auto* month = command->add_option("--month", options->month, "A month: 2550-01 (พ.ศ.) or 2007-01");
    auto* quarter =
        command->add_option("--quarter", options->quarter,
                            "A quarter: 2550-Q1 (January-March) or FY2550-Q1 (fiscal: October-December)");
    auto* fiscal = command->add_option("--fiscal-year", options->fiscalYear,
                                       "A Thai fiscal year, October to September: 2550 (พ.ศ.) or 2007");
    month->excludes(quarter)->excludes(fiscal);
    quarter->excludes(fiscal);
    command->add_option("--place", options->places,
                        "Only notes about this place code (and under it); repeatable");
    command->add_option("--theme", options->themes,
                        "Only notes on this theme (and its sub-themes); repeatable");
    command->add_option("--author", options->authors, "Only notes by this author; repeatable");
    options->report.addTo(*command, "pdf, odt, html, md or csv");
    command->callback([options] {
        const auto format = ui::parseSummaryFormat(options->report.format);
        if (!format) {
            throw Error(ErrorCategory::InvalidInput, "Unknown format \"%1\"; use pdf, odt, html, md or csv.",
                        {options->report.format});
        }
        const core::DateStyle style = options->report.style();
        const core::Period period = !options->month.empty()     ? core::parseMonth(options->month)
                                    : !options->quarter.empty() ? core::parseQuarter(options->quarter)
                                    : !options->fiscalYear.empty()
                                        ? core::parseFiscalYear(options->fiscalYear)
                                        : core::lastMonth(core::today());
        const auto notebook = core::Notebook::open(options->path, core::Notebook::Access::ReadOnly);
        core::SummaryFilter filter;
        filter.placeCodes = options->places;
        filter.authors = options->authors;
        for (const std::string& theme : options->themes) {
            filter.themeIds.push_back(themeNamed(*notebook, theme));
        }
        const core::Summary summary = core::computeSummary(*notebook, period, filter);
        const auto gui = offscreenGui();
        ui::exportSummary(summary, core::notebookName(notebook->database(), options->path), style, *format,
                          QString::fromStdString(options->report.output));
        std::cout << "Wrote " << options->report.output << " (" << period.label(style) << ", "
                  << summary.notes.size() << " notes)\n";
    });
}

} // namespace

void addSummaryCommands(CLI::App& cli)
{
    addSummary(cli);
}

} // namespace banthuek::app
