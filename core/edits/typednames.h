// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/minutes/minutes.h"
#include "core/plans/plan.h"

#include <optional>
#include <string>
#include <vector>

namespace banthuek::core {

// A name typed in a field that refers to the register. While the text is still the one the
// field was loaded with, the loaded entry stands (two people may share a name); otherwise the
// name is looked up, and a new name joins the register.
struct TypedName
{
    std::string text;
    std::string loadedText;
    std::optional<std::string> loadedPersonId;
    std::optional<std::string> loadedOrganisationId;

    [[nodiscard]] bool unchanged() const
    {
        return text == loadedText && (loadedPersonId || loadedOrganisationId);
    }
};

// One attendee row as typed: a person's name and, when given, their organisation's name.
struct TypedAttendee
{
    TypedName person;
    std::string organisation; // an organisation's short or full name; empty for none
    Attendance attendance = Attendance::Present;
    std::string reason;
};

// An action item as typed: everything but its owner, who is a typed name (a person first,
// then an organisation, else a new person).
struct TypedAction
{
    ActionItem item; // owner ids are filled from `owner`
    TypedName owner;
};

// What the meeting record tab holds, as typed. Edits::saveMeeting turns it into a
// MeetingRecord inside the save's transaction, adding new names to the register.
struct MeetingEntry
{
    std::string series;     // the series' name; empty for none
    MinutesDetails details; // seriesId, chair, recorder, approver and attendees are filled in
    TypedName chair;
    TypedName recorder;
    TypedName approver;
    std::vector<TypedAttendee> attendees;
    std::vector<TypedAction> actions;
};

// A plan item row as typed: the item, and the responsible party's name when it was changed
// (empty keeps the item's own responsible ids).
struct TypedPlanItem
{
    PlanItem item;
    std::string responsible;
};

// The plan page's edits, saved together: the plan's details, its items (rows not typed any
// more are removed), its ranked problems (theme by name) and the household survey.
struct PlanEdits
{
    std::optional<Plan> plan; // absent: only the survey is saved
    std::vector<TypedPlanItem> items;
    std::vector<PlanItem> shown; // the items as they were shown: unchanged ones keep their time
    std::vector<std::pair<std::string, std::string>> problems; // text, theme name (may be empty)
    std::optional<Survey> survey;
};

} // namespace banthuek::core
