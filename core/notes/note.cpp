// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notes/note.h"

#include "core/text/normalize.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace banthuek::core {

namespace {

bool sameSet(std::vector<std::string> a, std::vector<std::string> b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

} // namespace

NoteChanges NoteChanges::between(const NoteDraft& before, const NoteDraft& after)
{
    NoteChanges changed;
    changed.kind = before.kind != after.kind;
    changed.title = before.title != after.title;
    changed.body = before.body != after.body;
    changed.author = before.author != after.author;
    changed.eventDate = before.eventDate != after.eventDate;
    changed.licence = before.licence != after.licence;
    changed.published = before.published != after.published;
    changed.places = !sameSet(before.placeCodes, after.placeCodes);
    changed.themes = !sameSet(before.themeIds, after.themeIds);
    changed.people = !sameSet(before.personIds, after.personIds);
    changed.organisations = !sameSet(before.organisationIds, after.organisationIds);
    return changed;
}

std::string_view kindName(NoteKind kind)
{
    switch (kind) {
    case NoteKind::FieldNote:
        return "field_note";
    case NoteKind::Minutes:
        return "minutes";
    case NoteKind::Article:
        return "article";
    }
    return "field_note";
}

std::optional<NoteKind> parseKind(std::string_view name)
{
    for (const NoteKind kind : {NoteKind::FieldNote, NoteKind::Minutes, NoteKind::Article}) {
        if (kindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

std::optional<NoteKind> kindFromUserText(std::string_view value)
{
    const std::string key = matchKey(value);
    const std::pair<NoteKind, std::vector<std::string>> names[] = {
        {NoteKind::FieldNote, {"field_note", "field note", "field notes", "บันทึกภาคสนาม"}},
        {NoteKind::Minutes, {"minutes", "รายงานการประชุม", "บันทึกการประชุม"}},
        {NoteKind::Article, {"article", "articles", "บทความ"}},
    };
    for (const auto& [kind, aliases] : names) {
        for (const std::string& alias : aliases) {
            if (matchKey(alias) == key) {
                return kind;
            }
        }
    }
    return std::nullopt;
}

namespace {

// [text](target) as text: a link reads as its words.
std::string withoutLinkTargets(std::string text)
{
    for (std::size_t open = text.find('['); open != std::string::npos; open = text.find('[', open)) {
        const std::size_t close = text.find("](", open);
        const std::size_t end = close == std::string::npos ? close : text.find(')', close);
        if (end == std::string::npos) {
            break;
        }
        text = text.substr(0, open) + text.substr(open + 1, close - open - 1) + text.substr(end + 1);
    }
    return text;
}

// The line of `text` that starts at `start`, moving `start` past it.
std::string_view takeLine(std::string_view text, std::size_t& start)
{
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
        end = text.size();
    }
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    return line;
}

} // namespace

std::string firstParagraph(std::string_view markdown)
{
    std::size_t start = 0;
    while (start < markdown.size()) {
        const std::string_view line = takeLine(markdown, start);
        if (!line.starts_with("#")) {
            if (std::string text = firstLine(line); !text.empty()) {
                return withoutLinkTargets(std::move(text));
            }
        }
    }
    return withoutLinkTargets(firstLine(markdown));
}

std::string firstLine(std::string_view markdown)
{
    std::size_t start = 0;
    while (start < markdown.size()) {
        std::string_view line = takeLine(markdown, start);
        // Block markers: headings, quotes, bullets, numbers, task boxes.
        while (!line.empty() &&
               (line.front() == '#' || line.front() == '>' || line.front() == ' ' || line.front() == '-' ||
                line.front() == '*' || line.front() == '+' || line.front() == '\t')) {
            line.remove_prefix(1);
        }
        std::string text;
        for (const char c : line) {
            if (c != '*' && c != '_' && c != '`') {
                text += c;
            }
        }
        while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) {
            text.pop_back();
        }
        if (!text.empty()) {
            return text;
        }
    }
    return {};
}

} // namespace banthuek::core
