// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly summary on an existing notebook: a month made to hold N notes (notes of other
// months are moved into it, with their comments) against a month as generated, the baseline.
// For each: computing the content, building the report, and writing each format; medians of three.
#include "bench/bench.h"
#include "core/notebook/notebook.h"
#include "core/report/reporttext.h"
#include "core/storage/statement.h"
#include "core/summary/summaryreport.h"
#include "ui/summary/summaryexport.h"

#include <QDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

namespace banthuek::bench {
namespace {

double medianMs(const std::function<void()>& work)
{
    std::vector<double> times;
    for (int run = 0; run < 3; ++run) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[1];
}

std::int64_t notesIn(core::Notebook& notebook, const core::Period& month)
{
    core::Statement count = notebook.database().prepare(
        "SELECT count(*) FROM notes WHERE trashed_ms IS NULL AND event_date BETWEEN ?1 AND ?2");
    count.bind(1, month.first().iso()).bind(2, month.last().iso());
    return count.step() ? count.integer(0) : 0;
}

// Moves notes of other months into `month` (spread over its days), with their comments
// written in it, until it holds `wanted` notes.
void fillMonth(core::Notebook& notebook, const core::Period& month, std::int64_t wanted)
{
    const std::int64_t missing = wanted - notesIn(notebook, month);
    if (missing <= 0) {
        return;
    }
    core::Transaction transaction(notebook.database());
    core::Statement move = notebook.database().prepare(
        "UPDATE notes SET event_date = ?1 || '-' || printf('%02d', 1 + record % 28) WHERE id IN"
        " (SELECT id FROM notes WHERE trashed_ms IS NULL AND event_date NOT LIKE ?1 || '%' ORDER BY record "
        "DESC LIMIT ?2)"
        " RETURNING id");
    move.bind(1, month.key()).bind(2, missing);
    std::vector<std::string> moved;
    while (move.step()) {
        moved.push_back(move.text(0));
    }
    const std::int64_t start = core::localDayStartMillis(month.first());
    for (const std::string& id : moved) {
        notebook.database()
            .prepare(
                "UPDATE comments SET created_ms = ?2 + (rowid % 27) * 86400000 + 43200000 WHERE note_id = ?1")
            .bind(1, id)
            .bind(2, start)
            .run();
    }
    transaction.commit();
}

std::vector<double> measureMonth(core::Notebook& notebook, const core::Period& month, const std::string& dir,
                                 std::size_t& notes)
{
    const core::DateStyle style;
    core::Summary summary;
    std::vector<double> figures;
    figures.push_back(medianMs([&] { summary = core::computeSummary(notebook, month); }));
    notes = summary.notes.size();
    core::ReportDocument report;
    figures.push_back(medianMs([&] { report = core::summaryReport(summary, "bench", style); }));
    for (const auto format : {ui::SummaryFormat::Pdf, ui::SummaryFormat::Odt, ui::SummaryFormat::Html,
                              ui::SummaryFormat::Markdown, ui::SummaryFormat::Csv}) {
        const QString path = QString::fromStdString(dir) + QStringLiteral("/summary-") +
                             QString::fromStdString(month.key()) + QStringLiteral(".") +
                             ui::summaryExtension(format);
        figures.push_back(medianMs([&] { ui::exportSummary(summary, "bench", style, format, path); }));
    }
    // From nothing to the PDF file: what a team lead waits for.
    const QString pdf = QString::fromStdString(dir) + QStringLiteral("/summary-all-") +
                        QString::fromStdString(month.key()) + QStringLiteral(".pdf");
    figures.push_back(medianMs([&] {
        ui::exportSummary(core::computeSummary(notebook, month), "bench", style, ui::SummaryFormat::Pdf, pdf);
    }));
    return figures;
}

} // namespace

int runSummaryBench(const std::string& path, int monthNotes)
{
    auto notebook = core::Notebook::open(path);
    const core::Period large = core::parseMonth("2026-10");
    const core::Period baseline = core::parseMonth("2026-09");
    fillMonth(*notebook, large, monthNotes);
    const std::string dir = QDir::tempPath().toStdString();
    std::size_t baselineNotes = 0;
    std::size_t largeNotes = 0;
    const auto small = measureMonth(*notebook, baseline, dir, baselineNotes);
    const auto big = measureMonth(*notebook, large, dir, largeNotes);
    std::printf("summary of a month (median of 3)      %8zu notes %8zu notes %8s\n", baselineNotes,
                largeNotes, "ratio");
    const char* names[] = {"content (computeSummary)",
                           "report blocks (summaryReport)",
                           "write PDF",
                           "write ODT",
                           "write HTML",
                           "write Markdown",
                           "write CSV",
                           "content + PDF (total)"};
    for (std::size_t i = 0; i < big.size(); ++i) {
        std::printf("%-36s %11.1f ms %11.1f ms %8.2f\n", names[i], small[i], big[i],
                    small[i] > 0 ? big[i] / small[i] : 0);
    }
    return 0;
}

} // namespace banthuek::bench
