// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/searchstore.h"

#include "core/notes/notestore.h"
#include "core/search/searchfilters.h"
#include "core/search/searchquery.h"
#include "core/search/searchtext.h"
#include "core/search/snippet.h"
#include "core/storage/database.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_set>

namespace banthuek::core {
namespace {

constexpr double kTitleWeight = 10.0;

// A note read for the exact check, its fields folded.
struct NoteText {
    std::string id;
    std::int64_t record = 0;
    std::string title;
    std::string body;
    std::vector<std::string> comments;
    std::vector<std::string> folded; // title, body, then each comment
};

std::optional<NoteText> readNote(Database& db, std::int64_t rowid)
{
    auto row = db.cached("SELECT id, record, title, body FROM notes WHERE rowid = ?1 AND trashed_ms IS NULL");
    if (!row->bind(1, rowid).step()) {
        return std::nullopt;
    }
    NoteText note{row->text(0), row->integer(1), row->text(2), row->text(3), {}, {}};
    auto comments = db.cached("SELECT body FROM comments WHERE note_id = ?1 ORDER BY rowid");
    comments->bind(1, note.id);
    while (comments->step()) {
        note.comments.push_back(comments->text(0));
    }
    note.folded.push_back(searchText(note.title));
    note.folded.push_back(searchText(note.body));
    for (const std::string& comment : note.comments) {
        note.folded.push_back(searchText(comment));
    }
    return note;
}

SearchHit hitFor(const NoteText& note, const ParsedQuery& query)
{
    SearchHit hit;
    hit.noteId = note.id;
    hit.record = note.record;
    hit.title = note.title;
    // The snippet comes from the body where it matches, else the title, else a comment.
    Snippet snippet = makeSnippet(note.body, query);
    for (std::size_t i = 0; snippet.text.empty() && i <= note.comments.size(); ++i) {
        snippet = makeSnippet(i == 0 ? note.title : note.comments[i - 1], query);
    }
    hit.snippet = std::move(snippet.text);
    hit.highlights = std::move(snippet.highlights);
    return hit;
}

// Keeps rowids a filter allows (all when there is no filter).
class Scope {
public:
    Scope(Database& db, const NoteStore& notes, const SearchScope& scope)
    {
        if (!scope.narrowed()) {
            return;
        }
        m_narrowed = true;
        for (const std::int64_t rowid : notes.listRowids(scope.filter)) {
            m_allowed.insert(rowid);
        }
        if (!scope.places.empty()) {
            std::unordered_set<std::int64_t> underAny;
            NoteFilter byPlace;
            for (const std::string& code : scope.places) {
                byPlace.placeCode = code;
                for (const std::int64_t rowid : notes.listRowids(byPlace)) {
                    if (m_allowed.contains(rowid)) {
                        underAny.insert(rowid);
                    }
                }
            }
            m_allowed = std::move(underAny);
        }
        if (!scope.authors.empty()) {
            std::unordered_set<std::int64_t> byAuthor;
            auto rows = db.cached("SELECT rowid FROM notes WHERE author IN (SELECT value FROM json_each(?1))");
            rows->bind(1, nlohmann::json(scope.authors).dump());
            while (rows->step()) {
                if (m_allowed.contains(rows->integer(0))) {
                    byAuthor.insert(rows->integer(0));
                }
            }
            m_allowed = std::move(byAuthor);
        }
    }
    [[nodiscard]] bool allows(std::int64_t rowid) const { return !m_narrowed || m_allowed.contains(rowid); }

private:
    bool m_narrowed = false;
    std::unordered_set<std::int64_t> m_allowed;
};

// Collects the page: every candidate is checked against its text, `offset` good ones are
// skipped, then up to `limit` kept; one more tells whether another page follows.
class Page {
public:
    Page(const SearchRequest& request) : m_skip(std::max(0, request.offset)), m_limit(std::max(0, request.limit)) {}

    [[nodiscard]] bool full() const { return m_results.more; }

    void offer(Database& db, std::int64_t rowid, const ParsedQuery& query, double score, bool wholeWord)
    {
        const auto note = readNote(db, rowid);
        if (!note || !matchesFields(query, note->folded)) {
            return;
        }
        if (m_skip > 0) {
            --m_skip;
            return;
        }
        if (static_cast<int>(m_results.hits.size()) == m_limit) {
            m_results.more = true;
            return;
        }
        SearchHit hit = hitFor(*note, query);
        hit.score = score;
        hit.wholeWord = wholeWord;
        m_results.hits.push_back(std::move(hit));
    }

