// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace banthuek::core {

class Database;

// A link from one note to another is a Markdown link whose target names the note's id:
// [ชื่อบันทึก](banthuek:note/2f0c…). The id survives renames; the text shown is refreshed from
// the note's current title when the note is opened.
inline constexpr std::string_view kNoteLinkPrefix = "banthuek:note/";

[[nodiscard]] std::string noteLinkTarget(std::string_view noteId);
// The note id in a link target, or empty when it is not a note link.
[[nodiscard]] std::string noteIdFromTarget(std::string_view target);
// Every note id the Markdown links to, each once, in order of first appearance.
[[nodiscard]] std::vector<std::string> linkedNoteIds(std::string_view markdown);

// Records which notes `noteId`'s body links to (inside the caller's transaction).
void writeNoteLinks(Database& db, const std::string& noteId, std::string_view body);
// Records the links of every note (upgrading a notebook that had none recorded).
void indexAllNoteLinks(Database& db);

struct LinkedNote
{
    enum class State { Live, Trashed, Missing };
    std::string id;
    std::int64_t record = 0; // 0 when missing
    std::string title;       // empty when missing
    State state = State::Missing;
};

class NoteLinks final
{
public:
    explicit NoteLinks(Database& db) : m_db(db) {}

    // Notes whose bodies link to `noteId` (the Trash left out), newest first.
    [[nodiscard]] std::vector<LinkedNote> backlinks(const std::string& noteId) const;
    // What `noteId` links to, in Thai order of titles; deleted targets last, as Missing.
    [[nodiscard]] std::vector<LinkedNote> outgoing(const std::string& noteId) const;
    // The state and current title of one note, for showing a link to it.
    [[nodiscard]] LinkedNote resolve(const std::string& noteId) const;

private:
    Database& m_db;
};

} // namespace banthuek::core
