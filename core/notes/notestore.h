// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/note.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace banthuek::core {

class Database;

// Notes and their revisions. Each call that writes is one transaction (nested inside the
// caller's when there is one); text is normalised and checked before anything is written.
// Team record numbers start here (see NoteStore::nextRecord).
inline constexpr std::int64_t kTeamRecordBase = 1'000'000;

// A number for a note that met another of the same number (two laptops drew the same slot):
// from its id, among the numbers no slot uses (record % 1000 = 0), the first one free here.
// Every laptop works out the same number for the same note.
[[nodiscard]] std::int64_t separateRecord(Database& db, const std::string& noteId);

class NoteStore final
{
public:
    explicit NoteStore(Database& db) : m_db(db) {}

    [[nodiscard]] Note create(const NoteDraft& draft);
    // A note brought back from an export keeps its id and record number when this notebook has
    // neither yet (else it gets new ones, as create gives).
    struct Identity
    {
        std::string id;
        std::int64_t record = 0;
    };
    [[nodiscard]] Note create(const NoteDraft& draft, const Identity& keep);
    // Saves new content and says what changed. When title or body changed, the previous text
    // becomes a revision; a draft equal to the note writes nothing.
    [[nodiscard]] NoteSaved save(const std::string& id, const NoteDraft& draft);
    [[nodiscard]] Note update(const std::string& id, const NoteDraft& draft); // save(...).note
    [[nodiscard]] Note get(const std::string& id) const;
    [[nodiscard]] std::optional<Note> findByRecord(std::int64_t record) const;
    // Imported notes (notesources.cpp): where a note came from, and the note a source became.
    [[nodiscard]] std::optional<NoteSource> source(const std::string& id) const;
    [[nodiscard]] std::optional<std::string> findBySource(const std::string& site,
                                                          const std::string& ref) const;
    void setSource(const std::string& id, const NoteSource& source);
    // An imported note keeps the times its source gives, not the time of the import.
    void setTimes(const std::string& id, std::int64_t createdMs, std::int64_t updatedMs);

    [[nodiscard]] std::vector<NoteSummary> list(const NoteFilter& filter = {}) const;
    // The ids a list would show, in its order: cheap, for views that load rows as they scroll.
    [[nodiscard]] std::vector<std::string> listIds(const NoteFilter& filter = {}) const;
    // The first `first` ids of a list and the length of the whole list, for a view that paints
    // before it reads the rest (100,000 ids take about 30 ms). Without a tag filter an index
    // counts the rest; with one, counting costs what reading does, so every id is read.
    struct ListStart
    {
        std::vector<std::string> ids;
        std::int64_t total = 0;
    };
    [[nodiscard]] ListStart listStart(const NoteFilter& filter, std::int64_t first) const;
    // The rowids of every note the filter lets through (its sort, limit and offset ignored),
    // ascending: for narrowing search results.
    [[nodiscard]] std::vector<std::int64_t> listRowids(const NoteFilter& filter) const;
    // List rows for these notes, in the order given (ids that no longer exist are left out).
    [[nodiscard]] std::vector<NoteSummary> summaries(const std::vector<std::string>& ids) const;
    [[nodiscard]] std::int64_t count(const NoteFilter& filter = {}) const;
    // The photos the notes of a list show, newest first (date taken, else the note's date), each
    // photo once per note; at most `limit`.
    [[nodiscard]] std::vector<NotePhoto> photos(const NoteFilter& filter, std::int64_t limit = 5000) const;
    // Places that have notes, at every level (province to village), with their counts.
    [[nodiscard]] std::vector<TagCount> countsByPlace() const;
    // Everyone who wrote a note (the Trash included), in Thai order.
    [[nodiscard]] std::vector<std::string> authors() const;
    // Themes that have notes (directly or through sub-themes), with their counts.
    [[nodiscard]] std::vector<TagCount> countsByTheme() const;
    // People and organisations tagged on notes, with their counts.
    [[nodiscard]] std::vector<TagCount> countsByPerson() const;
    [[nodiscard]] std::vector<TagCount> countsByOrganisation() const;

    void trash(const std::string& id);
    void restore(const std::string& id);
    // Deletes a note with its comments, links and revisions. Only notes in the Trash.
    void deleteForever(const std::string& id);
    // Deletes every trashed note; returns how many.
    std::int64_t emptyTrash();

    [[nodiscard]] std::vector<Revision> revisions(const std::string& noteId) const;
    // Makes a revision's text the current text (keeping the replaced text as a revision too).
    [[nodiscard]] Note restoreRevision(std::int64_t revisionId);

private:
    [[nodiscard]] NoteDraft normalized(const NoteDraft& draft) const;
    void writeLinks(const std::string& id, const NoteDraft& draft, const NoteChanges& changed);
    void writePlaces(const std::string& id, const NoteDraft& draft);
    void writeThemes(const std::string& id, const NoteDraft& draft);
    void writePeople(const std::string& id, const NoteDraft& draft);
    void writeOrganisations(const std::string& id, const NoteDraft& draft);
    void requireExists(const std::string& id) const;
    [[nodiscard]] std::vector<TagCount> simpleCounts(const std::string& sql) const;
    [[nodiscard]] std::int64_t nextRecord();

    Database& m_db;
    std::pair<std::int64_t, std::int64_t> m_teamRecord{0, 0}; // slot, last record given in it
};

} // namespace banthuek::core