    SearchResults take() { return std::move(m_results); }

private:
    int m_skip;
    int m_limit;
    SearchResults m_results;
};

} // namespace

SearchResults SearchStore::search(const SearchRequest& request) const
{
    const ParsedQuery query = parseQuery(request.query);
    const SearchScope scope = resolveScope(query.filters, request.filter, m_db, m_places, m_themes);
    if (!scope.problem.empty() || !query.hasTerms()) {
        SearchResults none;
        none.problem = scope.problem;
        return none;
    }
    const Scope allowed(m_db, m_notes, scope);
    Page page(request);

    // Tier 1: whole words in the title or body, from the word index alone, best first.
    std::vector<std::pair<double, std::int64_t>> ranked;
    auto words = m_db.cached("SELECT rowid, banthuek_rank(note_search, ?2, 1.0) FROM note_search WHERE note_search MATCH ?1");
    words->bind(1, wordsExpression(query)).bind(2, kTitleWeight);
    while (words->step()) {
        if (allowed.allows(words->integer(0))) {
            ranked.emplace_back(-words->real(1), -words->integer(0)); // ties: newer notes first
        }
    }
    std::sort(ranked.begin(), ranked.end());
    std::unordered_set<std::int64_t> seen;
    for (const auto& [score, rowid] : ranked) {
        if (page.full()) {
            break;
        }
        page.offer(m_db, -rowid, query, -score, true);
    }

    // Tier 2: every other note the word-part index cannot rule out, newest first, each
    // checked against its text: part words, phrases ICU splits otherwise, comments.
    if (!page.full()) {
        for (const auto& [score, rowid] : ranked) {
            seen.insert(-rowid);
        }
        auto parts = m_db.cached("SELECT rowid FROM note_parts WHERE note_parts MATCH ?1 ORDER BY rowid DESC");
        parts->bind(1, partsExpression(query));
        while (!page.full() && parts->step()) {
            const std::int64_t rowid = parts->integer(0);
            if (!seen.contains(rowid) && allowed.allows(rowid)) {
                page.offer(m_db, rowid, query, 0, false);
            }
        }
    }
    return page.take();
}

std::vector<SearchHit> SearchStore::search(const std::string& query, int limit, int offset) const
{
    SearchRequest request;
    request.query = query;
    request.limit = limit;
    request.offset = offset;
    return search(request).hits;
}

std::int64_t SearchStore::reindex(const std::function<void(double)>& progress)
{
    // Index by index, in slices of notes, so a progress bar can move; one transaction, so a
    // failure leaves the old indexes.
    constexpr std::int64_t kSlice = 2000;
    Transaction transaction(m_db);
    auto span = m_db.cached("SELECT COALESCE(max(rowid), 0) FROM notes");
    const std::int64_t lastNote = span->step() ? span->integer(0) : 0;
    auto commentSpan = m_db.cached("SELECT COALESCE(max(rowid), 0) FROM comments");
    const std::int64_t lastComment = commentSpan->step() ? commentSpan->integer(0) : 0;
    const std::int64_t total = 2 * lastNote + lastComment;
    std::int64_t done = 0;
    struct Index {
        const char* clear;
        const char* fill;
        std::int64_t last;
    };
    const Index indexes[] = {
        {"INSERT INTO note_search (note_search) VALUES ('delete-all')",
         "INSERT INTO note_search (rowid, title, body) SELECT rowid, title, body FROM notes WHERE rowid BETWEEN ?1 AND ?2",
         lastNote},
        {"INSERT INTO comment_search (comment_search) VALUES ('delete-all')",
         "INSERT INTO comment_search (rowid, body) SELECT rowid, body FROM comments WHERE rowid BETWEEN ?1 AND ?2",
         lastComment},
        {"INSERT INTO note_parts (note_parts) VALUES ('delete-all')",
         "INSERT INTO note_parts (rowid, title, body, comments) SELECT * FROM note_parts_text WHERE id BETWEEN ?1 AND ?2",
         lastNote},
    };
    for (const Index& index : indexes) {
        m_db.exec(index.clear);
        for (std::int64_t first = 1; first <= index.last; first += kSlice) {
            m_db.cached(index.fill)->bind(1, first).bind(2, first + kSlice - 1).run();
            done += std::min(kSlice, index.last - first + 1);
            if (progress && total > 0) {
                progress(static_cast<double>(done) / static_cast<double>(total));
            }
        }
    }
    auto size = m_db.cached("SELECT COALESCE(sum(length(CAST(title AS BLOB)) + length(CAST(body AS BLOB))), 0) "
                            "+ (SELECT COALESCE(sum(length(CAST(body AS BLOB))), 0) FROM comments) FROM notes");
    const std::int64_t bytes = size->step() ? size->integer(0) : 0;
    transaction.commit();
    return bytes;
}

} // namespace banthuek::core
