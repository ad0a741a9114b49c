// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/minutes/minutesstore.h"

#include "core/error.h"
#include "core/minutes/actionstore.h"
#include "core/notes/notestore.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/storage/rows.h"
#include "core/text/normalize.h"

#include <algorithm>
#include <cstdio>

namespace banthuek::core {
namespace {

std::string checkedTime(const std::string& time, std::string_view what)
{
    std::string clean = normalizeLine(time, what);
    if (clean.empty()) {
        return clean;
    }
    // 9.30 and 09.30 are how Thai minutes write times (เวลา 09.30 น.): accepted as 09:30.
    int hour = -1;
    int minute = -1;
    const auto separator = clean.find_first_of(":.");
    if (separator != std::string::npos && separator > 0 && separator <= 2 &&
        clean.size() - separator - 1 == 2) {
        try {
            hour = std::stoi(clean.substr(0, separator));
            minute = std::stoi(clean.substr(separator + 1));
        } catch (const std::exception&) {
            hour = -1;
        }
    }
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
        clean.find_first_not_of("0123456789:.") != std::string::npos) {
        throw Error(ErrorCategory::InvalidInput, "The %1 \"%2\" is not a time of day; write it as 09:30.",
                    {std::string(what), clean});
    }
    char text[6];
    (void)std::snprintf(text, sizeof text, "%02d:%02d", hour, minute);
    return text;
}

} // namespace

std::vector<MeetingSeries> MinutesStore::series() const
{
    std::vector<MeetingSeries> result;
    auto rows = m_db.cached("SELECT id, name FROM meeting_series ORDER BY name COLLATE THAI");
    while (rows->step()) {
        result.push_back({rows->text(0), rows->text(1)});
    }
    return result;
}

MeetingSeries MinutesStore::findOrAddSeries(const std::string& name)
{
    const std::string clean = normalizeLine(name, "meeting series");
    if (clean.empty()) {
        throw Error(ErrorCategory::InvalidInput, "A meeting series needs a name.");
    }
    for (MeetingSeries& existing : series()) {
        if (matchKey(existing.name) == matchKey(clean)) {
            return existing;
        }
    }
    Transaction transaction(m_db);
    MeetingSeries added{newUuid(), clean};
    m_db.cached("INSERT INTO meeting_series (id, name, created_ms) VALUES (?1, ?2, ?3)")
        ->bind(1, added.id)
        .bind(2, added.name)
        .bind(3, nowMillis())
        .run();
    transaction.commit();
    return added;
}

void MinutesStore::requireMinutes(const std::string& noteId) const
{
    if (m_notes.get(noteId).content.kind != NoteKind::Minutes) {
        throw Error(ErrorCategory::InvalidInput, "The note %1 is not minutes of a meeting.", {noteId});
    }
}

MinutesDetails MinutesStore::details(const std::string& noteId) const
{
    MinutesDetails details;
    auto row = m_db.cached(
        "SELECT series_id, number, start_time, end_time, venue, venue_place, recorder_id, chair_id, "
        "approver_id, bar_goal, bar_results, bar_risks, aar_expected, aar_happened, aar_why, "
        "aar_next FROM minutes WHERE note_id = ?1");
    if (row->bind(1, noteId).step()) {
        details.seriesId = row->optionalText(0);
        if (const auto number = row->optionalInteger(1)) {
            details.number = static_cast<int>(*number);
        }
        details.startTime = row->optionalText(2).value_or("");
        details.endTime = row->optionalText(3).value_or("");
        details.venue = row->text(4);
        details.venuePlace = row->optionalText(5);
        details.recorderId = row->optionalText(6);
        details.chairId = row->optionalText(7);
        details.approverId = row->optionalText(8);
        details.barGoal = row->text(9);
        details.barResults = row->text(10);
        details.barRisks = row->text(11);
        details.aarExpected = row->text(12);
        details.aarHappened = row->text(13);
        details.aarWhy = row->text(14);
        details.aarNext = row->text(15);
    }
    auto attendees = m_db.cached(
        "SELECT person_id, attendance, reason FROM attendees WHERE note_id = ?1 ORDER BY position");
    attendees->bind(1, noteId);
    while (attendees->step()) {
        details.attendees.push_back({attendees->text(0),
                                     parseAttendance(attendees->text(1)).value_or(Attendance::Present),
                                     attendees->text(2)});
    }
    auto agenda = m_db.cached(
        "SELECT id, title, discussion, resolution FROM agenda_items WHERE note_id = ?1 ORDER BY position");
    agenda->bind(1, noteId);
    while (agenda->step()) {
        details.agenda.push_back({agenda->text(0), agenda->text(1), agenda->text(2), agenda->text(3), {}});
    }
    for (AgendaItem& item : details.agenda) {
        auto followUps = m_db.cached(
            "SELECT f.action_item_id FROM agenda_followups f JOIN action_items a "
            "ON a.id = f.action_item_id WHERE f.agenda_item_id = ?1 ORDER BY a.due_date, a.position");
        followUps->bind(1, item.id);
        while (followUps->step()) {
            item.followUpActionIds.push_back(followUps->text(0));
        }
    }
    return details;
}

