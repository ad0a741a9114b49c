// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/minutes/actionstore.h"

#include "core/error.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/text/normalize.h"

#include <algorithm>

namespace banthuek::core {
namespace {

constexpr const char* kSelect = "SELECT a.id, a.note_id, a.agenda_item_id, a.text, a.owner_person_id, "
                                "a.owner_organisation_id, a.due_date, "
                                "a.status, a.done_date, a.follow_up_note_id, a.created_ms, a.updated_ms ";

std::optional<CivilDate> date(const Statement& row, int column)
{
    const auto text = row.optionalText(column);
    return text ? parseIsoDate(*text) : std::nullopt;
}

ActionItem readItem(const Statement& row)
{
    ActionItem item;
    item.id = row.text(0);
    item.noteId = row.text(1);
    item.agendaItemId = row.optionalText(2);
    item.text = row.text(3);
    item.ownerPersonId = row.optionalText(4);
    item.ownerOrganisationId = row.optionalText(5);
    item.due = date(row, 6);
    item.status = parseActionStatus(row.text(7)).value_or(ActionStatus::Open);
    item.doneDate = date(row, 8);
    item.followUpNoteId = row.optionalText(9);
    item.createdMs = row.integer(10);
    item.updatedMs = row.integer(11);
    return item;
}

std::optional<std::string> iso(const std::optional<CivilDate>& day)
{
    return day ? std::optional(day->iso()) : std::nullopt;
}

// Binds what a user edits as parameters 2 to 9, in the order both writes list them.
Statement& bindEditable(Statement& statement, const ActionItem& item)
{
    return statement.bind(2, item.agendaItemId)
        .bind(3, item.text)
        .bind(4, item.ownerPersonId)
        .bind(5, item.ownerOrganisationId)
        .bind(6, iso(item.due))
        .bind(7, actionStatusName(item.status))
        .bind(8, iso(item.doneDate))
        .bind(9, item.followUpNoteId);
}

bool exists(Database& db, const char* sql, const std::string& id)
{
    return db.cached(sql)->bind(1, id).step();
}

} // namespace

ActionItem ActionStore::checked(const ActionItem& input) const
{
    ActionItem item = input;
    item.text = normalizeText(input.text, "action item");
    while (!item.text.empty() && (item.text.back() == '\n' || item.text.back() == ' ')) {
        item.text.pop_back();
    }
    if (item.text.empty()) {
        throw Error(ErrorCategory::InvalidInput, "An action item needs a text: what is to be done.");
    }
    auto kind = m_db.cached("SELECT kind FROM notes WHERE id = ?1");
    if (!kind->bind(1, item.noteId).step()) {
        throw Error(ErrorCategory::NotFound,
                    "An action item needs the meeting it came from; the note %1 does not exist.",
                    {item.noteId});
    }
    if (kind->text(0) != "minutes") {
        throw Error(ErrorCategory::InvalidInput,
                    "Action items come from minutes; the note %1 is not minutes.", {item.noteId});
    }
    if (item.agendaItemId) {
        auto agenda = m_db.cached("SELECT note_id FROM agenda_items WHERE id = ?1");
        if (!agenda->bind(1, *item.agendaItemId).step() || agenda->text(0) != item.noteId) {
            throw Error(ErrorCategory::NotFound, "The agenda item %1 is not part of that meeting.",
                        {*item.agendaItemId});
        }
    }
    if (item.ownerPersonId && !exists(m_db, "SELECT 1 FROM people WHERE id = ?1", *item.ownerPersonId)) {
        throw Error(ErrorCategory::NotFound, "There is no person with the id \"%1\".", {*item.ownerPersonId});
    }
    if (item.ownerOrganisationId &&
        !exists(m_db, "SELECT 1 FROM organisations WHERE id = ?1", *item.ownerOrganisationId)) {
        throw Error(ErrorCategory::NotFound, "There is no organisation with the id \"%1\".",
                    {*item.ownerOrganisationId});
    }
    if (item.followUpNoteId && !exists(m_db, "SELECT 1 FROM notes WHERE id = ?1", *item.followUpNoteId)) {
        throw Error(ErrorCategory::NotFound, "The follow-up note %1 does not exist.", {*item.followUpNoteId});
    }
    if (item.status == ActionStatus::Done && !item.doneDate) {
        item.doneDate = today();
    }
    if (item.status != ActionStatus::Done) {
        item.doneDate.reset();
    }
    return item;
}

ActionItem ActionStore::add(const ActionItem& input)
{
    Transaction transaction(m_db);
    const ActionItem item = checked(input);
    const std::string id = input.id.empty() ? newUuid() : input.id;
    if (exists(m_db, "SELECT 1 FROM action_items WHERE id = ?1", id)) {
        throw Error(ErrorCategory::InvalidInput, "There is already an action item %1.", {id});
    }
    const std::int64_t now = nowMillis();
    auto insert = m_db.cached(
        "INSERT INTO action_items (id, note_id, agenda_item_id, text, owner_person_id, "
        "owner_organisation_id, "
        "due_date, status, done_date, follow_up_note_id, position, created_ms, updated_ms) "
        "VALUES (?1, ?11, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
        "(SELECT COALESCE(MAX(position), 0) + 1 FROM action_items WHERE note_id = ?11), ?10, ?10)");
    bindEditable(*insert, item).bind(1, id).bind(10, now).bind(11, item.noteId).run();
    ActionItem added = get(id);
    transaction.commit();
    return added;
}

ActionItem ActionStore::update(const ActionItem& input)
{
    Transaction transaction(m_db);
    const ActionItem before = get(input.id);
    ActionItem change = input;
    change.noteId = before.noteId; // an item never changes meeting
    const ActionItem item = checked(change);
    auto write = m_db.cached("UPDATE action_items SET agenda_item_id = ?2, text = ?3, owner_person_id = ?4, "
                             "owner_organisation_id = ?5, due_date = ?6, status = ?7, done_date = ?8, "
                             "follow_up_note_id = ?9, updated_ms = ?10 WHERE id = ?1");
    bindEditable(*write, item).bind(1, item.id).bind(10, std::max(nowMillis(), before.updatedMs + 1)).run();
    ActionItem updated = get(item.id);
    transaction.commit();
    return updated;
}

ActionItem ActionStore::markDone(const std::string& id, const CivilDate& on)
{
    ActionItem item = get(id);
    item.status = ActionStatus::Done;
    item.doneDate = on;
    return update(item);
}

std::vector<ActionItem> ActionStore::replaceForMeeting(const std::string& noteId,
                                                       const std::vector<ActionItem>& items)
{
    Transaction transaction(m_db);
    std::vector<std::string> kept;
    for (const ActionItem& input : items) {
        ActionItem item = input;
        item.noteId = noteId;
        if (!item.id.empty() && exists(m_db, "SELECT 1 FROM action_items WHERE id = ?1", item.id)) {
            if (get(item.id).noteId != noteId) {
                throw Error(ErrorCategory::InvalidInput, "The action item %1 belongs to another meeting.",
                            {item.id});
            }
            item = update(item);
        } else {
            item = add(item);
        }
        kept.push_back(item.id);
        m_db.cached("UPDATE action_items SET position = ?2 WHERE id = ?1")
            ->bind(1, item.id)
            .bind(2, static_cast<std::int64_t>(kept.size()))
            .run();
    }
    std::vector<std::string> gone;
    auto existing = m_db.cached("SELECT id FROM action_items WHERE note_id = ?1");
    existing->bind(1, noteId);
    while (existing->step()) {
        if (std::find(kept.begin(), kept.end(), existing->text(0)) == kept.end()) {
            gone.push_back(existing->text(0));
        }
    }
    for (const std::string& id : gone) {
        remove(id);
    }
    std::vector<ActionItem> saved;
    saved.reserve(kept.size());
    for (const std::string& id : kept) {
        saved.push_back(get(id));
    }
    transaction.commit();
    return saved;
}

void ActionStore::remove(const std::string& id)
{
    Transaction transaction(m_db);
    [[maybe_unused]] const ActionItem existing = get(id);
    m_db.cached("DELETE FROM action_items WHERE id = ?1")->bind(1, id).run();
    transaction.commit();
}

ActionItem ActionStore::get(const std::string& id) const
{
    auto row = m_db.cached(std::string(kSelect) + "FROM action_items a WHERE a.id = ?1");
    if (!row->bind(1, id).step()) {
        throw Error(ErrorCategory::NotFound, "The action item %1 does not exist.", {id});
    }
    return readItem(*row);
}

std::vector<ActionRow> ActionStore::list(const ActionFilter& filter, const CivilDate& today) const
{
    std::string sql =
        std::string(kSelect) +
        ", COALESCE(p.name, CASE WHEN o.abbreviation <> '' THEN o.abbreviation ELSE o.name_th END, ''), "
        "n.title, n.record, n.event_date, COALESCE(s.name, '') "
        "FROM action_items a JOIN notes n ON n.id = a.note_id LEFT JOIN minutes m ON m.note_id = a.note_id "
        "LEFT JOIN meeting_series s ON s.id = m.series_id LEFT JOIN people p ON p.id = a.owner_person_id "
        "LEFT JOIN organisations o ON o.id = a.owner_organisation_id WHERE n.trashed_ms IS NULL";
    // Every filter is a bound parameter in a fixed slot; an absent one matches everything.
    sql +=
        " AND (?1 IS NULL OR a.owner_person_id = ?1) AND (?2 IS NULL OR a.owner_organisation_id = ?2)"
        " AND (?3 IS NULL OR a.status = ?3) AND (?4 IS NULL OR (a.status = 'open' AND a.due_date < ?4))"
        " AND (?5 IS NULL OR m.series_id = ?5)"
        " AND (?6 IS NULL OR a.note_id IN (SELECT note_id FROM note_places WHERE place_code >= ?6 AND "
        "place_code < ?6 || '~'))"
        " AND (?7 IS NULL OR a.note_id IN (SELECT note_id FROM note_themes WHERE theme_id IN (WITH RECURSIVE "
        "sub(id) AS "
        "(SELECT ?7 UNION SELECT t.id FROM themes t JOIN sub ON t.parent_id = sub.id) SELECT id FROM sub)))"
        " AND (?8 IS NULL OR a.note_id = ?8)"
        " ORDER BY a.due_date IS NULL, a.due_date, n.event_date, n.record, a.position";
    auto rows = m_db.cached(sql);
    rows->bind(1, filter.ownerPersonId)
        .bind(2, filter.ownerOrganisationId)
        .bind(3, filter.status ? std::optional<std::string>(std::string(actionStatusName(*filter.status)))
                               : std::nullopt)
        .bind(4, iso(filter.overdueOn))
        .bind(5, filter.seriesId)
        .bind(6, filter.placeCode)
        .bind(7, filter.themeId)
        .bind(8, filter.noteId);
    std::vector<ActionRow> result;
    const std::string todayIso = today.iso();
    while (rows->step()) {
        ActionRow row;
        row.item = readItem(*rows);
        row.owner = rows->text(12);
        row.meetingTitle = rows->text(13);
        row.meetingRecord = rows->integer(14);
        row.meetingDate = date(*rows, 15);
        row.seriesName = rows->text(16);
        row.overdue = row.item.status == ActionStatus::Open && row.item.due && row.item.due->iso() < todayIso;
        result.push_back(std::move(row));
    }
    return result;
}

} // namespace banthuek::core
