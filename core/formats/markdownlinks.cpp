// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/markdownlinks.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdio>

namespace banthuek::core {
namespace {

// Walks the text a line at a time, telling which lines are inside a fenced code block.
template <typename Visit> void forEachLine(std::string_view text, Visit visit)
{
    bool fenced = false;
    std::string_view fence;
    int number = 0;
    for (std::size_t at = 0; at <= text.size();) {
        const std::size_t end = std::min(text.find('\n', at), text.size());
        const std::string_view line = text.substr(at, end - at);
        ++number;
        std::string_view trimmed = line;
        while (!trimmed.empty() && trimmed.front() == ' ') {
            trimmed.remove_prefix(1);
        }
        const bool opensOrCloses = trimmed.starts_with("```") || trimmed.starts_with("~~~");
        if (opensOrCloses && (!fenced || trimmed.starts_with(fence))) {
            fence = trimmed.substr(0, 3);
            fenced = !fenced;
            visit(line, number, true);
        } else {
            visit(line, number, fenced);
        }
        if (end == text.size()) {
            break;
        }
        at = end + 1;
    }
}

// Where the code span that starts at `at` (a backtick) ends, past its closing backticks; or
// at + run when it is never closed (then the backticks are plain text).
std::size_t codeSpanEnd(std::string_view line, std::size_t at)
{
    std::size_t run = 0;
    while (at + run < line.size() && line[at + run] == '`') {
        ++run;
    }
    const std::string closing(run, '`');
    const std::size_t close = line.find(closing, at + run);
    return close == std::string_view::npos ? at + run : close + run;
}

// The end of a link target starting at `at` (just after "("), or npos when it is not one.
// Sets `angled` when written as <target>.
std::size_t targetEnd(std::string_view line, std::size_t at, bool& angled)
{
    angled = at < line.size() && line[at] == '<';
    if (angled) {
        const std::size_t close = line.find('>', at);
        return close == std::string_view::npos ? close : close + 1;
    }
    int depth = 0;
    std::size_t end = at;
    for (; end < line.size(); ++end) {
        const char c = line[end];
        if (c == ' ' || c == '\t') {
            break;
        }
        if (c == '\\' && end + 1 < line.size()) {
            ++end;
            continue;
        }
        if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (depth == 0) {
                break;
            }
            --depth;
        }
    }
    return end;
}

std::string writtenTarget(const std::string& target)
{
    const bool plain = std::none_of(target.begin(), target.end(), [](char c) {
        return c == ' ' || c == '(' || c == ')' || c == '<' || c == '>';
    });
    return plain ? target : "<" + target + ">";
}

std::string rewriteLine(std::string_view line, int number,
                        const std::function<std::optional<std::string>(const LinkTarget&)>& replace)
{
    std::string out;
    std::size_t copied = 0;
    for (std::size_t at = 0; at < line.size(); ++at) {
        if (line[at] == '`') {
            at = codeSpanEnd(line, at) - 1;
            continue;
        }
        if (line[at] == '\\') {
            ++at;
            continue;
        }
        if (line[at] != ']' || at + 1 >= line.size() || line[at + 1] != '(') {
            continue;
        }
        const std::size_t start = at + 2;
        bool angled = false;
        const std::size_t end = targetEnd(line, start, angled);
        if (end == std::string_view::npos || end == start) {
            continue;
        }
        // An image when the matching '[' follows a '!'.
        int depth = 0;
        std::size_t open = at;
        while (open > 0) {
            --open;
            if (line[open] == ']') {
                ++depth;
            } else if (line[open] == '[') {
                if (depth == 0) {
                    break;
                }
                --depth;
            }
        }
        const bool image = line[open] == '[' && open > 0 && line[open - 1] == '!';
        const std::string_view written = line.substr(start, end - start);
        const std::string target(angled ? written.substr(1, written.size() - 2) : written);
        if (const auto replaced = replace({target, image, number})) {
            out.append(line.substr(copied, start - copied));
            out += writtenTarget(*replaced);
            copied = end;
        }
        at = end - 1;
    }
    out.append(line.substr(copied));
    return out;
}

bool isTagCharacter(UChar32 c)
{
    return u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_ALPHABETIC) ||
           (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0 || c == '_' || c == '-' || c == '/';
}

void addTags(std::string_view line, std::vector<std::string>& tags)
{
    for (std::size_t at = 0; at < line.size(); ++at) {
        const char c = line[at];
        if (c == '`') {
            at = codeSpanEnd(line, at) - 1;
            continue;
        }
        if (c == '(' || c == '<') { // a link target or an address: its '#' is a fragment
            const std::size_t close = line.find(c == '(' ? ')' : '>', at);
            at = close == std::string_view::npos ? line.size() : close;
            continue;
        }
        if (c != '#') {
            continue;
        }
        const bool startsWord = at == 0 || line[at - 1] == ' ' || line[at - 1] == '\t' ||
                                line[at - 1] == '(' || line[at - 1] == ',';
        if (!startsWord) {
            continue;
        }
        std::size_t end = at + 1;
        bool letter = false;
        while (end < line.size()) {
            const auto* bytes = reinterpret_cast<const uint8_t*>(line.data());
            UChar32 code = 0;
            auto next = static_cast<int32_t>(end);
            U8_NEXT(bytes, next, static_cast<int32_t>(line.size()), code);
            if (code < 0 || !isTagCharacter(code)) {
                break;
            }
            letter = letter || u_hasBinaryProperty(code, UCHAR_ALPHABETIC);
            end = static_cast<std::size_t>(next);
        }
        if (letter) {
            std::string tag(line.substr(at + 1, end - at - 1));
            if (std::find(tags.begin(), tags.end(), tag) == tags.end()) {
                tags.push_back(std::move(tag));
            }
        }
        at = end - 1;
    }
}

} // namespace

