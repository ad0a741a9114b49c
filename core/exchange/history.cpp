// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/history.h"

#include "core/storage/database.h"

namespace banthuek::core {
namespace {

// The laptop behind a row's latest stamp of `column` (or of the row).
std::string deviceOf(Database& db, const char* table, const std::string& key, const char* column)
{
    auto row = db.cached(
        "SELECT coalesce(nullif(d.name, ''), d.device_id) FROM exchange_devices d WHERE d.num = coalesce("
        "(SELECT device FROM exchange_columns WHERE tbl = ?1 AND pk = json_array(?2) AND col = ?3), "
        "(SELECT device FROM exchange_rows WHERE tbl = ?1 AND pk = json_array(?2)))");
    return row->bind(1, table).bind(2, key).bind(3, column).step() ? row->text(0) : std::string();
}

} // namespace

std::vector<HistoryEntry> noteHistory(Database& db, const std::string& noteId)
{
    std::vector<HistoryEntry> history;
    Statement revisions = db.prepare("SELECT title, body, saved_ms, uid, conflict FROM note_revisions WHERE "
                                     "note_id = ?1 ORDER BY saved_ms, id");
    revisions.bind(1, noteId);
    while (revisions.step()) {
        history.push_back({revisions.text(0),
                           revisions.text(1),
                           revisions.integer(2),
                           {},
                           revisions.integer(4) == 1,
                           false});
        history.back().device = deviceOf(db, "note_revisions", revisions.text(3), "");
    }
    auto note = db.cached("SELECT title, body, updated_ms FROM notes WHERE id = ?1");
    if (note->bind(1, noteId).step()) {
        history.push_back({note->text(0), note->text(1), note->integer(2),
                           deviceOf(db, "notes", noteId, "body"), false, true});
    }
    return history;
}

std::vector<std::pair<std::int64_t, std::string>> notesInConflict(Database& db)
{
    std::vector<std::pair<std::int64_t, std::string>> notes;
    Statement rows =
        db.prepare("SELECT record, title FROM notes WHERE id IN (SELECT note_id FROM note_revisions WHERE "
                   "conflict = 1) ORDER BY record");
    while (rows.step()) {
        notes.emplace_back(rows.integer(0), rows.text(1));
    }
    return notes;
}

} // namespace banthuek::core
