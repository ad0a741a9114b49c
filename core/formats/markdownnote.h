// SPDX-License-Identifier: GPL-3.0-or-later
// A note as one Markdown file, the form export writes and import reads back:
//
//   ---
//   title: "ประชุมกลุ่มออมทรัพย์"
//   id: 5d8f…
//   record: 1000123
//   kind: field_note
//   date: 2026-03-01
//   author: "…"
//   places: ["800801"]
//   themes: ["…"]
//   people: ["…"]
//   organisations: ["พอช."]
//   villages: ["80080103 บ้านหัวถนน"]   (only with a village: its name, for a notebook without it)
//   created: 2026-03-01T10:00:00+07:00
//   updated: …
//   licence: "…"
//   published: true
//   source: "https://…"                (only for a note imported from somewhere)
//   ---
//   body
//
//   <!-- banthuek:comments -->
//   ## ความเห็น
//
//   ### ผู้เขียน · 2026-03-02T08:15:00+07:00
//
//   comment text
#pragma once

#include "core/notes/note.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace banthuek::core {

inline constexpr std::string_view kCommentsMarker = "<!-- banthuek:comments -->";

struct MarkdownComment
{
    std::string author;
    std::string body;
    std::optional<std::int64_t> writtenMs;
    friend bool operator==(const MarkdownComment&, const MarkdownComment&) = default;
};

// The closing section that holds a note's comments ("" when there are none). A comment line
// that could be read as a heading is escaped with a backslash, and read back without it.
[[nodiscard]] std::string commentsSection(const std::vector<MarkdownComment>& comments);

struct BodyAndComments
{
    std::string body;
    std::vector<MarkdownComment> comments;
    bool section = false; // the text had a comments section
};
// Takes the comments section off a body (the last marker starts it). Text in the section that
// is not a comment stays in the body, so nothing is lost.
[[nodiscard]] BodyAndComments splitComments(std::string_view body);

// A note's file name: its record number and title, with what file systems refuse (/ \ : * ? " <
// > | and control characters) and spaces made '-', at most 80 bytes, whole characters only.
[[nodiscard]] std::string noteFileName(std::int64_t record, std::string_view title);

// The fields of a note's front matter, one per line, in the order above (without the fences).
struct NoteFields
{
    const Note& note;
    std::vector<std::string> themes;        // names
    std::vector<std::string> people;        // names
    std::vector<std::string> organisations; // abbreviations, else names
    std::vector<std::string> villages;      // "code name" of village tags
    std::string source;                     // an imported note's address
};
[[nodiscard]] std::string frontMatterText(const NoteFields& fields);

} // namespace banthuek::core
