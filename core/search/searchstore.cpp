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
    // Comments, and a meeting's venue, agenda and action items: the word-part index's third
    // column, read from the same view so the check sees what was indexed.
    auto extras = db.cached("SELECT comments FROM note_parts_text WHERE id = ?1");
    if (extras->bind(1, rowid).step()) {
        if (auto text = extras->optionalText(0)) {
            note.comments.push_back(std::move(*text));
            note.foldedComments.push_back(searchText(note.comments.back()));
        }
    }
    note.foldedTitle = foldForSearch(note.title);
    note.foldedBody = foldForSearch(note.body);
    return note;
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
        const auto note = readNote(db, rowid);
        if (!note || !matchesFields(query, note->foldedFields())) {
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
    std::size_t order = 0; // as read: newest first
};

struct RankedNotes
{
    std::vector<RankedNote> notes; // best first; ties: newer (higher rowid) first
    std::size_t valid = 0;         // how many of them are sorted (the rest follow, unsorted)
    bool complete = true;          // every match was ranked

    void sortRest()
    {
        std::sort(notes.begin() + static_cast<std::ptrdiff_t>(valid), notes.end(),
                  [](const RankedNote& a, const RankedNote& b) {
                      return a.score != b.score ? a.score > b.score : a.order < b.order;
                  });
        valid = notes.size();
    }
};

// The best score a note can reach for this query, when every note that matches has all its
// phrases (AND only; with OR a note may match with fewer, so no shortcut).
double bestScore(const ParsedQuery& query)
{
    std::size_t phrases = 0;
    for (const QueryClause& clause : query.clauses) {
        if (clause.anyOf.size() > 1) {
            return 0;
        }
        phrases += clause.anyOf.front().excluded ? 0 : 1;
    }
    return static_cast<double>(phrases) * bestRankPerPhrase(kTitleWeight, 1.0);
}

// Ranks the whole-word matches. Rows come newest first; once `wanted` notes have reached the
// best possible score (a word in every note's title and often in its body), no later note can
// outrank them, and they are the first page: ranking stops there instead of scoring a word
// that is in most of 100,000 notes. best = 0 ranks everything.
RankedNotes rankWholeWords(Database& db, const std::string& expression, const Scope& allowed, double best,
                           std::size_t wanted)
{
    RankedNotes ranked;
    if (expression.empty()) {
        return ranked;
    }
    auto rows = db.cached(
        "SELECT rowid, banthuek_rank(note_search, ?2, 1.0) FROM note_search WHERE note_search MATCH ?1 "
        "ORDER BY rowid DESC");
    rows->bind(1, expression).bind(2, kTitleWeight);
    std::size_t atBest = 0;
    bool stopped = false;
    while (rows->step()) {
        const RankedNote note{rows->real(1), rows->integer(0)};
        if (!allowed.allows(note.rowid)) {
            continue;
        }
        ranked.notes.push_back(note);
        if (best > 0 && note.score >= best - 1e-9 && ++atBest >= wanted) {
            stopped = true;
            break;
        }
    }
    // Rows came newest first, so ordering by score alone keeps ties newest first. Only the first
    // page needs sorting now; the rest is sorted if the page reaches it (sortRest).
    const auto byScore = [](const RankedNote& a, const RankedNote& b) { return a.score > b.score; };
    if (stopped) {
        std::stable_sort(ranked.notes.begin(), ranked.notes.end(), byScore);
        ranked.valid = atBest;
    } else {
        for (std::size_t i = 0; i < ranked.notes.size(); ++i) {
            ranked.notes[i].order = i;
        }
        ranked.valid = std::min(wanted, ranked.notes.size());
        std::partial_sort(ranked.notes.begin(),
                          ranked.notes.begin() + static_cast<std::ptrdiff_t>(ranked.valid),
                          ranked.notes.end(), [](const RankedNote& a, const RankedNote& b) {
                              return a.score != b.score ? a.score > b.score : a.order < b.order;
                          });
    }
    ranked.complete = !stopped;
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
    const std::string words = wordsExpression(query, false);
    RankedNotes ranked = rankWholeWords(m_db, words, allowed, bestScore(query), page.wanted());
    std::unordered_set<std::int64_t> seen;
    auto offerRanked = [&] {
        // A ranking that stopped early is in order only up to `valid`.
        const std::size_t usable = ranked.complete ? ranked.notes.size() : ranked.valid;
        for (std::size_t i = 0; i < usable && !page.full(); ++i) {
            if (i == ranked.valid) {
                ranked.sortRest();
            }
            if (seen.insert(ranked.notes[i].rowid).second) {
                page.offer(m_db, ranked.notes[i].rowid, query, ranked.notes[i].score, true);
            }
        }
    };
    offerRanked();
    if (!page.full() && !ranked.complete) {
        ranked = rankWholeWords(m_db, words, allowed, 0, 0); // the page needs more: rank them all
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

constexpr std::array<const char*, 3> kIndexes = {"note_search", "comment_search", "note_parts"};

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
    const std::int64_t total = 2 * lastNote + lastComment;
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
    for (const char* index : kIndexes) {
        ftsCommand(m_db, index, "automerge",
                   on ? 4 : 0); // 4, FTS5's own: merge once four segments share a level
    }
    transaction.commit();
}

bool SearchStore::mergeStep(int pages)
{
    Transaction transaction(m_db);
    bool merged = false;
    for (const char* index : kIndexes) {
        const std::int64_t before = m_db.changeStamp().first;
        ftsCommand(m_db, index, "merge", pages);
        // FTS5's documented test: the command counts as one change, and as two or more when it merged.
        merged = merged || m_db.changeStamp().first - before >= 2;
    }
    transaction.commit();
    return merged;
}

PartsBulkLoad::PartsBulkLoad(Database& db) : m_db(db)
{
    m_db.exec("INSERT INTO note_parts_paused (since_rowid) SELECT COALESCE(max(rowid), 0) FROM notes");
}

PartsBulkLoad::~PartsBulkLoad()
{
    if (m_active) {
        try {
            m_db.exec("DELETE FROM note_parts_paused");
        } catch (...) { // the load's transaction is being rolled back anyway
        }
    }
}

void PartsBulkLoad::finish()
{
    m_db.exec("INSERT INTO note_parts (rowid, title, body, comments) SELECT * FROM note_parts_text "
              "WHERE id > (SELECT min(since_rowid) FROM note_parts_paused)");
    m_db.exec("DELETE FROM note_parts_paused");
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
