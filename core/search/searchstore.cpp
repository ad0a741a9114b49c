// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/searchstore.h"

#include "core/notes/notestore.h"
#include "core/search/fts5tokenizer.h"
#include "core/search/searchfilters.h"
#include "core/search/searchquery.h"
#include "core/search/searchtext.h"
#include "core/search/snippet.h"
#include "core/search/tokenpipeline.h"
#include "core/storage/database.h"
#include "core/text/collation.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <unordered_set>

namespace banthuek::core {
namespace {

constexpr double kTitleWeight = 10.0;

// A note read for the exact check, its fields folded (title and body with their map back to
// the original, for the snippet).
struct NoteText
{
    std::string id;
    std::int64_t record = 0;
    std::string title;
    std::string body;
    std::vector<std::string> comments; // and a meeting's agenda and action items
    FoldedText foldedTitle;
    FoldedText foldedBody;
    std::vector<std::string> foldedComments;

    [[nodiscard]] std::vector<std::string_view> foldedFields() const
    {
        std::vector<std::string_view> fields{foldedTitle.text, foldedBody.text};
        fields.insert(fields.end(), foldedComments.begin(), foldedComments.end());
        return fields;
    }
};

// The note's title and body, folded; its comments come separately (addComments), as most
// notes are found by their title or body alone.
std::optional<NoteText> readNote(Database& db, std::int64_t rowid)
{
    auto row = db.cached("SELECT id, record, title, body FROM notes WHERE rowid = ?1 AND trashed_ms IS NULL");
    if (!row->bind(1, rowid).step()) {
        return std::nullopt;
    }
    NoteText note;
    note.id = row->text(0);
    note.record = row->integer(1);
    note.title = row->text(2);
    note.body = row->text(3);
    note.foldedTitle = foldForSearch(note.title);
    note.foldedBody = foldForSearch(note.body);
    return note;
}

// Comments, and a meeting's venue, agenda and action items: the word-part index's third
// column, read from the same view so the check sees what was indexed.
void addComments(Database& db, std::int64_t rowid, NoteText& note)
{
    auto extras = db.cached("SELECT comments FROM note_parts_text WHERE id = ?1");
    if (extras->bind(1, rowid).step()) {
        if (auto text = extras->optionalText(0)) {
            note.comments.push_back(std::move(*text));
            note.foldedComments.push_back(searchText(note.comments.back()));
        }
    }
}

// Whether the note satisfies the query, reading its comments only when its title and body do
// not settle it: a term they lack, or an exclusion (which the comments must not hold either).
// When they do, the snippet comes from them too, so the comments are not needed at all.
bool matchesNote(Database& db, std::int64_t rowid, const ParsedQuery& query, NoteText& note)
{
    const bool excludes = std::any_of(query.clauses.begin(), query.clauses.end(), [](const QueryClause& c) {
        return !c.anyOf.empty() && c.anyOf.front().excluded;
    });
    if (!excludes && matchesFields(query, note.foldedFields())) {
        return true;
    }
    addComments(db, rowid, note);
    return matchesFields(query, note.foldedFields());
}

SearchHit hitFor(const NoteText& note, const ParsedQuery& query)
{
    SearchHit hit;
    hit.noteId = note.id;
    hit.record = note.record;
    hit.title = note.title;
    // The snippet comes from the body where it matches, else the title, else a comment.
    Snippet snippet = makeSnippet(note.body, note.foldedBody, query);
    if (snippet.text.empty()) {
        snippet = makeSnippet(note.title, note.foldedTitle, query);
    }
    for (std::size_t i = 0; snippet.text.empty() && i < note.comments.size(); ++i) {
        snippet = makeSnippet(note.comments[i], query);
    }
    hit.snippet = std::move(snippet.text);
    hit.highlights = std::move(snippet.highlights);
    return hit;
}

// Keeps rowids a filter allows (all when there is no filter).
class Scope
{
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
            auto rows =
                db.cached("SELECT rowid FROM notes WHERE author IN (SELECT value FROM json_each(?1))");
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
class Page
{
public:
    Page(const SearchRequest& request)
        : m_skip(std::max(0, request.offset)), m_limit(std::max(0, request.limit))
    {
    }

    [[nodiscard]] bool full() const { return m_results.more; }
    // Candidates enough for the page and the look-ahead, with room for a few that fail the check.
    [[nodiscard]] std::size_t wanted() const { return static_cast<std::size_t>(m_skip + m_limit) + 1 + 16; }