std::string rewriteLinkTargets(std::string_view markdown,
                               const std::function<std::optional<std::string>(const LinkTarget&)>& replace)
{
    std::string out;
    out.reserve(markdown.size());
    forEachLine(markdown, [&](std::string_view line, int number, bool code) {
        if (number > 1) {
            out += '\n';
        }
        out += code ? std::string(line) : rewriteLine(line, number, replace);
    });
    return out;
}

std::string rewriteWikiLinks(std::string_view markdown,
                             const std::function<std::optional<std::string>(const WikiLink&)>& replace)
{
    std::string out;
    out.reserve(markdown.size());
    forEachLine(markdown, [&](std::string_view line, int number, bool code) {
        if (number > 1) {
            out += '\n';
        }
        if (code) {
            out += line;
            return;
        }
        std::size_t copied = 0;
        for (std::size_t at = 0; at + 1 < line.size(); ++at) {
            if (line[at] == '`') {
                at = codeSpanEnd(line, at) - 1;
                continue;
            }
            if (line[at] != '[' || line[at + 1] != '[') {
                continue;
            }
            const std::size_t close = line.find("]]", at + 2);
            if (close == std::string_view::npos) {
                break;
            }
            const std::string_view inside = line.substr(at + 2, close - at - 2);
            if (inside.empty() || inside.find('[') != std::string_view::npos) {
                continue;
            }
            const bool embed = at > 0 && line[at - 1] == '!';
            const std::size_t bar = inside.find('|');
            WikiLink link{std::string(inside.substr(0, bar)),
                          bar == std::string_view::npos ? std::string() : std::string(inside.substr(bar + 1)),
                          embed, number};
            const std::size_t begin = embed ? at - 1 : at;
            if (const auto replaced = replace(link)) {
                out.append(line.substr(copied, begin - copied));
                out += *replaced;
                copied = close + 2;
            }
            at = close + 1;
        }
        out.append(line.substr(copied));
    });
    return out;
}

std::vector<std::string> hashTags(std::string_view markdown)
{
    std::vector<std::string> tags;
    forEachLine(markdown, [&](std::string_view line, int /*number*/, bool code) {
        if (!code) {
            addTags(line, tags);
        }
    });
    return tags;
}

std::string percentDecoded(std::string_view text)
{
    const auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    };
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (text[at] == '%' && at + 2 < text.size() && hex(text[at + 1]) >= 0 && hex(text[at + 2]) >= 0) {
            out += static_cast<char>(hex(text[at + 1]) * 16 + hex(text[at + 2]));
            at += 2;
        } else {
            out += text[at];
        }
    }
    return out;
}

std::string percentEncodedPath(std::string_view path)
{
    std::string out;
    for (const char c : path) {
        if (c == ' ' || c == '(' || c == ')' || c == '[' || c == ']' || c == '<' || c == '>' || c == '%' ||
            c == '#' || c == '?' || static_cast<unsigned char>(c) < 0x20) {
            std::array<char, 4> code{};
            (void)std::snprintf(code.data(), code.size(), "%%%02X",
                                static_cast<unsigned>(static_cast<unsigned char>(c)));
            out += code.data();
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace banthuek::core
