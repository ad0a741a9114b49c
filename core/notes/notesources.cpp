// SPDX-License-Identifier: GPL-3.0-or-later
// Imported notes: the source each came from (note_sources, schema version 16), and the times
// its source gives.
#include "core/error.h"
#include "core/notes/notestore.h"
#include "core/storage/database.h"
#include "core/text/normalize.h"

#include <algorithm>

namespace banthuek::core {

std::optional<NoteSource> NoteStore::source(const std::string& id) const
{
    auto row =
        m_db.cached("SELECT site, ref, url, written_ms, edited_ms FROM note_sources WHERE note_id = ?1");
    if (!row->bind(1, id).step()) {
        return std::nullopt;
    }
    return NoteSource{row->text(0), row->text(1), row->text(2), row->optionalInteger(3),
                      row->optionalInteger(4)};
}

std::optional<std::string> NoteStore::findBySource(const std::string& site, const std::string& ref) const
{
    // Two laptops may have imported the same post before they met: the older note answers.
    auto row = m_db.cached("SELECT note_sources.note_id FROM note_sources JOIN notes ON notes.id = note_id "
                           "WHERE site = ?1 AND ref = ?2 ORDER BY notes.created_ms, notes.id LIMIT 1");
    if (!row->bind(1, site).bind(2, ref).step()) {
        return std::nullopt;
    }
    return row->text(0);
}

void NoteStore::setSource(const std::string& id, const NoteSource& source)
{
    const std::string site = normalizeLine(source.site, "source");
    const std::string ref = normalizeLine(source.ref, "source");
    if (site.empty() || ref.empty()) {
        throw Error(ErrorCategory::InvalidInput, "A note's source needs a site and a name.");
    }
    Transaction transaction(m_db);
    requireExists(id);
    // An upsert, not a replace: only the columns that change are stamped for team exchange.
    auto upsert = m_db.cached(
        "INSERT INTO note_sources (note_id, site, ref, url, written_ms, edited_ms) VALUES (?1, ?2, ?3, ?4, "
        "?5, ?6) "
        "ON CONFLICT (note_id) DO UPDATE SET site = excluded.site, ref = excluded.ref, url = excluded.url, "
        "written_ms = excluded.written_ms, edited_ms = excluded.edited_ms");
    upsert->bind(1, id)
        .bind(2, site)
        .bind(3, ref)
        .bind(4, normalizeLine(source.url, "address"))
        .bind(5, source.writtenMs)
        .bind(6, source.editedMs)
        .run();
    transaction.commit();
}

void NoteStore::setTimes(const std::string& id, std::int64_t createdMs, std::int64_t updatedMs)
{
    Transaction transaction(m_db);
    requireExists(id);
    m_db.cached("UPDATE notes SET created_ms = ?2, updated_ms = ?3 WHERE id = ?1")
        ->bind(1, id)
        .bind(2, createdMs)
        .bind(3, std::max(createdMs, updatedMs))
        .run();
    transaction.commit();
}

} // namespace banthuek::core
