// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reporttext.h"

#include "core/report/reportsvg.h"

namespace banthuek::core {
namespace {

using Kind = ReportBlock::Kind;

constexpr const char* kFonts = "Laksaman, 'TH Sarabun New', 'Noto Sans Thai', 'Noto Serif Thai', sans-serif";

// Escaped text with its line breaks kept.
std::string htmlLines(std::string_view text)
{
    std::string out = escapeXml(text);
    for (std::size_t at = out.find('\n'); at != std::string::npos; at = out.find('\n', at + 5)) {
        out.replace(at, 1, "<br>\n");
    }
    return out;
}

std::string htmlTable(const ReportTable& table)
{
    int total = 0;
    for (const int width : table.widths) {
        total += width;
    }
    std::string out = "<table>\n";
    if (total > 0 && table.widths.size() == table.header.size()) {
        out += "<colgroup>";
        for (const int width : table.widths) {
            out += "<col style=\"width:" + std::to_string(width * 100 / total) + "%\">";
        }
        out += "</colgroup>\n";
    }
    out += "<thead><tr>";
    for (const std::string& cell : table.header) {
        out += "<th>" + htmlLines(cell) + "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : table.rows) {
        out += "<tr>";
        for (const std::string& cell : row) {
            out += "<td>" + htmlLines(cell) + "</td>";
        }
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

// Markdown marks a reader's text may hold, escaped so they show as typed.
std::string markdownText(std::string_view text, bool startsLine = true)
{
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '#':
        case '|':
        case '!':
            out += '\\';
            out += c;
            break;
        case '\n':
            out += "  \n";
            break; // a hard line break
        default:
            out += c;
        }
    }
    // A line starting with "1." or "-" would become a list.
    if (startsLine && !out.empty() && (out.front() == '-' || out.front() == '+')) {
        out.insert(0, "\\");
    }
    return out;
}

std::string markdownCell(std::string_view text)
{
    std::string out = markdownText(text, false);
    for (std::size_t at = out.find("  \n"); at != std::string::npos; at = out.find("  \n", at)) {
        out.replace(at, 3, "<br>");
    }
    return out;
}

std::string markdownTable(const std::vector<std::string>& header,
                          const std::vector<std::vector<std::string>>& rows)
{
    std::string out = "|";
    for (const std::string& cell : header) {
        out += " " + markdownCell(cell) + " |";
    }
    out += "\n|";
    for (std::size_t i = 0; i < header.size(); ++i) {
        out += " --- |";
    }
    out += "\n";
    for (const auto& row : rows) {
        out += "|";
        for (const std::string& cell : row) {
            out += " " + markdownCell(cell) + " |";
        }
        out += "\n";
    }
    return out + "\n";
}

} // namespace

std::string reportHtml(const ReportDocument& report)
{
    const bool thai = report.language == Language::Thai;
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(thai ? "th" : "en") +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escapeXml(report.title) +
                      "</title>\n";
    out +=
        "<style>\n"
        "body { font-family: " +
        std::string(kFonts) +
        "; font-size: 16pt; line-height: 1.45; max-width: 52em;"
        " margin: 2em auto; padding: 0 1em; color: #222; }\n"
        "header.running { color: #666; font-size: 11pt; border-bottom: 1px solid #ccc; margin-bottom: 1em; "
        "}\n"
        "h1 { text-align: center; font-size: 20pt; margin: 0.3em 0; }\n"
        "p.centred { text-align: center; margin: 0.1em 0; }\n"
        "h2 { font-size: 17pt; margin: 1.2em 0 0.4em; }\n"
        "p { margin: 0.2em 0; }\n"
        "p.bold { font-weight: bold; }\n"
        "p.signature { margin-left: 50%; text-align: center; white-space: pre-line; }\n"
        "table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em; }\n"
        "th, td { border: 1px solid #888; padding: 0.15em 0.4em; vertical-align: top; text-align: left; }\n"
        "th { background: #eee; }\n"
        "figure { margin: 0.6em 0; }\n"
        "figure svg { max-width: 100%; height: auto; }\n"
        "@media print { header.running { display: none; } }\n"
        "</style>\n</head>\n<body>\n";
    if (!report.runningHeader.empty()) {
        out += "<header class=\"running\">" + escapeXml(report.runningHeader) + "</header>\n";
    }
    for (const ReportBlock& block : report.blocks) {
        const std::string indent =
            block.indent > 0 ? " style=\"margin-left:" + std::to_string(block.indent * 2) + "em\"" : "";
        switch (block.kind) {
        case Kind::Title:
            out += "<h1>" + htmlLines(block.text) + "</h1>\n";
            break;
        case Kind::Centred:
            out += "<p class=\"centred\">" + htmlLines(block.text) + "</p>\n";
            break;
        case Kind::Rule:
            out += "<hr>\n";
            break;
        case Kind::Heading:
            out += "<h2>" + htmlLines(block.text) + "</h2>\n";
            break;
        case Kind::Paragraph:
            out += std::string("<p") + (block.bold ? " class=\"bold\"" : "") + indent + ">" +
                   htmlLines(block.text) + "</p>\n";
            break;
        case Kind::Table:
            out += htmlTable(block.table);
            break;
        case Kind::Signature:
            out += "<p class=\"signature\">" + escapeXml(block.text) + "</p>\n";
            break;
        case Kind::Chart:
            out += "<figure>\n" + chartSvg(block.chart, report.digits, kFonts) + "</figure>\n";
            break;
        }
    }
    return out + "</body>\n</html>\n";
}

std::string reportMarkdown(const ReportDocument& report)
{
    std::string out;
    for (const ReportBlock& block : report.blocks) {
        const bool listItem = block.kind == Kind::Paragraph && block.indent > 0;
        if (!listItem && !out.empty() && !out.ends_with("\n\n")) {
            out += "\n"; // a list ends before what is not in it
        }
        switch (block.kind) {
        case Kind::Title:
            out += "# " + markdownText(block.text) + "\n\n";
            break;
        case Kind::Centred:
            out += markdownText(block.text) + "\n\n";
            break;
        case Kind::Rule:
            out += "---\n\n";
            break;
        case Kind::Heading:
            out += "## " + markdownText(block.text) + "\n\n";
            break;
        case Kind::Paragraph: {
            std::string_view plain = block.text;
            if (block.indent > 0 && plain.starts_with("• ")) {
                plain.remove_prefix(std::string_view("• ").size()); // the list item has its own mark
            }
            const std::string text = block.bold ? "**" + markdownText(plain) + "**" : markdownText(plain);
            if (block.indent == 0) {
                out += text + "\n\n";
            } else {
                out += std::string(static_cast<std::size_t>(block.indent - 1) * 2, ' ') + "- " + text + "\n";
            }
            break;
        }
        case Kind::Table:
            out += markdownTable(block.table.header, block.table.rows);
            break;
        case Kind::Signature:
            out += markdownText(block.text) + "\n\n";
            break;
        case Kind::Chart: {
            std::vector<std::vector<std::string>> rows;
            for (const auto& [label, value] : block.chart.bars) {
                rows.push_back({label, reportNumber(value, report.digits)});
            }
            out += "**" + markdownText(block.chart.title) + "**\n\n" +
                   markdownTable({"", block.chart.valueHeader}, rows);
            break;
        }
        }
    }
    return out;
}

} // namespace banthuek::core
