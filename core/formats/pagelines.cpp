// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/pagelines.h"

#include <array>

namespace banthuek::core {
namespace {

// Characters that read as nothing, or as a plain space, in a line of a page: by their UTF-8.
constexpr std::array<std::string_view, 6> kInvisible = {
    "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"}; // zero-width, joiners, BOM, soft hyphen
constexpr std::array<std::string_view, 4> kSpaces = {"\u00A0", "\u202F", "\u2007", "\u3000"};

bool startsWithAny(std::string_view text, std::size_t at, const auto& list, std::size_t& length)
{
    for (const std::string_view item : list) {
        if (text.substr(at).starts_with(item)) {
            length = item.size();
            return true;
        }
    }
    return false;
}

bool startsLink(std::string_view text, std::size_t at)
{
    const std::string_view rest = text.substr(at);
    const bool wordStart = at == 0 || text[at - 1] == ' ' || text[at - 1] == '(';
    return wordStart &&
           (rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www."));
}

bool isOrderedMarker(std::string_view text)
{
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') {
        ++digits;
    }
    return digits > 0 && digits + 1 < text.size() && (text[digits] == '.' || text[digits] == ')') &&
           text[digits + 1] == ' ';
}

} // namespace

std::string cleanLine(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        std::size_t length = 0;
        const auto byte = static_cast<unsigned char>(text[at]);
        if (startsWithAny(text, at, kInvisible, length)) {
            at += length;
            continue;
        }
        const bool space = byte == ' ' || byte == '\t' || startsWithAny(text, at, kSpaces, length);
        if (space) {
            at += length == 0 ? 1 : length;
            if (!out.empty() && out.back() != ' ') {
                out += ' ';
            }
            continue;
        }
        if (byte < 0x20 || byte == 0x7F) {
            ++at; // controls never belong in a line of text
            continue;
        }
        out += text[at++];
    }
    while (!out.empty() && out.back() == ' ') {
        out.pop_back();
    }
    return out;
}

std::string escapeInline(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 8);
    std::size_t at = 0;
    while (at < text.size()) {
        if (startsLink(text, at)) {
            const std::size_t end = std::min(text.find(' ', at), text.size());
            out.append(text.substr(at, end - at));
            at = end;
            continue;
        }
        const char c = text[at++];
        if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '~') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

std::string blockEscape(std::string_view plain, std::string_view markdown)
{
    // "* ", "```" and "~~~" are already escaped as inline marks.
    if (isOrderedMarker(plain)) {
        const std::size_t digits = markdown.find_first_not_of("0123456789");
        return std::string(markdown.substr(0, digits)) + '\\' + std::string(markdown.substr(digits));
    }
    const bool mark = plain.starts_with('#') || plain.starts_with('>') || plain.starts_with('|') ||
                      plain.starts_with("- ") || plain.starts_with("+ ") || plain == "---" || plain == "===";
    return mark ? '\\' + std::string(markdown) : std::string(markdown);
}

std::string escapeMarkdown(std::string_view plain)
{
    return blockEscape(plain, escapeInline(plain));
}

std::vector<PageLine> textLines(std::string_view text)
{
    std::vector<PageLine> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find_first_of("\r\n", start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const std::string_view raw = text.substr(start, end - start);
        PageLine line;
        line.plain = cleanLine(raw);
        line.markdown = escapeMarkdown(line.plain);
        line.spacer =
            line.plain.empty() && !raw.empty() && raw.find_first_not_of(" \t") != std::string_view::npos;
        lines.push_back(std::move(line));
        if (end == text.size()) {
            break;
        }
        start = end + (text.substr(end).starts_with("\r\n") ? 2 : 1);
    }
    return lines;
}

std::string paragraphs(const std::vector<PageLine>& lines, std::size_t from, std::size_t to)
{
    std::string out;
    bool inParagraph = false;
    bool pendingBreak = false;
    for (std::size_t i = from; i < to && i < lines.size(); ++i) {
        const PageLine& line = lines[i];
        if (line.blank()) {
            pendingBreak = inParagraph;
            inParagraph = false;
            continue;
        }
        if (pendingBreak) {
            out += "\n\n";
            pendingBreak = false;
        } else if (inParagraph) {
            out += "\\\n";
        }
        out += line.markdown;
        inParagraph = true;
    }
    return out.empty() ? out : out + "\n";
}

} // namespace banthuek::core
