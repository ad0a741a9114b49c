// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/summary/summaryexport.h"

#include "core/error.h"
#include "core/report/reporttext.h"
#include "core/summary/summaryreport.h"
#include "ui/report/reportwriter.h"

namespace banthuek::ui {

std::optional<SummaryFormat> parseSummaryFormat(std::string_view name)
{
    if (name == "pdf") {
        return SummaryFormat::Pdf;
    }
    if (name == "odt") {
        return SummaryFormat::Odt;
    }
    if (name == "html") {
        return SummaryFormat::Html;
    }
    if (name == "md" || name == "markdown") {
        return SummaryFormat::Markdown;
    }
    if (name == "csv") {
        return SummaryFormat::Csv;
    }
    return std::nullopt;
}

QString summaryExtension(SummaryFormat format)
{
    switch (format) {
    case SummaryFormat::Pdf:
        return QStringLiteral("pdf");
    case SummaryFormat::Odt:
        return QStringLiteral("odt");
    case SummaryFormat::Html:
        return QStringLiteral("html");
    case SummaryFormat::Markdown:
        return QStringLiteral("md");
    case SummaryFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

void exportSummary(const core::Summary& summary, const std::string& notebookName,
                   const core::DateStyle& style, SummaryFormat format, const QString& path)
{
    switch (format) {
    case SummaryFormat::Pdf:
        writeReportPdf(core::summaryReport(summary, notebookName, style), path);
        return;
    case SummaryFormat::Odt:
        writeReportOdt(core::summaryReport(summary, notebookName, style), path);
        return;
    case SummaryFormat::Html:
        writeTextFile(core::reportHtml(core::summaryReport(summary, notebookName, style)), path);
        return;
    case SummaryFormat::Markdown:
        writeTextFile(core::reportMarkdown(core::summaryReport(summary, notebookName, style)), path);
        return;
    case SummaryFormat::Csv:
        writeTextFile(core::summaryCsv(summary, notebookName, style), path);
        return;
    }
}

} // namespace banthuek::ui
