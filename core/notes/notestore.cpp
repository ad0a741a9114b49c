// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notes/notestore.h"

#include "core/error.h"
#include "core/notes/notelinks.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/text/collation.h"
#include "core/text/normalize.h"

#include <algorithm>

namespace banthuek::core {
namespace {

// Bounds that keep one note editable and exportable; a paste beyond them is surely a mistake.
constexpr std::size_t kMaxTitleBytes = 2000;
constexpr std::size_t kMaxBodyBytes = std::size_t{16} * 1024 * 1024;

constexpr const char* kSelectNote =
    "SELECT id, record, kind, title, body, author, event_date, licence, published, created_ms, "
    "updated_ms, trashed_ms FROM notes ";

void readTags(Database& db, Note& note);

Note readNote(Database& db, const Statement& row)
{
    Note note;
    note.id = row.text(0);
    note.record = row.integer(1);
    note.content.kind = parseKind(row.text(2)).value_or(NoteKind::FieldNote);
    note.content.title = row.text(3);
    note.content.body = row.text(4);
    note.content.author = row.text(5);
    if (const auto date = row.optionalText(6)) {
        note.content.eventDate = parseIsoDate(*date);
    }
    note.content.licence = row.text(7);
    note.content.published = row.integer(8) != 0;
    note.createdMs = row.integer(9);
    note.updatedMs = row.integer(10);
    note.trashedMs = row.optionalInteger(11);
    readTags(db, note);
    return note;
}

void readTags(Database& db, Note& note)
{
    note.content.placeCodes.clear();
    note.content.themeIds.clear();
    note.content.personIds.clear();
    note.content.organisationIds.clear();
    auto places = db.cached("SELECT place_code FROM note_places WHERE note_id = ?1 ORDER BY place_code");
    places->bind(1, note.id);
    while (places->step()) {
        note.content.placeCodes.push_back(places->text(0));
    }
    auto themes =
        db.cached("SELECT t.id FROM note_themes nt JOIN themes t ON t.id = nt.theme_id WHERE nt.note_id = ?1 "
                  "ORDER BY t.name_th COLLATE THAI");
    themes->bind(1, note.id);
    while (themes->step()) {
        note.content.themeIds.push_back(themes->text(0));
    }
    auto people = db.cached("SELECT person_id FROM note_people WHERE note_id = ?1 ORDER BY person_id");
    people->bind(1, note.id);
    while (people->step()) {
        note.content.personIds.push_back(people->text(0));
    }
    auto organisations = db.cached(
        "SELECT organisation_id FROM note_organisations WHERE note_id = ?1 ORDER BY organisation_id");
    organisations->bind(1, note.id);
    while (organisations->step()) {
        note.content.organisationIds.push_back(organisations->text(0));
    }
}

// Binds a note's editable columns (and the title's sort key) as parameters 1 to 8, in the
// order both writes list them.
Statement& bindContent(Statement& statement, const NoteDraft& draft)
{
    return statement.bind(1, kindName(draft.kind))
        .bind(2, draft.title)
        .bind(3, draft.body)
        .bind(4, draft.author)
        .bind(5, draft.eventDate ? std::optional<std::string>(draft.eventDate->iso()) : std::nullopt)
        .bind(6, draft.licence)
        .bind(7, draft.published ? 1 : 0)
        .bindBlob(8, thaiSortKey(draft.title));
}

std::vector<std::string> uniqueSorted(std::vector<std::string> values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

} // namespace

NoteDraft NoteStore::normalized(const NoteDraft& draft) const
{
    NoteDraft out = draft;
    out.title = normalizeLine(draft.title, "note title");
    out.body = normalizeText(draft.body, "note body");
    out.author = normalizeLine(draft.author, "author");
    out.licence = normalizeLine(draft.licence, "licence");
    if (out.title.empty()) {
        throw Error(ErrorCategory::InvalidInput, "A note needs a title.");
    }
    if (out.title.size() > kMaxTitleBytes) {
        throw Error(ErrorCategory::InvalidInput, "The note title is too long (%1 bytes; at most %2).",
                    {std::to_string(out.title.size()), std::to_string(kMaxTitleBytes)});
    }
    if (out.body.size() > kMaxBodyBytes) {
        throw Error(ErrorCategory::InvalidInput,
                    "The note body is too large (%1 MB; at most 16 MB). Attach big documents instead.",
                    {std::to_string(out.body.size() / (std::size_t{1024} * 1024))});
    }
    out.placeCodes = uniqueSorted(draft.placeCodes);
    out.themeIds = uniqueSorted(draft.themeIds);
    out.personIds = uniqueSorted(draft.personIds);
    out.organisationIds = uniqueSorted(draft.organisationIds);
    return out;
}

void NoteStore::writeLinks(const std::string& id, const NoteDraft& draft, const NoteChanges& changed)
{
    // Only what changed is rewritten: every tag row removed or added runs the tally triggers.
    if (changed.places) {
        writePlaces(id, draft);
    }
    if (changed.themes) {
        writeThemes(id, draft);
    }
    if (changed.people) {
        writePeople(id, draft);
    }
    if (changed.organisations) {
        writeOrganisations(id, draft);
    }
    if (changed.body) {
        writeNoteLinks(m_db, id, draft.body);
    }
}

void NoteStore::writePlaces(const std::string& id, const NoteDraft& draft)
{
    m_db.cached("DELETE FROM note_places WHERE note_id = ?1")->bind(1, id).run();
    for (const std::string& code : draft.placeCodes) {
        auto exists = m_db.cached("SELECT 1 FROM places WHERE code = ?1");
        if (!exists->bind(1, code).step()) {
            throw Error(ErrorCategory::NotFound, "There is no place with the code \"%1\".", {code});
        }
        m_db.cached("INSERT INTO note_places (note_id, place_code) VALUES (?1, ?2)")
            ->bind(1, id)
            .bind(2, code)
            .run();
    }
}

void NoteStore::writeThemes(const std::string& id, const NoteDraft& draft)
{
    m_db.cached("DELETE FROM note_themes WHERE note_id = ?1")->bind(1, id).run();
    for (const std::string& themeId : draft.themeIds) {
        auto exists = m_db.cached("SELECT 1 FROM themes WHERE id = ?1");
        if (!exists->bind(1, themeId).step()) {
            throw Error(ErrorCategory::NotFound, "There is no theme with the id \"%1\".", {themeId});
        }
        m_db.cached("INSERT INTO note_themes (note_id, theme_id) VALUES (?1, ?2)")
            ->bind(1, id)
            .bind(2, themeId)
            .run();
    }
}

void NoteStore::writePeople(const std::string& id, const NoteDraft& draft)
{
    m_db.cached("DELETE FROM note_people WHERE note_id = ?1")->bind(1, id).run();
    for (const std::string& personId : draft.personIds) {
        if (!m_db.cached("SELECT 1 FROM people WHERE id = ?1")->bind(1, personId).step()) {
            throw Error(ErrorCategory::NotFound, "There is no person with the id \"%1\".", {personId});
        }
        m_db.cached("INSERT INTO note_people (note_id, person_id) VALUES (?1, ?2)")
            ->bind(1, id)
            .bind(2, personId)
            .run();
    }
}

void NoteStore::writeOrganisations(const std::string& id, const NoteDraft& draft)
{
    m_db.cached("DELETE FROM note_organisations WHERE note_id = ?1")->bind(1, id).run();
    for (const std::string& organisationId : draft.organisationIds) {
        if (!m_db.cached("SELECT 1 FROM organisations WHERE id = ?1")->bind(1, organisationId).step()) {
            throw Error(ErrorCategory::NotFound, "There is no organisation with the id \"%1\".",
                        {organisationId});
        }
        m_db.cached("INSERT INTO note_organisations (note_id, organisation_id) VALUES (?1, ?2)")
            ->bind(1, id)
            .bind(2, organisationId)
            .run();
    }
}

// Alone, a notebook numbers its notes 1, 2, 3, ... In a team, each laptop has a slot (1-999)
// and numbers its notes 1,000,000 + k * 1,000 + slot, so two laptops never give one number to
// two notes and a number once shown never changes (minutes cite them).
std::int64_t separateRecord(Database& db, const std::string& noteId)
{
    constexpr std::uint64_t kSpread = 1'000'000; // numbers up to 1,001,000,000
    std::uint64_t hash = 1469598103934665603ULL; // FNV-1a: the same on every laptop
    for (const char c : noteId) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    }
    auto taken = db.cached("SELECT 1 FROM notes WHERE record = ?1 AND id <> ?2");
    for (std::uint64_t step = 0;; ++step) {
        const auto record = kTeamRecordBase + 1000 * static_cast<std::int64_t>(1 + (hash + step) % kSpread);
        const bool free = !taken->bind(1, record).bind(2, noteId).step();
        taken->reset();
        if (free) {
            return record;
        }
    }
}

std::int64_t NoteStore::nextRecord()
{
    auto slotRow = m_db.cached("SELECT CAST(value AS INTEGER) FROM notebook_meta WHERE key = 'record_slot'");
    const std::int64_t slot = slotRow->step() ? slotRow->integer(0) : 0;
    slotRow.reset();
    if (slot <= 0) {
        auto next = m_db.cached("SELECT COALESCE(MAX(record), 0) + 1 FROM notes WHERE record < ?1");
        return next->bind(1, kTeamRecordBase).step() ? next->integer(0) : 1;
    }
    if (m_teamRecord.first != slot) {
        auto last = m_db.cached("SELECT MAX(record) FROM notes WHERE record >= ?1 AND record % 1000 = ?2");
        const bool found = last->bind(1, kTeamRecordBase).bind(2, slot).step() && !last->isNull(0);
        m_teamRecord = {slot, found ? last->integer(0) : kTeamRecordBase - 1000 + slot};
    }
    // A teammate who drew the same slot may have used the next number already.
    auto taken = m_db.cached("SELECT 1 FROM notes WHERE record = ?1");
    do {
        m_teamRecord.second += 1000;
        taken->reset();
    } while (taken->bind(1, m_teamRecord.second).step());
    return m_teamRecord.second;
}

Note NoteStore::create(const NoteDraft& input)
{
    return create(input, {});
}

Note NoteStore::create(const NoteDraft& input, const Identity& keep)
{
    const NoteDraft draft = normalized(input);
    Transaction transaction(m_db);
    auto taken = m_db.cached("SELECT (SELECT count(*) FROM notes WHERE id = ?1), "
                             "(SELECT count(*) FROM notes WHERE record = ?2)");
    const bool counted = taken->bind(1, keep.id).bind(2, keep.record).step();
    const bool keepId = counted && isUuid(keep.id) && taken->integer(0) == 0;
    const bool keepRecord = counted && keep.record > 0 && taken->integer(1) == 0;
    taken.reset();
    const std::int64_t record = keepRecord ? keep.record : nextRecord();
    const std::string id = keepId ? keep.id : newUuid();
    const std::int64_t now = nowMillis();
    auto insert = m_db.cached("INSERT INTO notes (kind, title, body, author, event_date, licence, published, "
                              "title_key, id, record, created_ms, updated_ms) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)");
    bindContent(*insert, draft).bind(9, id).bind(10, record).bind(11, now).run();
    writeLinks(id, draft, NoteChanges::between({}, draft));
    Note note = get(id);
    transaction.commit();
    return note;
}

Note NoteStore::update(const std::string& id, const NoteDraft& draft)
{
    return save(id, draft).note;
}

NoteSaved NoteStore::save(const std::string& id, const NoteDraft& input)
{
    NoteDraft draft = normalized(input);
    Transaction transaction(m_db);
    NoteSaved saved{get(id), {}};
    const Note& before = saved.note;
    saved.changed = NoteChanges::between(before.content, draft);
    if (!saved.changed.any()) {
        return saved; // nothing to write: the note, its time and its revisions stay as they were
    }
    if (saved.changed.title || saved.changed.body) {
        m_db.cached("INSERT INTO note_revisions (note_id, title, body, saved_ms, uid) VALUES (?1, ?2, ?3, "
                    "?4, ?5)")
            ->bind(1, id)
            .bind(5, newUuid())
            .bind(2, before.content.title)
            .bind(3, before.content.body)
            .bind(4, before.updatedMs)
            .run();
    }
    auto change =
        m_db.cached("UPDATE notes SET kind = ?1, title = ?2, body = ?3, author = ?4, event_date = ?5, "
                    "licence = ?6, published = ?7, title_key = ?8, updated_ms = ?10 WHERE id = ?9");
    const std::int64_t updatedMs = std::max(nowMillis(), before.updatedMs + 1);
    bindContent(*change, draft).bind(9, id).bind(10, updatedMs).run();
    writeLinks(id, draft, saved.changed);
    // The note as stored, without reading it again: only changed tags are read back, in the
    // order get() gives them.
    const bool tagsChanged = saved.changed.tags();
    NoteDraft tags = std::move(saved.note.content);
    saved.note.content = std::move(draft);
    saved.note.updatedMs = updatedMs;
    if (tagsChanged) {
        readTags(m_db, saved.note);
    } else {
        saved.note.content.placeCodes = std::move(tags.placeCodes);
        saved.note.content.themeIds = std::move(tags.themeIds);
        saved.note.content.personIds = std::move(tags.personIds);
        saved.note.content.organisationIds = std::move(tags.organisationIds);
    }
    transaction.commit();
    return saved;
}

std::vector<std::string> NoteStore::authors() const
{
    auto rows = m_db.cached("SELECT DISTINCT author FROM notes WHERE author <> ''");
    std::vector<std::string> authors;
    while (rows->step()) {
        authors.push_back(rows->text(0));
    }
    std::sort(authors.begin(), authors.end(),
              [](const std::string& a, const std::string& b) { return compareThai(a, b) < 0; });
    return authors;
}

Note NoteStore::get(const std::string& id) const
{
    auto row = m_db.cached(std::string(kSelectNote) + "WHERE id = ?1");
    if (!row->bind(1, id).step()) {
        throw Error(ErrorCategory::NotFound, "The note %1 does not exist (it may have been deleted).", {id});
    }
    return readNote(m_db, *row);
}

std::optional<Note> NoteStore::findByRecord(std::int64_t record) const
{
    auto row = m_db.cached("SELECT id FROM notes WHERE record = ?1");
    if (!row->bind(1, record).step()) {
        return std::nullopt;
    }
    const std::string id = row->text(0);
    return get(id);
}

void NoteStore::requireExists(const std::string& id) const
{
    auto row = m_db.cached("SELECT 1 FROM notes WHERE id = ?1");
    if (!row->bind(1, id).step()) {
        throw Error(ErrorCategory::NotFound, "The note %1 does not exist (it may have been deleted).", {id});
    }
}

void NoteStore::trash(const std::string& id)
{
    Transaction transaction(m_db);
    requireExists(id);
    m_db.cached("UPDATE notes SET trashed_ms = ?2 WHERE id = ?1 AND trashed_ms IS NULL")
        ->bind(1, id)
        .bind(2, nowMillis())
        .run();
    transaction.commit();
}

void NoteStore::restore(const std::string& id)
{
    Transaction transaction(m_db);
    requireExists(id);
    m_db.cached("UPDATE notes SET trashed_ms = NULL WHERE id = ?1")->bind(1, id).run();
    transaction.commit();
}

void NoteStore::deleteForever(const std::string& id)
{
    Transaction transaction(m_db);
    const Note note = get(id);
    if (!note.trashedMs) {
        throw Error(ErrorCategory::InvalidInput,
                    "Only notes in the Trash can be deleted for good; move \"%1\" to the Trash first.",
                    {note.content.title});
    }
    m_db.cached("DELETE FROM notes WHERE id = ?1")->bind(1, id).run();
    transaction.commit();
}

std::int64_t NoteStore::emptyTrash()
{
    Transaction transaction(m_db);
    m_db.cached("DELETE FROM notes WHERE trashed_ms IS NOT NULL")->run();
    const std::int64_t removed = m_db.changes();
    transaction.commit();
    return removed;
}

std::vector<Revision> NoteStore::revisions(const std::string& noteId) const
{
    requireExists(noteId);
    std::vector<Revision> result;
    auto rows = m_db.cached("SELECT id, note_id, title, body, saved_ms FROM note_revisions WHERE note_id = "
                            "?1 ORDER BY saved_ms DESC, id DESC");
    rows->bind(1, noteId);
    while (rows->step()) {
        result.push_back({rows->integer(0), rows->text(1), rows->text(2), rows->text(3), rows->integer(4)});
    }
    return result;
}

Note NoteStore::restoreRevision(std::int64_t revisionId)
{
    Transaction transaction(m_db);
    auto row = m_db.cached("SELECT note_id, title, body FROM note_revisions WHERE id = ?1");
    if (!row->bind(1, revisionId).step()) {
        throw Error(ErrorCategory::NotFound, "Revision %1 does not exist.", {std::to_string(revisionId)});
    }
    const std::string noteId = row->text(0);
    const std::string title = row->text(1);
    const std::string body = row->text(2);
    NoteDraft draft = get(noteId).content;
    draft.title = title;
    draft.body = body;
    Note note = update(noteId, draft);
    transaction.commit();
    return note;
}

} // namespace banthuek::core
