// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notes/notelinks.h"

#include "core/storage/database.h"

#include <algorithm>
#include <utility>

namespace banthuek::core {
namespace {

bool isIdCharacter(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
}

LinkedNote readLinked(const Statement& row)
{
    LinkedNote note;
    note.id = row.text(0);
    if (row.optionalInteger(1)) {
        note.record = row.integer(1);
        note.title = row.text(2);
        note.state = row.optionalInteger(3) ? LinkedNote::State::Trashed : LinkedNote::State::Live;
    }
    return note;
}

} // namespace

std::string noteLinkTarget(std::string_view noteId)
{
    return std::string(kNoteLinkPrefix) + std::string(noteId);
}

std::string noteIdFromTarget(std::string_view target)
{
    if (!target.starts_with(kNoteLinkPrefix)) {
        return {};
    }
    const std::string_view id = target.substr(kNoteLinkPrefix.size());
    if (id.empty() || !std::all_of(id.begin(), id.end(), isIdCharacter)) {
        return {};
    }
    return std::string(id);
}

std::vector<std::string> linkedNoteIds(std::string_view markdown)
{
    const std::string opening = "(" + std::string(kNoteLinkPrefix);
    std::vector<std::string> ids;
    for (std::size_t at = markdown.find(opening); at != std::string_view::npos;
         at = markdown.find(opening, at + opening.size())) {
        const std::size_t start = at + opening.size();
        std::size_t end = start;
        while (end < markdown.size() && isIdCharacter(markdown[end])) {
            ++end;
        }
        if (end == start || end >= markdown.size() || markdown[end] != ')') {
            continue;
        }
        std::string id(markdown.substr(start, end - start));
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
            ids.push_back(std::move(id));
        }
    }
    return ids;
}

void writeNoteLinks(Database& db, const std::string& noteId, std::string_view body)
{
    db.cached("DELETE FROM note_links WHERE from_id = ?1")->bind(1, noteId).run();
    for (const std::string& target : linkedNoteIds(body)) {
        if (target != noteId) {
            db.cached("INSERT INTO note_links (from_id, to_id) VALUES (?1, ?2)")
                ->bind(1, noteId)
                .bind(2, target)
                .run();
        }
    }
}

void indexAllNoteLinks(Database& db)
{
    // Only bodies that can hold a link are read.
    std::vector<std::pair<std::string, std::string>> linking;
    auto rows = db.prepare("SELECT id, body FROM notes WHERE instr(body, '](banthuek:note/') > 0");
    while (rows.step()) {
        linking.emplace_back(rows.text(0), rows.text(1));
    }
    for (const auto& [id, body] : linking) {
        writeNoteLinks(db, id, body);
    }
}

std::vector<LinkedNote> NoteLinks::backlinks(const std::string& noteId) const
{
    std::vector<LinkedNote> result;
    auto rows = m_db.cached("SELECT n.id, n.record, n.title, n.trashed_ms FROM note_links l "
                            "JOIN notes n ON n.id = l.from_id WHERE l.to_id = ?1 AND n.trashed_ms IS NULL "
                            "ORDER BY n.event_date DESC, n.record DESC");
    rows->bind(1, noteId);
    while (rows->step()) {
        result.push_back(readLinked(*rows));
    }
    return result;
}

std::vector<LinkedNote> NoteLinks::outgoing(const std::string& noteId) const
{
    std::vector<LinkedNote> result;
    auto rows = m_db.cached("SELECT l.to_id, n.record, n.title, n.trashed_ms FROM note_links l "
                            "LEFT JOIN notes n ON n.id = l.to_id WHERE l.from_id = ?1 "
                            "ORDER BY n.id IS NULL, n.title COLLATE THAI, l.to_id");
    rows->bind(1, noteId);
    while (rows->step()) {
        result.push_back(readLinked(*rows));
    }
    return result;
}

LinkedNote NoteLinks::resolve(const std::string& noteId) const
{
    auto row = m_db.cached("SELECT ?1, n.record, n.title, n.trashed_ms FROM (SELECT 1) "
                           "LEFT JOIN notes n ON n.id = ?1");
    row->bind(1, noteId);
    if (!row->step()) {
        return LinkedNote{noteId, 0, {}, LinkedNote::State::Missing};
    }
    return readLinked(*row);
}

} // namespace banthuek::core