    void offer(Database& db, std::int64_t rowid, const ParsedQuery& query, double score, bool wholeWord)
    {
        auto note = readNote(db, rowid);
        if (!note || !matchesNote(db, rowid, query, *note)) {
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

struct RankedNote
{
    double score = 0;
    std::int64_t rowid = 0;
};

// Better ranks first; among equals, the newer note (rowids grow with time).
bool ranksBefore(const RankedNote& a, const RankedNote& b)
{
    return a.score != b.score ? a.score > b.score : a.rowid > b.rowid;
}

// The `wanted` best notes offered so far (every one when wanted = 0), the worst of them at the
// front of a heap: a word in 30,000 notes costs no 30,000-row array to grow and sort.
class TopNotes
{
public:
    explicit TopNotes(std::size_t wanted) : m_wanted(wanted) {}

    void offer(const RankedNote& note)
    {
        if (m_wanted == 0 || m_heap.size() < m_wanted) {
            m_heap.push_back(note);
            std::push_heap(m_heap.begin(), m_heap.end(), ranksBefore);
            return;
        }
        m_dropped = true;
        if (ranksBefore(note, m_heap.front())) {
            std::pop_heap(m_heap.begin(), m_heap.end(), ranksBefore);
            m_heap.back() = note;
            std::push_heap(m_heap.begin(), m_heap.end(), ranksBefore);
        }
    }
    // Whether no older note scoring at most `bound` could still enter.
    [[nodiscard]] bool closedTo(double bound) const
    {
        return m_wanted > 0 && m_heap.size() == m_wanted && m_heap.front().score >= bound - 1e-9;
    }
    [[nodiscard]] bool dropped() const { return m_dropped; }
    std::vector<RankedNote> take()
    {
        std::sort_heap(m_heap.begin(), m_heap.end(), ranksBefore);
        return std::move(m_heap);
    }

private:
    std::size_t m_wanted;
    bool m_dropped = false;
    std::vector<RankedNote> m_heap;
};

struct RankedNotes
{
    std::vector<RankedNote> notes; // best first
    bool complete = true;          // every match is in `notes`
};

// Past this many notes with a query word in the title, ranking them one by one costs more
// than reading the matches newest first (about 34 us a note at 100,000 notes).
constexpr std::size_t kMaxTitleLookups = 48;

// The notes whose title holds any of the query's words, newest first; none when there are
// more than kMaxTitleLookups.
std::optional<std::vector<std::int64_t>> notesWithTitleWords(Database& db, const ParsedQuery& query)
{
    auto rows =
        db.cached("SELECT rowid FROM note_titles WHERE note_titles MATCH ?1 ORDER BY rowid DESC LIMIT ?2");
    rows->bind(1, anyWordExpression(query)).bind(2, static_cast<std::int64_t>(kMaxTitleLookups + 1));
    std::vector<std::int64_t> rowids;
    while (rows->step()) {
        rowids.push_back(rows->integer(0));
    }
    if (rowids.size() > kMaxTitleLookups) {
        return std::nullopt;
    }
    return rowids;
}

// Ranks the whole-word matches, keeping the `wanted` best (every match when wanted = 0).
// Matches are read newest first, and reading stops once no unread note could enter the best:
// - A note's score is at most `phrases` times the best one phrase can reach (in the title and
//   twice in the body), so `wanted` notes at that score end it (a word in most titles).
// - A word in the title outweighs any count in the body. When few notes have a query word in
//   their title, they are ranked first, one look-up each; every other note is held to the best
//   score of the body alone, which a frequent word reaches within a few hundred notes.
RankedNotes rankWholeWords(Database& db, const ParsedQuery& query, const Scope& allowed, std::size_t wanted)
{
    RankedNotes ranked;
    const std::string expression = wordsExpression(query, false);
    if (expression.empty()) {
        return ranked;
    }
    const auto phrases = static_cast<double>(query.phraseCount());
    double bound = phrases * bestRankPerPhrase(kTitleWeight, 1.0);
    TopNotes top(wanted);
    std::unordered_set<std::int64_t> looked;
    if (const auto titled = wanted > 0 ? notesWithTitleWords(db, query) : std::nullopt) {
        for (const std::int64_t rowid : *titled) {
            looked.insert(rowid);
            auto one = db.cached("SELECT banthuek_rank(note_search, ?2, 1.0) FROM note_search WHERE "
                                 "note_search MATCH ?1 AND rowid = ?3");
            one->bind(1, expression).bind(2, kTitleWeight).bind(3, rowid);
            if (allowed.allows(rowid) && one->step()) { // no row: it lacks another query word
                top.offer({one->real(0), rowid});
            }
        }
        bound = phrases * bestRankPerPhrase(0, 1.0);
    }
    auto rows = db.cached(
        "SELECT rowid, banthuek_rank(note_search, ?2, 1.0) FROM note_search WHERE note_search MATCH ?1 "
        "ORDER BY rowid DESC");
    rows->bind(1, expression).bind(2, kTitleWeight);
    bool stopped = false;
    while (!(stopped = top.closedTo(bound)) && rows->step()) {
        const std::int64_t rowid = rows->integer(0);
        if (!looked.contains(rowid) && allowed.allows(rowid)) {
            top.offer({rows->real(1), rowid});
        }
    }
    ranked.complete = !stopped && !top.dropped();
    ranked.notes = top.take();
    return ranked;
}

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

    // Tier 1: whole words in the title or body, from the word index alone, best first. The word
    // being typed is not a prefix here (prefixes of Thai words cost a merge of many terms):
    // until it is complete, its notes come in tier 2.
    RankedNotes ranked = rankWholeWords(m_db, query, allowed, page.wanted());
    std::unordered_set<std::int64_t> seen;
    auto offerRanked = [&] {
        for (std::size_t i = 0; i < ranked.notes.size() && !page.full(); ++i) {
            if (seen.insert(ranked.notes[i].rowid).second) {
                page.offer(m_db, ranked.notes[i].rowid, query, ranked.notes[i].score, true);
            }
        }
    };
    offerRanked();
    if (!page.full() && !ranked.complete) {
        ranked = rankWholeWords(m_db, query, allowed, 0); // the page needs more: rank them all
        offerRanked();
    }

    // Tier 2: every other note the word-part index cannot rule out, newest first, each
    // checked against its text: part words, phrases ICU splits otherwise, comments.
    if (!page.full()) {
        for (const RankedNote& note : ranked.notes) {
            seen.insert(note.rowid);
        }
        auto parts =
            m_db.cached("SELECT rowid FROM note_parts WHERE note_parts MATCH ?1 ORDER BY rowid DESC");
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

namespace {

// The texts of a table in the order an INSERT ... SELECT over it by rowid hands them to FTS5
// (column by column, NULLs skipped), read on the pipeline's thread through its own connection.
TokenPipeline::Next textsOf(const std::string& path, const std::string& sql, int columns)
{
    struct Reader
    {
        Reader(const std::string& path, const std::string& sql, int columns)
            : db(path, Database::Mode::ReadOnly), rows(prepareWithFunctions(db, sql)), column(columns)
        {
        }
        // The texts' view calls the notebook's functions, which this connection needs too.
        static Statement prepareWithFunctions(Database& db, const std::string& sql)
        {
            registerThaiCollation(db.handle());
            registerSearchExtensions(db.handle());
            return db.prepare(sql);
        }
        Database db;
        Statement rows; // declared after db: finalized before it closes
        int column;
    };
    auto reader = std::make_shared<Reader>(path, sql, columns);
    return [reader, columns]() -> std::optional<std::string> {
        while (true) {
            if (reader->column == columns) {
                if (!reader->rows.step()) {
                    return std::nullopt;
                }
                reader->column = 0;
            }
            if (auto text = reader->rows.optionalText(reader->column++)) {
                return text;
            }
        }
    };
}

} // namespace

namespace {

// Each index, and the table it holds the words of (note_parts' view has the notes' rowids).
struct IndexOf
{
    const char* index;
    const char* texts;
};
constexpr std::array<IndexOf, 4> kIndexes = {{{"note_search", "notes"},
                                              {"note_titles", "notes"},
                                              {"comment_search", "comments"},
                                              {"note_parts", "notes"}}};

// One of FTS5's special commands ('hashsize', 'automerge', 'merge') on an index.
void ftsCommand(Database& db, const std::string& table, const char* command, std::int64_t value)
{
    db.cached("INSERT INTO " + table + " (" + table + ", rank) VALUES (?1, ?2)")
        ->bind(1, command)
        .bind(2, value)
        .run();
}

} // namespace

std::int64_t SearchStore::reindex(const std::function<void(double)>& progress)
{
    // Index by index, in slices of notes, so a progress bar can move; one transaction, so a
    // failure leaves the old indexes. A second thread splits the texts ahead (TokenPipeline).
    constexpr std::int64_t kSlice = 2000;
    Transaction transaction(m_db);
    auto span = m_db.cached("SELECT COALESCE(max(rowid), 0) FROM notes");
    const std::int64_t lastNote = span->step() ? span->integer(0) : 0;
    auto commentSpan = m_db.cached("SELECT COALESCE(max(rowid), 0) FROM comments");
    const std::int64_t lastComment = commentSpan->step() ? commentSpan->integer(0) : 0;
    const std::int64_t total = 3 * lastNote + lastComment;
    std::int64_t done = 0;
    struct Index
    {
        const char* table;
        const char* clear;
        const char* fill;
        std::int64_t last;
        const char* texts;
        int columns;
        TokenPipeline::Split split;
    };
    const Index indexes[] = {
        {"note_search", "INSERT INTO note_search (note_search) VALUES ('delete-all')",
         "INSERT INTO note_search (rowid, title, body) SELECT rowid, title, body FROM notes WHERE rowid "
         "BETWEEN ?1 AND ?2",
         lastNote, "SELECT title, body FROM notes ORDER BY rowid", 2, tokenizeForSearch},
        {"note_titles", "INSERT INTO note_titles (note_titles) VALUES ('delete-all')",
         "INSERT INTO note_titles (rowid, title) SELECT rowid, title FROM notes WHERE rowid BETWEEN ?1 AND "
         "?2",
         lastNote, "SELECT title FROM notes ORDER BY rowid", 1, tokenizeForSearch},
        {"comment_search", "INSERT INTO comment_search (comment_search) VALUES ('delete-all')",
         "INSERT INTO comment_search (rowid, body) SELECT rowid, body FROM comments WHERE rowid BETWEEN ?1 "
         "AND ?2",
         lastComment, "SELECT body FROM comments ORDER BY rowid", 1, tokenizeForSearch},
        {"note_parts", "INSERT INTO note_parts (note_parts) VALUES ('delete-all')",
         "INSERT INTO note_parts (rowid, title, body, comments) SELECT * FROM note_parts_text WHERE id "
         "BETWEEN ?1 AND ?2",
         lastNote, "SELECT title, body, comments FROM note_parts_text ORDER BY id", 3, splitParts},
    };
    // FTS5 writes its pending terms out as a segment each time they pass `hashsize` (1 MB by
    // default), and merges segments as they pile up. For the rebuild, pending terms may take
    // 256 MB: a few large segments, far fewer merges (at 100,000 notes: 9.2 -> 11.7 MB/s of
    // text; the process peaks near 200 MB). Saves keep the default: their writes are small.
    auto hashSize = [this](const std::string& table, std::int64_t bytes) {
        ftsCommand(m_db, table, "hashsize", bytes);
    };
    for (const Index& index : indexes) {
        m_db.exec(index.clear);
        hashSize(index.table, std::int64_t{256} << 20);
        TokenPipeline pipeline(textsOf(m_db.path(), index.texts, index.columns), index.split);
        const TokenPipeline::Install installed(pipeline);
        for (std::int64_t first = 1; first <= index.last; first += kSlice) {
            m_db.cached(index.fill)->bind(1, first).bind(2, first + kSlice - 1).run();
            done += std::min(kSlice, index.last - first + 1);
            if (progress && total > 0) {
                progress(static_cast<double>(done) / static_cast<double>(total));
            }
        }
        hashSize(index.table, std::int64_t{1} << 20);
    }
    auto size =
        m_db.cached("SELECT COALESCE(sum(length(CAST(title AS BLOB)) + length(CAST(body AS BLOB))), 0) "
                    "+ (SELECT COALESCE(sum(length(CAST(body AS BLOB))), 0) FROM comments) FROM notes");
    const std::int64_t bytes = size->step() ? size->integer(0) : 0;
    transaction.commit();
    return bytes;
}

void SearchStore::setAutomaticMerges(bool on)
{
    Transaction transaction(m_db);
    for (const IndexOf& each : kIndexes) {
        ftsCommand(m_db, each.index, "automerge",
                   on ? 4 : 0); // 4, FTS5's own: merge once four segments share a level
    }
    transaction.commit();
}

bool SearchStore::mergeStep(int pages)
{
    Transaction transaction(m_db);
    bool merged = false;
    for (const IndexOf& each : kIndexes) {
        const std::int64_t before = m_db.changeStamp().first;
        ftsCommand(m_db, each.index, "merge", pages);
        // FTS5's documented test: the command counts as one change, and as two or more when it merged.
        merged = merged || m_db.changeStamp().first - before >= 2;
    }
    transaction.commit();
    return merged;
}

std::vector<std::string> searchIndexNames()
{
    std::vector<std::string> names;
    names.reserve(kIndexes.size());
    for (const IndexOf& each : kIndexes) {
        names.emplace_back(each.index);
    }
    return names;
}

std::vector<SearchIndexGap> searchIndexGaps(Database& db)
{
    std::vector<SearchIndexGap> gaps;
    for (const IndexOf& each : kIndexes) {
        const std::string index = each.index;
        const std::string texts = each.texts;
        const std::string recorded = index + "_docsize";
        auto counts =
            db.prepare("SELECT (SELECT count(*) FROM " + texts + "), (SELECT count(*) FROM " + texts +
                       " WHERE rowid NOT IN (SELECT id FROM " + recorded + ")), (SELECT count(*) FROM " +
                       recorded + " WHERE id NOT IN (SELECT rowid FROM " + texts + "))");
        if (counts.step()) {
            gaps.push_back(SearchIndexGap{index, counts.integer(0), counts.integer(1), counts.integer(2)});
        }
    }
    return gaps;
}

SearchBulkLoad::SearchBulkLoad(Database& db) : m_db(db)
{
    m_db.exec("INSERT INTO note_parts_paused (since_rowid) SELECT COALESCE(max(rowid), 0) FROM notes");
    m_db.exec(
        "INSERT INTO search_paused (notes_since, comments_since) SELECT (SELECT COALESCE(max(rowid), 0) "
        "FROM notes), (SELECT COALESCE(max(rowid), 0) FROM comments)");
}

SearchBulkLoad::~SearchBulkLoad()
{
    if (m_active) {
        try {
            m_db.exec("DELETE FROM note_parts_paused");
            m_db.exec("DELETE FROM search_paused");
        } catch (...) { // NOLINT(bugprone-empty-catch): the load's transaction is being rolled back anyway
        }
    }
}

void SearchBulkLoad::finish()
{
    // One statement per index, with room for the pending words of the whole load (as reindex):
    // a few large segments instead of one per note.
    const struct
    {
        const char* table;
        const char* fill;
    } indexes[] = {
        {"note_search", "INSERT INTO note_search (rowid, title, body) SELECT rowid, title, body FROM notes "
                        "WHERE rowid > (SELECT min(notes_since) FROM search_paused)"},
        {"note_titles", "INSERT INTO note_titles (rowid, title) SELECT rowid, title FROM notes "
                        "WHERE rowid > (SELECT min(notes_since) FROM search_paused)"},
        {"comment_search", "INSERT INTO comment_search (rowid, body) SELECT rowid, body FROM comments "
                           "WHERE rowid > (SELECT min(comments_since) FROM search_paused)"},
        {"note_parts", "INSERT INTO note_parts (rowid, title, body, comments) SELECT * FROM note_parts_text "
                       "WHERE id > (SELECT min(since_rowid) FROM note_parts_paused)"},
    };
    for (const auto& index : indexes) {
        ftsCommand(m_db, index.table, "hashsize", std::int64_t{256} << 20);
        m_db.exec(index.fill);
        ftsCommand(m_db, index.table, "hashsize", std::int64_t{1} << 20);
    }
    m_db.exec("DELETE FROM note_parts_paused");
    m_db.exec("DELETE FROM search_paused");
    m_active = false;
}

PartsRewrite::PartsRewrite(Database& db, const std::vector<std::string>& noteIds) : m_db(db)
{
    m_db.exec("CREATE TEMP TABLE IF NOT EXISTS parts_rewritten (id TEXT PRIMARY KEY) WITHOUT ROWID");
    m_db.exec("DELETE FROM temp.parts_rewritten");
    for (const std::string& id : noteIds) {
        m_db.cached("INSERT OR IGNORE INTO temp.parts_rewritten (id) VALUES (?1)")->bind(1, id).run();
    }
    m_db.exec("INSERT INTO note_parts (note_parts, rowid, title, body, comments) SELECT 'delete', t.* FROM "
              "note_parts_text t JOIN notes n ON n.rowid = t.id WHERE n.id IN (SELECT id FROM "
              "temp.parts_rewritten)");
    m_db.exec("INSERT INTO note_parts_paused (since_rowid) SELECT COALESCE(max(rowid), 0) FROM notes");
}

PartsRewrite::~PartsRewrite()
{
    if (m_active) {
        try {
            m_db.exec("DELETE FROM note_parts_paused");
        } catch (...) { // NOLINT(bugprone-empty-catch): the merge's transaction is being rolled back anyway
        }
    }
}

void PartsRewrite::finish()
{
    m_db.exec("INSERT INTO note_parts (rowid, title, body, comments) SELECT t.* FROM note_parts_text t JOIN "
              "notes n "
              "ON n.rowid = t.id WHERE n.rowid > (SELECT min(since_rowid) FROM note_parts_paused) OR n.id IN "
              "(SELECT "
              "id FROM temp.parts_rewritten)");
    m_db.exec("DELETE FROM note_parts_paused");
    m_db.exec("DELETE FROM temp.parts_rewritten");
    m_active = false;
}

} // namespace banthuek::core
