// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/bodymerge.h"

#include "core/notes/notestore.h"
#include "core/schema/exchangeclock.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/text/paragraphmerge.h"

#include <optional>

namespace banthuek::core {
namespace {

// The text a laptop's edit replaced: the revision its save wrote just before it.
std::optional<std::string> textBefore(Database& db, const std::string& noteId, const std::string& device,
                                      std::int64_t hlc)
{
    auto row =
        db.cached("SELECT r.body FROM note_revisions r JOIN exchange_rows e ON e.tbl = 'note_revisions' AND "
                  "e.pk = json_array(r.uid) JOIN exchange_devices d ON d.num = e.device WHERE r.note_id = ?1 "
                  "AND d.device_id = ?2 AND e.hlc < ?3 AND r.conflict = 0 ORDER BY e.hlc DESC LIMIT 1");
    if (!row->bind(1, noteId).bind(2, device).bind(3, hlc).step()) {
        return std::nullopt;
    }
    return row->text(0);
}

// The note's current text, when it is still the winning edit's.
std::optional<std::string> currentWinner(Database& db, const LostBody& lost)
{
    auto row = db.cached(
        "SELECT n.body FROM notes n JOIN exchange_devices d ON d.num = coalesce((SELECT device FROM "
        "exchange_columns "
        "WHERE tbl = 'notes' AND pk = json_array(n.id) AND col = 'body'), (SELECT device FROM exchange_rows "
        "WHERE tbl "
        "= 'notes' AND pk = json_array(n.id))) WHERE n.id = ?1 AND d.device_id = ?2 AND coalesce((SELECT hlc "
        "FROM "
        "exchange_columns WHERE tbl = 'notes' AND pk = json_array(n.id) AND col = 'body'), (SELECT hlc FROM "
        "exchange_rows WHERE tbl = 'notes' AND pk = json_array(n.id))) = ?3");
    if (!row->bind(1, lost.noteId).bind(2, lost.winnerDevice).bind(3, lost.winnerHlc).step()) {
        return std::nullopt;
    }
    return row->text(0);
}

bool inHistory(Database& db, const LostBody& lost)
{
    auto kept =
        db.cached("SELECT 1 FROM notes WHERE id = ?1 AND body = ?2 UNION ALL SELECT 1 FROM note_revisions "
                  "WHERE note_id = ?1 AND body = ?2 UNION ALL SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM "
                  "notes WHERE id = ?1) LIMIT 1");
    return kept->bind(1, lost.noteId).bind(2, lost.body).step();
}

// A revision keyed by the losing edit, so every laptop that keeps it keeps the same row.
void keepRevision(Database& db, const LostBody& lost, bool conflict, bool stampAsLoser)
{
    const std::string uid = stableUuid(std::string(conflict ? "banthuek conflict:" : "banthuek merged:") +
                                       lost.noteId + ":" + std::to_string(lost.hlc) + ":" + lost.device);
    db.cached("INSERT OR IGNORE INTO note_revisions (note_id, title, body, saved_ms, uid, conflict) VALUES "
              "(?1, '', ?2, "
              "?3, ?4, ?5)")
        ->bind(1, lost.noteId)
        .bind(2, lost.body)
        .bind(3, clockMillis(lost.hlc))
        .bind(4, uid)
        .bind(5, conflict ? 1 : 0)
        .run();
    if (stampAsLoser) {
        db.cached("INSERT OR IGNORE INTO exchange_devices (device_id) VALUES (?1)")
            ->bind(1, lost.device)
            .run();
        db.cached(
              "INSERT OR IGNORE INTO exchange_rows (tbl, pk, hlc, device, deleted) SELECT 'note_revisions', "
              "json_array(?1), ?2, num, 0 FROM exchange_devices WHERE device_id = ?3")
            ->bind(1, uid)
            .bind(2, lost.hlc)
            .bind(3, lost.device)
            .run();
    }
}

} // namespace

SettledBodies settleLostBodies(Database& db, const std::vector<LostBody>& lost)
{
    SettledBodies settled;
    for (const LostBody& one : lost) {
        if (inHistory(db, one)) {
            continue;
        }
        const auto winner = currentWinner(db, one);
        const auto base = textBefore(db, one.noteId, one.device, one.hlc);
        const auto winnerBase = textBefore(db, one.noteId, one.winnerDevice, one.winnerHlc);
        const auto merged = winner && base && winnerBase && *base == *winnerBase
                                ? mergeParagraphs(*base, one.body, *winner)
                                : std::nullopt;
        if (merged && *merged != *winner) {
            keepRevision(db, one, false, false); // stamped here, as this merge is
            NoteStore notes(db);
            NoteDraft draft = notes.get(one.noteId).content;
            draft.body = *merged;
            (void)notes.save(one.noteId, draft);
            ++settled.merged;
            continue;
        }
        // Recorded as the losing edit's own row: the same on every laptop, wherever it lost.
        db.exec("SELECT exchange_pause(1)");
        keepRevision(db, one, true, true);
        db.exec("SELECT exchange_pause(0)");
        ++settled.conflicts;
    }
    return settled;
}

} // namespace banthuek::core