MinutesDetails MinutesStore::saveDetails(const std::string& noteId, const MinutesDetails& input)
{
    Transaction transaction(m_db);
    requireMinutes(noteId);
    requireRow(m_db, "meeting_series", input.seriesId, "meeting series");
    requireRow(m_db, "places", input.venuePlace, "place");
    for (const auto* person : {&input.recorderId, &input.chairId, &input.approverId}) {
        requireRow(m_db, "people", *person, "person");
    }
    if (input.number && *input.number <= 0) {
        throw Error(ErrorCategory::InvalidInput, "A meeting number starts at 1.");
    }
    m_db.cached("INSERT OR REPLACE INTO minutes (note_id, series_id, number, start_time, end_time, venue, "
                "venue_place, "
                "recorder_id, chair_id, approver_id, bar_goal, bar_results, bar_risks, aar_expected, "
                "aar_happened, "
                "aar_why, aar_next) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
                "?15, ?16, ?17)")
        ->bind(1, noteId)
        .bind(2, input.seriesId)
        .bind(3, input.number ? std::optional<std::int64_t>(*input.number) : std::nullopt)
        .bind(4, input.startTime.empty() ? std::nullopt
                                         : std::optional(checkedTime(input.startTime, "start time")))
        .bind(5, input.endTime.empty() ? std::nullopt : std::optional(checkedTime(input.endTime, "end time")))
        .bind(6, normalizeLine(input.venue, "venue"))
        .bind(7, input.venuePlace)
        .bind(8, input.recorderId)
        .bind(9, input.chairId)
        .bind(10, input.approverId)
        .bind(11, normalizeText(input.barGoal, "BAR goal"))
        .bind(12, normalizeText(input.barResults, "BAR expected results"))
        .bind(13, normalizeText(input.barRisks, "BAR risks"))
        .bind(14, normalizeText(input.aarExpected, "AAR expectations"))
        .bind(15, normalizeText(input.aarHappened, "AAR what happened"))
        .bind(16, normalizeText(input.aarWhy, "AAR why"))
        .bind(17, normalizeText(input.aarNext, "AAR next steps"))
        .run();

    m_db.cached("DELETE FROM attendees WHERE note_id = ?1")->bind(1, noteId).run();
    std::int64_t position = 0;
    for (const Attendee& attendee : input.attendees) {
        requireRow(m_db, "people", attendee.personId, "person");
        m_db.cached("INSERT OR REPLACE INTO attendees (note_id, person_id, attendance, reason, position) "
                    "VALUES (?1, ?2, ?3, ?4, ?5)")
            ->bind(1, noteId)
            .bind(2, attendee.personId)
            .bind(3, attendanceName(attendee.attendance))
            .bind(4, normalizeLine(attendee.reason, "reason for absence"))
            .bind(5, position++)
            .run();
    }

    // Agenda items given back keep their ids; the others of this note go (their action items
    // stay with the meeting, no longer under an item).
    std::vector<std::string> kept;
    position = 0;
    for (const AgendaItem& item : input.agenda) {
        const std::string title = normalizeLine(item.title, "agenda item");
        if (title.empty()) {
            throw Error(ErrorCategory::InvalidInput, "Agenda item %1 needs a title.",
                        {std::to_string(position + 1)});
        }
        const std::string id = item.id.empty() ? newUuid() : item.id;
        auto owner = m_db.cached("SELECT note_id FROM agenda_items WHERE id = ?1");
        if (owner->bind(1, id).step() && owner->text(0) != noteId) {
            throw Error(ErrorCategory::InvalidInput, "The agenda item %1 is part of another meeting.", {id});
        }
        m_db.cached(
                "INSERT OR REPLACE INTO agenda_items (id, note_id, position, title, discussion, resolution) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            ->bind(1, id)
            .bind(2, noteId)
            .bind(3, position++)
            .bind(4, title)
            .bind(5, normalizeText(item.discussion, "discussion"))
            .bind(6, normalizeText(item.resolution, "resolution"))
            .run();
        m_db.cached("DELETE FROM agenda_followups WHERE agenda_item_id = ?1")->bind(1, id).run();
        for (const std::string& action : item.followUpActionIds) {
            requireRow(m_db, "action_items", action, "action item");
            m_db.cached(
                    "INSERT OR IGNORE INTO agenda_followups (agenda_item_id, action_item_id) VALUES (?1, ?2)")
                ->bind(1, id)
                .bind(2, action)
                .run();
        }
        kept.push_back(id);
    }
    std::vector<std::string> gone;
    auto existing = m_db.cached("SELECT id FROM agenda_items WHERE note_id = ?1");
    existing->bind(1, noteId);
    while (existing->step()) {
        if (std::find(kept.begin(), kept.end(), existing->text(0)) == kept.end()) {
            gone.push_back(existing->text(0));
        }
    }
    for (const std::string& id : gone) {
        m_db.cached("DELETE FROM agenda_items WHERE id = ?1")->bind(1, id).run();
    }
    MinutesDetails saved = details(noteId);
    transaction.commit();
    return saved;
}

MeetingRecord MinutesStore::record(const std::string& noteId) const
{
    MeetingRecord record;
    record.details = details(noteId);
    ActionStore actions(m_db);
    auto rows = m_db.cached("SELECT id FROM action_items WHERE note_id = ?1 ORDER BY position");
    rows->bind(1, noteId);
    while (rows->step()) {
        record.actions.push_back(actions.get(rows->text(0)));
    }
    for (const AgendaItem& item : record.details.agenda) {
        for (const std::string& id : item.followUpActionIds) {
            record.actions.push_back(actions.get(id));
        }
    }
    return record;
}

MeetingRecord MinutesStore::saveRecord(const std::string& noteId, const MeetingRecord& record)
{
    Transaction transaction(m_db);
    [[maybe_unused]] const MinutesDetails details = saveDetails(noteId, record.details);
    ActionStore actions(m_db);
    std::vector<ActionItem> own;
    for (const ActionItem& item : record.actions) {
        if (item.noteId.empty() || item.noteId == noteId) {
            own.push_back(item);
        } else {
            [[maybe_unused]] const ActionItem updated = actions.update(item);
        }
    }
    [[maybe_unused]] const std::vector<ActionItem> saved = actions.replaceForMeeting(noteId, own);
    MeetingRecord result = this->record(noteId);
    transaction.commit();
    return result;
}

std::optional<std::string> MinutesStore::latestMeeting(const std::string& seriesId) const
{
    auto row =
        m_db.cached("SELECT m.note_id FROM minutes m JOIN notes n ON n.id = m.note_id "
                    "WHERE m.series_id = ?1 AND n.trashed_ms IS NULL "
                    "ORDER BY m.number IS NULL, m.number DESC, n.event_date DESC, n.record DESC LIMIT 1");
    if (!row->bind(1, seriesId).step()) {
        return std::nullopt;
    }
    return row->text(0);
}

Note MinutesStore::startNext(const std::string& seriesId, const NextMeeting& next)
{
    Transaction transaction(m_db);
    requireRow(m_db, "meeting_series", std::optional(seriesId), "meeting series");
    const std::optional<std::string> previousId = latestMeeting(seriesId);
    NoteDraft draft;
    draft.kind = NoteKind::Minutes;
    draft.title = next.title;
    draft.author = next.author;
    draft.eventDate = next.date;
    draft.body = next.body;
    MinutesDetails details;
    details.seriesId = seriesId;
    details.number = 1;
    if (previousId) {
        const Note previous = m_notes.get(*previousId);
        draft.placeCodes = previous.content.placeCodes;
        draft.themeIds = previous.content.themeIds;
        const MinutesDetails before = this->details(*previousId);
        details.number = before.number.value_or(0) + 1;
        details.venue = before.venue;
        details.venuePlace = before.venuePlace;
        details.chairId = before.chairId;
        details.recorderId = before.recorderId;
        details.approverId = before.approverId;
        for (const Attendee& attendee : before.attendees) {
            if (attendee.attendance != Attendance::Guest) {
                details.attendees.push_back({attendee.personId, Attendance::Present, {}});
            }
        }
    }
    // Every open item the series' meetings decided (the Trash left out), oldest due first.
    AgendaItem followUp;
    followUp.title = next.followUpTitle;
    auto open = m_db.cached(
        "SELECT a.id FROM action_items a JOIN minutes m ON m.note_id = a.note_id "
        "JOIN notes n ON n.id = a.note_id WHERE m.series_id = ?1 AND a.status = 'open' "
        "AND n.trashed_ms IS NULL ORDER BY a.due_date IS NULL, a.due_date, n.event_date, a.position");
    open->bind(1, seriesId);
    while (open->step()) {
        followUp.followUpActionIds.push_back(open->text(0));
    }
    if (!followUp.followUpActionIds.empty()) {
        details.agenda.push_back(std::move(followUp));
    }
    Note note = m_notes.create(draft);
    [[maybe_unused]] const MinutesDetails saved = saveDetails(note.id, details);
    transaction.commit();
    return note;
}

} // namespace banthuek::core
