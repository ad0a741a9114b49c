// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a folder of Markdown notes (a Banthuek export, an Obsidian vault, a Joplin export)
// before anything is written: which files there are, and each note's fields as its file gives
// them. Every file is hostile: too many files, huge files, broken YAML, bad values and text that
// is not UTF-8 are refused with the file and line named.
#pragma once

#include "core/formats/importresult.h"
#include "core/formats/markdownnote.h"
#include "core/notes/note.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace banthuek::core {

inline constexpr std::size_t kMaxMarkdownFiles = 100'000;
inline constexpr std::uintmax_t kMaxMarkdownFileBytes = std::uintmax_t{20} * 1024 * 1024;

struct MarkdownFolder
{
    std::filesystem::path root;      // absolute
    std::vector<std::string> notes;  // .md files, relative to root with '/', in order
    std::vector<std::string> others; // every other file (attachments), relative
};

// The files under `folder` (not in hidden folders such as .obsidian or .git; symbolic links to
// folders not followed). Throws InvalidInput when it is no folder or holds too many files.
[[nodiscard]] MarkdownFolder listMarkdownFolder(const std::string& folder);

struct MarkdownNote
{
    std::string file; // relative to the folder
    std::string title;
    std::string id;          // a Banthuek id, when the file came from a Banthuek export
    std::int64_t record = 0; // its record number
    std::optional<NoteKind> kind;
    std::optional<CivilDate> date;
    std::optional<std::string> author;
    std::optional<std::string> licence;
    std::optional<bool> published;
    std::optional<std::int64_t> createdMs;
    std::optional<std::int64_t> updatedMs;
    std::vector<std::string> places; // codes
    std::vector<std::string> themes; // names (themes, tags)
    std::vector<std::string> people;
    std::vector<std::string> organisations;
    std::vector<std::string> villages; // "code name"
    std::string source;                // an address the note came from
    std::string body;                  // without the comments section
    std::vector<MarkdownComment> comments;
    std::vector<std::string> unknownFields; // front matter not understood, as written
    bool fromBanthuek = false;              // has a Banthuek id: links and tags are already ours
};

// The note a file's text gives. `file` names it (relative); its stem is the title when the front
// matter has none. Throws InvalidInput naming the line of a field that cannot be read.
[[nodiscard]] MarkdownNote readMarkdownNote(const std::string& file, std::string_view text);

} // namespace banthuek::core
