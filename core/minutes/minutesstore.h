// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/minutes/minutes.h"
#include "core/notes/note.h"

#include <string>
#include <vector>

namespace banthuek::core {

class Database;
class NoteStore;

// The details of minutes notes, meeting series, and starting the next meeting of a series.
// Each call that writes is one transaction; nothing is written when a check fails.
class MinutesStore final
{
public:
    MinutesStore(Database& db, NoteStore& notes) : m_db(db), m_notes(notes) {}

    [[nodiscard]] std::vector<MeetingSeries> series() const; // Thai order
    // The series of that name (case, spaces and digits folded), added when new.
    [[nodiscard]] MeetingSeries findOrAddSeries(const std::string& name);

    // A minutes note's details (empty ones for a minutes note never given any).
    [[nodiscard]] MinutesDetails details(const std::string& noteId) const;
    // Replaces a minutes note's details: attendees and agenda in the order given; agenda items
    // keep their ids (and their action items) when given back; a new item may bring its id. Refuses a note
    // that is not minutes, a time that is not HH:MM, a person, place or series that does not exist.
    [[nodiscard]] MinutesDetails saveDetails(const std::string& noteId, const MinutesDetails& details);

    // The details with the meeting's own action items, then the ones it follows up.
    [[nodiscard]] MeetingRecord record(const std::string& noteId) const;
    // Saves details and action items in one transaction: the meeting's own items become those
    // given (new ids are taken as given, so the editor can name an agenda item or action item
    // before it is saved; items left out are deleted); followed-up items are updated.
    [[nodiscard]] MeetingRecord saveRecord(const std::string& noteId, const MeetingRecord& record);

    struct NextMeeting
    {
        std::string title;         // the new note's title
        std::string followUpTitle; // the agenda item that carries the open action items
        std::string author;
        CivilDate date;
        std::string body = {}; // Markdown the note starts with
    };
    // Starts the next meeting of a series from its latest one: the next number, the same venue,
    // chair and recorder, the same people listed (all present), and every still-open action
    // item of the series carried into a first agenda item. Returns the new note.
    [[nodiscard]] Note startNext(const std::string& seriesId, const NextMeeting& next);
    // The series' latest meeting not in the Trash (highest number, then latest date).
    [[nodiscard]] std::optional<std::string> latestMeeting(const std::string& seriesId) const;

private:
    void requireMinutes(const std::string& noteId) const;

    Database& m_db;
    NoteStore& m_notes;
};

} // namespace banthuek::core
