// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/dates.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace banthuek::core {

// A recurring meeting: "วงคุณเอื้อ ประจำเดือน", a village's เวทีประชาคม.
struct MeetingSeries
{
    std::string id;
    std::string name;
};

enum class Attendance { Present, Absent, Guest };
[[nodiscard]] std::string_view attendanceName(Attendance attendance); // present, absent, guest
[[nodiscard]] std::optional<Attendance> parseAttendance(std::string_view name);

struct Attendee
{
    std::string personId;
    Attendance attendance = Attendance::Present;
    std::string reason; // why absent
};

// วาระ: what was discussed and what was resolved (มติ). Follow-ups are earlier meetings'
// action items brought back to this one.
struct AgendaItem
{
    std::string id; // empty for a new item
    std::string title;
    std::string discussion;
    std::string resolution;
    std::vector<std::string> followUpActionIds;
};

// The minutes-only part of a minutes note (title, date, places and body are the note's).
struct MinutesDetails
{
    std::optional<std::string> seriesId;
    std::optional<int> number; // ครั้งที่ in the series
    std::string startTime;     // HH:MM, or empty
    std::string endTime;
    std::string venue;
    std::optional<std::string> venuePlace;
    std::optional<std::string> recorderId; // คุณลิขิต
    std::optional<std::string> chairId;
    std::optional<std::string> approverId;
    std::vector<Attendee> attendees;
    std::vector<AgendaItem> agenda;
    // Before Action Review and After Action Review, the KM sections.
    std::string barGoal, barResults, barRisks;
    std::string aarExpected, aarHappened, aarWhy, aarNext;
};

enum class ActionStatus { Open, Done, Dropped };
[[nodiscard]] std::string_view actionStatusName(ActionStatus status); // open, done, dropped
[[nodiscard]] std::optional<ActionStatus> parseActionStatus(std::string_view name);

struct ActionItem
{
    std::string id;     // empty for a new item
    std::string noteId; // the meeting that decided it, for life
    std::optional<std::string> agendaItemId;
    std::string text;
    std::optional<std::string> ownerPersonId;
    std::optional<std::string> ownerOrganisationId;
    std::optional<CivilDate> due;
    ActionStatus status = ActionStatus::Open;
    std::optional<CivilDate> doneDate;
    std::optional<std::string> followUpNoteId;
    std::int64_t createdMs = 0;
    std::int64_t updatedMs = 0;
};

// A meeting as its editor shows it: the details, its own action items in order, and the
// earlier meetings' items its agenda follows up (those keep their meeting; only what a user
// edits of them changes).
struct MeetingRecord
{
    MinutesDetails details;
    std::vector<ActionItem> actions;
};

// A row of the action-item view: the item and what it is read with.
struct ActionRow
{
    ActionItem item;
    std::string owner;        // the person's name or the organisation's short name
    std::string meetingTitle; // the note's title
    std::int64_t meetingRecord = 0;
    std::optional<CivilDate> meetingDate;
    std::string seriesName;
    bool overdue = false; // open and due before the day asked about
};

struct ActionFilter
{
    std::optional<std::string> ownerPersonId = {};
    std::optional<std::string> ownerOrganisationId = {};
    std::optional<ActionStatus> status = {};
    std::optional<CivilDate> overdueOn = {}; // only open items due before this day
    std::optional<std::string> seriesId = {};
    std::optional<std::string> placeCode = {}; // the meeting's places (and everything under them)
    std::optional<std::string> themeId = {};   // the meeting's themes (and sub-themes)
    std::optional<std::string> noteId = {};    // one meeting's items
};

} // namespace banthuek::core
