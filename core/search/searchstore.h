// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/note.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace banthuek::core {

class Database;
class NoteStore;
class PlaceStore;
class ThemeStore;

struct SearchHit
{
    std::string noteId;
    std::int64_t record = 0;
    std::string title;
    double score = 0;       // larger is better; 0 for notes that contain the query only as part of words
    bool wholeWord = false; // the title or body has the query as whole words
    std::string snippet;    // text around the best match, from the original
    std::vector<std::pair<std::size_t, std::size_t>> highlights; // byte ranges in the snippet
};

struct SearchRequest
{
    std::string query;
    // The sidebar's selection and the command line's filters: kind, place, theme, author and
    // dates are used; typed filters in the query (place:, theme:, ...) narrow it further.
    NoteFilter filter;
    int limit = 20;
    int offset = 0;
};

struct SearchResults
{
    std::vector<SearchHit> hits;
    bool more = false;   // another page follows
    std::string problem; // a typed filter that names nothing known, said so a user can fix it
};

// Full-text search over note titles, bodies and comments (notes in the Trash excluded).
// A note matches when, after searchText folding, its fields contain every term of the query:
// whole words or parts of words alike (ชน finds ชุมชน), as complete as reading every note.
// Query language: words (all must match), "quoted phrases", -excluded words, OR between
// words, and typed filters (see searchquery.h). Results are ranked in two tiers: notes whose
// title or body has the terms as whole words (the ICU word index, title weighing 10x the body)
// first, best first; then the rest (part-word matches, matches only in comments), newest first.
// Every result is checked against its text, so no index can give a wrong one. Nothing a user
// types makes it fail; a query with no words returns no results.
class SearchStore final
{
public:
    SearchStore(Database& db, const NoteStore& notes, PlaceStore& places, const ThemeStore& themes)
        : m_db(db), m_notes(notes), m_places(places), m_themes(themes)
    {
    }

    [[nodiscard]] SearchResults search(const SearchRequest& request) const;
    [[nodiscard]] std::vector<SearchHit> search(const std::string& query, int limit = 20,
                                                int offset = 0) const;

    // Rebuilds every search index from the notes and comments; returns the bytes of text
    // indexed. `progress` (0..1) is called between the indexes.
    std::int64_t reindex(const std::function<void(double)>& progress = {});

    // FTS5 merges an index's segments as part of the write that fills a level, so at 100,000
    // notes an unlucky save waits for a merge of the large ones. With merges off (the setting is
    // stored in the file; a level of 16 segments is still merged at once, so reading never
    // degrades far), the merging is left to mergeStep(), which an application calls in pauses.
    void setAutomaticMerges(bool on);
    // One bounded step of merging: about `pages` pages written in each index that has a level
    // worth merging, in a transaction of its own. False when no index had anything to merge.
    bool mergeStep(int pages);

private:
    Database& m_db;
    const NoteStore& m_notes;
    PlaceStore& m_places;
    const ThemeStore& m_themes;
};

// A word index against its texts: rows of notes or comments it has no entry for, and entries
// for rows that are gone. FTS5 on this SQLite checks an external-content index only against
// itself, so a load that forgot to index its notes would pass integrity_check; this compares
// the rowids each index records (its docsize table) with the rowids of its texts.
struct SearchIndexGap
{
    std::string index; // note_search, note_titles, comment_search or note_parts
    std::int64_t texts = 0;
    std::int64_t missing = 0;
    std::int64_t stale = 0;
};
[[nodiscard]] std::vector<SearchIndexGap> searchIndexGaps(Database& db);
// The word indexes' names; each keeps its words in tables named after it (note_search_data...).
[[nodiscard]] std::vector<std::string> searchIndexNames();

// For merges that change notes already here as well as adding new ones (team exchange), inside
// the merge's transaction: the documents of the notes named are taken out of the word-part
// index first, the per-write triggers are paused, and finish() puts back the documents of
// those notes (as they are then) and of every note added meanwhile. Each note is indexed once,
// however many of its comments arrive. The caller names every note whose text, comments or
// meeting details may change; naming more is harmless.
class PartsRewrite final
{
public:
    PartsRewrite(Database& db, const std::vector<std::string>& noteIds);
    ~PartsRewrite();
    PartsRewrite(const PartsRewrite&) = delete;
    PartsRewrite& operator=(const PartsRewrite&) = delete;

    void finish();

private:
    Database& m_db;
    bool m_active = true;
};

// For loads that only add notes and their comments (generate, import), inside the load's
// transaction: the search indexes are not updated write by write but once, for every note and
// comment added, when finish() is called. Write by write, FTS5 writes a segment per statement
// (it flushes at every savepoint) and the word-part index would index a note again with each
// of its comments. Dropped without finish() (an error), it only un-pauses; the transaction's
// rollback undoes the rest.
class SearchBulkLoad final
{
public:
    explicit SearchBulkLoad(Database& db);
    ~SearchBulkLoad();
    SearchBulkLoad(const SearchBulkLoad&) = delete;
    SearchBulkLoad& operator=(const SearchBulkLoad&) = delete;

    void finish();

private:
    Database& m_db;
    bool m_active = true;
};

} // namespace banthuek::core
