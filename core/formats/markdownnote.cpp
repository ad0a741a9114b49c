// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/markdownnote.h"

#include "core/formats/frontmatter.h"
#include "core/text/timestamps.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace banthuek::core {
namespace {

constexpr std::string_view kCommentsHeading = "## ความเห็น";
constexpr std::string_view kCommentSeparator = " · ";
constexpr std::size_t kMaxFileNameBytes = 120;

// A line that would be read as a comment's heading or the section's start.
bool needsEscape(std::string_view line)
{
    while (line.starts_with('\\')) {
        line.remove_prefix(1);
    }
    return line.starts_with('#') || line.starts_with(kCommentsMarker);
}

std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    for (std::size_t at = 0;;) {
        const std::size_t end = text.find('\n', at);
        lines.push_back(text.substr(at, end == std::string_view::npos ? text.size() - at : end - at));
        if (end == std::string_view::npos) {
            return lines;
        }
        at = end + 1;
    }
}

// A comment's heading "### author · instant": the author and the instant.
std::optional<MarkdownComment> commentHeading(std::string_view line)
{
    if (!line.starts_with("### ")) {
        return std::nullopt;
    }
    line.remove_prefix(4);
    const std::size_t separator = line.rfind(kCommentSeparator);
    if (separator == std::string_view::npos) {
        return std::nullopt;
    }
    const auto written = parseIsoInstant(line.substr(separator + kCommentSeparator.size()));
    if (!written) {
        return std::nullopt;
    }
    return MarkdownComment{std::string(line.substr(0, separator)), {}, written};
}

std::string joinTrimmed(const std::vector<std::string_view>& lines)
{
    std::size_t first = 0;
    std::size_t last = lines.size();
    while (first < last && lines[first].empty()) {
        ++first;
    }
    while (last > first && lines[last - 1].empty()) {
        --last;
    }
    std::string text;
    for (std::size_t i = first; i < last; ++i) {
        text += (i > first ? "\n" : "");
        text += lines[i];
    }
    return text;
}

bool isMark(std::string_view text, std::size_t at)
{
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    auto index = static_cast<int32_t>(at);
    UChar32 c = 0;
    U8_NEXT(bytes, index, static_cast<int32_t>(text.size()), c);
    return c >= 0 && (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

std::string flowList(const std::vector<std::string>& values)
{
    std::string list = "[";
    for (const std::string& value : values) {
        list += (list.size() > 1 ? ", " : "") + yamlString(value);
    }
    return list + "]";
}

} // namespace

std::string commentsSection(const std::vector<MarkdownComment>& comments)
{
    std::string text = std::string(kCommentsMarker) + "\n" + std::string(kCommentsHeading) + "\n";
    for (const MarkdownComment& comment : comments) {
        text += "\n### " + comment.author + std::string(kCommentSeparator) +
                isoThaiInstant(comment.writtenMs.value_or(0)) + "\n\n";
        for (const std::string_view line : splitLines(comment.body)) {
            text += needsEscape(line) ? "\\" : "";
            text += line;
            text += '\n';
        }
    }
    return text;
}

BodyAndComments splitComments(std::string_view body)
{
    std::vector<std::string_view> lines = splitLines(body);
    std::size_t marker = lines.size();
    for (std::size_t i = lines.size(); i-- > 0;) {
        if (lines[i] == kCommentsMarker) {
            marker = i;
            break;
        }
    }
    BodyAndComments result;
    if (marker == lines.size()) {
        result.body = std::string(body);
        return result;
    }
    result.section = true;
    std::vector<std::string_view> current;
    std::optional<MarkdownComment> open;
    const auto close = [&] {
        if (open) {
            std::vector<std::string_view> unescaped;
            for (const std::string_view line : current) {
                const bool escaped = line.starts_with('\\') && needsEscape(line.substr(1));
                unescaped.push_back(escaped ? line.substr(1) : line);
            }
            open->body = joinTrimmed(unescaped);
            result.comments.push_back(std::move(*open));
            open.reset();
        }
        current.clear();
    };
    std::vector<std::string_view> stray; // text in the section that is no comment
    for (std::size_t i = marker + 1; i < lines.size(); ++i) {
        if (auto heading = commentHeading(lines[i])) {
            close();
            open = std::move(heading);
        } else if (open) {
            current.push_back(lines[i]);
        } else if (lines[i] != kCommentsHeading && !lines[i].empty()) {
            stray.push_back(lines[i]);
        }
    }
    close();
    // The body is what comes before the section's blank line: exactly as exported.
    result.body = std::string(body.substr(0, static_cast<std::size_t>(lines[marker].data() - body.data())));
    for (int breaks = 0; breaks < 2 && result.body.ends_with('\n'); ++breaks) {
        result.body.pop_back();
    }
    for (const std::string_view line : stray) {
        result.body += "\n\n";
        result.body += line;
    }
    return result;
}

std::string noteFileName(std::int64_t record, std::string_view title)
{
    std::string slug;
    for (const char c : title) {
        const bool refused = std::string_view("/\\:*?\"<>|#^[]()%").find(c) != std::string_view::npos ||
                             static_cast<unsigned char>(c) < 0x20 || c == ' ' || c == 0x7f;
        if (refused) {
            if (!slug.empty() && slug.back() != '-') {
                slug += '-';
            }
        } else {
            slug += c;
        }
    }
    if (slug.size() > kMaxFileNameBytes) {
        std::size_t cut = kMaxFileNameBytes;
        while (cut > 0 && (U8_IS_TRAIL(slug[cut]) || isMark(slug, cut))) {
            --cut;
        }
        slug.resize(cut);
    }
    while (!slug.empty() && (slug.back() == '-' || slug.back() == '.')) {
        slug.pop_back();
    }
    while (!slug.empty() && (slug.front() == '-' || slug.front() == '.')) {
        slug.erase(0, 1);
    }
    return std::to_string(record) + (slug.empty() ? "" : "-" + slug) + ".md";
}

std::string frontMatterText(const NoteFields& fields)
{
    const Note& note = fields.note;
    const NoteDraft& content = note.content;
    std::string text = "title: " + yamlString(content.title) + "\n";
    text += "id: " + note.id + "\n";
    text += "record: " + std::to_string(note.record) + "\n";
    text += "kind: " + std::string(kindName(content.kind)) + "\n";
    if (content.eventDate) {
        text += "date: " + content.eventDate->iso() + "\n";
    }
    text += "author: " + yamlString(content.author) + "\n";
    text += "places: " + flowList(content.placeCodes) + "\n";
    text += "themes: " + flowList(fields.themes) + "\n";
    text += "people: " + flowList(fields.people) + "\n";
    text += "organisations: " + flowList(fields.organisations) + "\n";
    if (!fields.villages.empty()) {
        text += "villages: " + flowList(fields.villages) + "\n";
    }
    text += "created: " + isoThaiInstant(note.createdMs) + "\n";
    text += "updated: " + isoThaiInstant(note.updatedMs) + "\n";
    text += "licence: " + yamlString(content.licence) + "\n";
    text += std::string("published: ") + (content.published ? "true" : "false") + "\n";
    if (!fields.source.empty()) {
        text += "source: " + yamlString(fields.source) + "\n";
    }
    return text;
}

} // namespace banthuek::core
