// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/dates.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace banthuek::core {

enum class NoteKind { FieldNote, Minutes, Article };

// Stable names used in the file, the CLI and JSON: field_note, minutes, article.
[[nodiscard]] std::string_view kindName(NoteKind kind);
[[nodiscard]] std::optional<NoteKind> parseKind(std::string_view name);
// A kind as a user may type it: field_note, minutes, article, or its Thai or English name
// (บันทึกภาคสนาม, รายงานการประชุม, บทความ, "field note"), in any case.
[[nodiscard]] std::optional<NoteKind> kindFromUserText(std::string_view value);

// What a user edits. Places are DOPA codes; themes are theme ids.
struct NoteDraft
{
    NoteKind kind = NoteKind::FieldNote;
    std::string title;
    std::string body; // Markdown
    std::string author;
    std::optional<CivilDate> eventDate;
    std::string licence;
    bool published = false;
    std::vector<std::string> placeCodes;
    std::vector<std::string> themeIds;
    std::vector<std::string> personIds;       // people the note is about or with
    std::vector<std::string> organisationIds; // organisations the note is about or with
};

struct Note
{
    std::string id;
    std::int64_t record = 0; // หมายเลขบันทึก, shown to users
    NoteDraft content;
    std::int64_t createdMs = 0;
    std::int64_t updatedMs = 0;
    std::optional<std::int64_t> trashedMs;
};

// Which parts of a note a save changed: what views need to know to update only what shows
// them (a list row, the search results, the counts). Tags compare as sets.
struct NoteChanges
{
    bool kind = false;
    bool title = false;
    bool body = false;
    bool author = false;
    bool eventDate = false;
    bool licence = false;
    bool published = false;
    bool places = false;
    bool themes = false;
    bool people = false;
    bool organisations = false;

    [[nodiscard]] static NoteChanges between(const NoteDraft& before, const NoteDraft& after);
    [[nodiscard]] bool tags() const { return places || themes || people || organisations; }
    [[nodiscard]] bool any() const
    {
        return kind || title || body || author || eventDate || licence || published || tags();
    }
    friend bool operator==(const NoteChanges&, const NoteChanges&) = default;
};

// A save's result: the note as stored and what the save changed.
struct NoteSaved
{
    Note note;
    NoteChanges changed;
};

// Where an imported note came from: a GotoKnow post, a file of a Markdown folder. Importing the
// same source again updates its note.
struct NoteSource
{
    std::string site;                      // "gotoknow", "markdown", ...
    std::string ref;                       // the source's own name for it: a post's number, a path
    std::string url;                       // where it can be read, when it has an address
    std::optional<std::int64_t> writtenMs; // when it was first written there
    std::optional<std::int64_t> editedMs;  // when it was last edited there
    friend bool operator==(const NoteSource&, const NoteSource&) = default;
};

// A row of a note list: enough to show, without the body.
struct NoteSummary
{
    std::string id;
    std::int64_t record = 0;
    NoteKind kind = NoteKind::FieldNote;
    std::string title;
    std::string author;
    std::optional<CivilDate> eventDate;
    bool published = false;
    std::int64_t updatedMs = 0;
    std::optional<std::int64_t> trashedMs;
    std::vector<std::string> placeCodes;
    std::vector<std::string> themeNames;   // Thai names
    std::string excerpt;                   // the body's first line of text, without Markdown marks
    std::optional<std::string> firstPhoto; // sha256 of the first photo the text shows
};

// A photo a note's text shows now (not one only a past revision showed), for a page's photos.
struct NotePhoto
{
    std::string sha256;
    std::string name;                   // the file's name as first attached
    std::optional<std::string> takenAt; // EXIF date taken, "YYYY-MM-DDTHH:MM:SS"
    std::string noteId;
    std::string noteTitle;
    std::optional<CivilDate> eventDate; // the note's date
};

// The first non-empty line of Markdown text, without heading, quote, list or emphasis marks.
[[nodiscard]] std::string firstLine(std::string_view markdown);
// The first line of text that is not a heading (else the first line), as firstLine gives it:
// a note's opening paragraph for a report.
[[nodiscard]] std::string firstParagraph(std::string_view markdown);

enum class NoteSort {
    EventDateDesc,
    EventDateAsc,
    TitleThai,
    TitleThaiDesc,
    RecordAsc,
    RecordDesc,
    UpdatedDesc
};
enum class TrashFilter { Exclude, Only, Include };

struct NoteFilter
{
    std::optional<NoteKind> kind;
    std::optional<std::string>
        placeCode;                      // a province, district, subdistrict or village: matches all under it
    std::optional<std::string> themeId; // matches the theme and its sub-themes
    std::optional<std::string> author;
    std::optional<std::string> personId;       // notes tagged with this person
    std::optional<std::string> organisationId; // notes tagged with this organisation
    std::optional<CivilDate> from;             // inclusive
    std::optional<CivilDate> to;               // inclusive
    std::optional<bool> published;
    std::optional<std::string> quickText; // narrows by title or author as the user types
    TrashFilter trash = TrashFilter::Exclude;
    NoteSort sort = NoteSort::EventDateDesc;
    std::int64_t limit = -1; // -1: all
    std::int64_t offset = 0;

    friend bool operator==(const NoteFilter&, const NoteFilter&) = default;
};

// How many notes (not in the Trash) are tagged with a place or theme, for the sidebar.
// A place's count includes everything under it; a theme's includes its sub-themes. A note
// tagged twice under the same place or theme is counted once.
struct TagCount
{
    std::string key; // place code or theme id
    std::int64_t notes = 0;
};

struct Revision
{
    std::int64_t id = 0;
    std::string noteId;
    std::string title;
    std::string body;
    std::int64_t savedMs = 0; // when this text was saved, before it was replaced
};

} // namespace banthuek::core
