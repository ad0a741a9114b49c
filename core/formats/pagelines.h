// SPDX-License-Identifier: GPL-3.0-or-later
// A page read from outside (a post saved as text or as HTML) as lines of text, each in plain
// words (to find a page's parts by) and as Markdown (to keep as a note's text).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace banthuek::core {

struct PageLine
{
    std::string plain;    // the words, white space made plain and single, trimmed
    std::string markdown; // the same line as Markdown: marks escaped, links kept
    bool spacer = false;  // a line of only no-break spaces: a page's deliberate gap

    [[nodiscard]] bool blank() const { return plain.empty(); }
};

// No-break spaces and tabs as plain spaces, zero-width characters and controls removed, runs of
// spaces made one, the ends trimmed. `text` must be valid UTF-8.
[[nodiscard]] std::string cleanLine(std::string_view text);

// `text` with what Markdown would read as marks escaped (emphasis, code, links, HTML, a heading
// or quote at the start), links (http://, https://, www.) left whole so they still link.
[[nodiscard]] std::string escapeMarkdown(std::string_view plain);
// The two halves of escapeMarkdown: marks inside a line, and (given the line's plain words and
// its Markdown so far) a heading, quote, list or rule mark at its start.
[[nodiscard]] std::string escapeInline(std::string_view text);
[[nodiscard]] std::string blockEscape(std::string_view plain, std::string_view markdown);

// Plain text (LF, CRLF or CR line ends) as page lines. `text` must be valid UTF-8.
[[nodiscard]] std::vector<PageLine> textLines(std::string_view text);

// Lines as Markdown paragraphs: blank and spacer lines part paragraphs; lines inside a paragraph
// keep their breaks (a backslash at the end, CommonMark's hard break). Ends with one newline.
[[nodiscard]] std::string paragraphs(const std::vector<PageLine>& lines, std::size_t from, std::size_t to);

} // namespace banthuek::core
