// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/dates.h"

#include <string>
#include <utility>
#include <vector>

namespace banthuek::core {

// A printable report as plain blocks, built in core (figures, wording, dates in the chosen era
// and language) and laid out by a writer in ui (PDF, ODT). The writer decides fonts and page
// layout only; every word a reader sees is already here.
struct ReportTable
{
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<int> widths; // relative column widths; empty: equal
};

// A bar chart: one labelled bar per entry, longest first as given. Text formats show it as a
// table; HTML draws it as SVG (reportsvg.h), PDF and ODT as a sharp picture of the same SVG.
struct ReportChart
{
    std::string title;
    std::vector<std::pair<std::string, double>> bars;
    std::string valueHeader; // the value column's name when shown as a table
};

struct ReportBlock
{
    enum class Kind {
        Title,     // the document's name, centred, large
        Centred,   // a centred line under the title (number, date, venue)
        Rule,      // a line across the page
        Heading,   // a section's name
        Paragraph, // text (may hold line breaks), indented by `indent` steps
        Table,
        Signature, // lines set to the right half of the page, for a signature
        Chart,
    };
    Kind kind = Kind::Paragraph;
    std::string text;
    int indent = 0;
    bool bold = false;
    ReportTable table;
    ReportChart chart;
};

struct ReportDocument
{
    std::string title;         // the file's title (PDF/ODT metadata)
    std::string runningHeader; // each page's header, e.g. notebook name and period
    Language language = Language::Thai;
    Digits digits = Digits::Arabic;
    std::string pageFormat = "%1 / %2"; // each page's foot: %1 this page, %2 of how many
    std::vector<ReportBlock> blocks;

    void add(ReportBlock::Kind kind, std::string text, int indent = 0, bool bold = false)
    {
        blocks.push_back(ReportBlock{kind, std::move(text), indent, bold, {}, {}});
    }
    void addTable(ReportTable table)
    {
        blocks.push_back(ReportBlock{ReportBlock::Kind::Table, {}, 0, false, std::move(table), {}});
    }
    void addChart(ReportChart chart)
    {
        blocks.push_back(ReportBlock{ReportBlock::Kind::Chart, {}, 0, false, {}, std::move(chart)});
    }
};

} // namespace banthuek::core
