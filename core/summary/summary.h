// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/minutes/minutes.h"
#include "core/notes/note.h"
#include "core/places/place.h"
#include "core/plans/plan.h"
#include "core/summary/period.h"
#include "core/themes/themestore.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace banthuek::core {

class Notebook;

// Which notes a summary is about; empty parts do not filter. A note passes when it is about
// one of the places (or anything under them), has one of the themes (or a sub-theme) and was
// written by one of the authors.
struct SummaryFilter
{
    std::vector<std::string> placeCodes;
    std::vector<std::string> themeIds;
    std::vector<std::string> authors;
};

// The figures at the top, for one period. Trash left out.
struct SummaryFigures
{
    std::int64_t fieldNotes = 0;
    std::int64_t minutes = 0;
    std::int64_t articles = 0;
    std::int64_t comments = 0;     // written in the period, on the notes the filter passes
    std::int64_t facilitators = 0; // different authors of field notes
    std::int64_t subdistricts = 0; // different subdistricts of field notes
    friend bool operator==(const SummaryFigures&, const SummaryFigures&) = default;
};

struct SummaryNote
{
    std::string id;
    std::int64_t record = 0;
    NoteKind kind = NoteKind::FieldNote;
    std::string title;
    CivilDate date; // the event date, else the day it was written
    std::string author;
    std::string opening; // the first paragraph, shortened at a word boundary when long
};

// A subdistrict (or a higher place a note names directly) and its notes of the period.
struct SummaryPlace
{
    Place place;
    std::vector<std::size_t> notes; // indexes into Summary::notes, by date then record
};

struct SummaryDistrict
{
    Place district; // a province when the notes name only the province
    std::string provinceTh;
    std::string provinceEn;
    std::vector<SummaryPlace> places; // Thai order
    std::int64_t notes = 0;           // each note once
};

// A subdistrict whose last field note, by the period's last day, is 60 or more days old (and
// not older than a year: a place the team has left is not one to visit next week).
struct QuietPlace
{
    Place subdistrict;
    std::string districtTh;
    std::string districtEn;
    CivilDate lastFieldNote;
    int days = 0;
};

struct SummaryTheme
{
    Theme theme; // a top-level theme: its sub-themes' notes are counted with it
    std::vector<std::size_t> notes;
};

struct SummaryMeeting
{
    std::size_t note = 0; // index into Summary::notes
    std::string series;
    std::optional<int> number;
    std::vector<std::pair<std::string, std::string>> decisions; // agenda item, its resolution (มติ)
};

struct OwnerActions
{
    std::string owner; // a person's name or an organisation's short name; empty: nobody named
    std::int64_t opened = 0;
    std::int64_t done = 0;
    std::int64_t overdue = 0; // at the period's end
    std::int64_t open = 0;    // still open at the period's end, overdue included
};

// A master-plan item whose status or progress moved in the period: where it stood before the
// period's first change, and after its last.
struct PlanItemChange
{
    Place community;
    std::string plan;
    std::string item;
    std::optional<ItemStatus> fromStatus; // none: the item was added in the period
    ItemStatus toStatus = ItemStatus::Proposed;
    std::optional<int> fromProgress;
    int toProgress = 0;
};

struct Summary
{
    Period period;
    CivilDate asOf; // the period's last day, or today while the period runs: "at the end" figures
    SummaryFilter filter;
    std::vector<Place> filterPlaces; // the filter's places and themes, for the report to name
    std::vector<Theme> filterThemes;
    SummaryFigures figures;
    SummaryFigures previousFigures;         // the period before, the same filter
    std::vector<SummaryNote> notes;         // every note of the period, by date then record
    std::vector<SummaryDistrict> districts; // by province, then district, in Thai order
    std::vector<std::size_t> placeless;     // notes naming no place
    std::vector<QuietPlace> quietPlaces;    // quiet for kQuietDays to kLeftDays, longest quiet first
    std::int64_t placesLeft = 0;            // subdistricts whose last field note is older still
    std::vector<SummaryTheme> themes;       // most notes first
    std::vector<std::size_t> themeless;
    std::vector<SummaryMeeting> meetings;    // by date
    OwnerActions actionTotals;               // owner left empty
    std::vector<OwnerActions> owners;        // most open first, then Thai order
    std::vector<ActionRow> overdueActions;   // at the period's end, oldest due first
    bool plansExist = false;                 // any plan under the filter's places: the section is shown
    std::vector<PlanItemChange> planChanges; // by community code, plan, item
};

constexpr int kQuietDays = 60;
constexpr int kLeftDays = 365; // quiet longer than a year: counted, not listed

// Everything a summary of `period` says, for the notes `filter` passes. Reads only.
// Throws NotFound for a place or theme in the filter that does not exist.
// Quiet places, overdue and open items are counted at the period's end, or at `today` while the
// period has not ended.
[[nodiscard]] Summary computeSummary(const Notebook& notebook, const Period& period,
                                     const SummaryFilter& filter = {},
                                     const CivilDate& today = core::today());

} // namespace banthuek::core
