// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/searchstore.h"

#include "core/search/tokenizer.h"
#include "core/storage/database.h"

#include <algorithm>

namespace banthuek::core {
namespace {

constexpr std::size_t kMaxQueryBytes = 2000;   // longer pastes are cut, not refused
constexpr std::size_t kSnippetContext = 120;  // bytes of text either side of the match

std::string quoted(const std::string& token)
{
    return '"' + token + '"'; // tokens never contain '"': the tokenizer drops punctuation
}

// A term of the query: a word, or a phrase of words that must stand together.
struct Term {
    std::vector<std::string> words;
    bool excluded = false;
    bool orWithPrevious = false;
};

std::vector<Term> parse(const std::string& query)
{
    std::vector<Term> terms;
    bool pendingOr = false;
    std::size_t at = 0;
    while (at < query.size()) {
        while (at < query.size() && query[at] == ' ') {
            ++at;
        }
        if (at >= query.size()) {
            break;
        }
        Term term;
        term.excluded = query[at] == '-';
        at += term.excluded ? 1 : 0;
        std::string text;
        if (at < query.size() && query[at] == '"') {
            const std::size_t close = query.find('"', at + 1); // an unclosed quote runs to the end
            text = query.substr(at + 1, close == std::string::npos ? std::string::npos : close - at - 1);
            at = close == std::string::npos ? query.size() : close + 1;
        } else {
            const std::size_t space = query.find(' ', at);
            text = query.substr(at, space == std::string::npos ? std::string::npos : space - at);
            at = space == std::string::npos ? query.size() : space;
            if (text == "OR" && !term.excluded) {
                pendingOr = !terms.empty();
                continue;
            }
        }
        for (SearchToken& token : tokenizeForSearch(text)) {
            term.words.push_back(std::move(token.text));
        }
        if (!term.words.empty()) {
            term.orWithPrevious = pendingOr;
            terms.push_back(std::move(term));
        }
        pendingOr = false;
    }
    return terms;
}

} // namespace

std::string ftsExpression(const std::string& rawQuery)
{
    // No normalisation here: the tokenizer normalises each word, and skips malformed bytes
    // (a cut at kMaxQueryBytes may split a character).
    const std::string query = rawQuery.substr(0, kMaxQueryBytes);
    const std::vector<Term> terms = parse(query);
    const bool typingLastWord = !query.empty() && query.back() != ' ' && query.back() != '"';
    std::string expression;
    std::string excluded;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const Term& term = terms[i];
        std::string phrase;
        for (std::size_t w = 0; w < term.words.size(); ++w) {
            phrase += (w ? " + " : "") + quoted(term.words[w]);
        }
        if (i + 1 == terms.size() && typingLastWord && !term.excluded) {
            phrase += '*'; // the word being typed is a prefix
        }
        if (term.excluded) {
            excluded += " NOT " + phrase;
        } else {
            expression += expression.empty() ? phrase : (term.orWithPrevious ? " OR " : " AND ") + phrase;
        }
    }
    return expression.empty() ? std::string() : "(" + expression + ")" + excluded;
}

namespace {

struct QueryWords {
    std::vector<std::string> words;
    bool lastIsPrefix = false;
};

QueryWords wordsToHighlight(const std::string& rawQuery)
{
    const std::string query = rawQuery.substr(0, kMaxQueryBytes);
    QueryWords result;
    for (const Term& term : parse(query)) {
        if (!term.excluded) {
            result.words.insert(result.words.end(), term.words.begin(), term.words.end());
        }
    }
    result.lastIsPrefix = !query.empty() && query.back() != ' ' && query.back() != '"';
    return result;
}

bool matches(const std::string& token, const QueryWords& query)
{
    for (std::size_t i = 0; i < query.words.size(); ++i) {
        const std::string& word = query.words[i];
        if (token == word || (query.lastIsPrefix && i + 1 == query.words.size() && token.starts_with(word))) {
            return true;
        }
    }
    return false;
}

// Cuts the text around its first matching word at token boundaries (never inside a Thai
// cluster) and marks every matching word inside the cut.
void makeSnippet(const std::string& text, const QueryWords& query, SearchHit& hit)
{
    const auto tokens = tokenizeForSearch(text);
    const auto first = std::find_if(tokens.begin(), tokens.end(), [&](const SearchToken& t) { return matches(t.text, query); });
    if (first == tokens.end()) {
        return;
    }
    std::size_t begin = first->begin;
    std::size_t end = first->end;
    for (auto it = first; it != tokens.begin() && first->begin - std::prev(it)->begin <= kSnippetContext;) {
        --it;
        begin = it->begin;
    }
    for (auto it = first; it != tokens.end() && it->end - first->end <= kSnippetContext; ++it) {
        end = it->end;
    }
    hit.snippet = (begin > 0 ? "…" : "") + text.substr(begin, end - begin) + (end < text.size() ? "…" : "");
    const std::size_t shift = begin > 0 ? std::string("…").size() : 0;
    for (const SearchToken& token : tokens) {
        if (token.begin >= begin && token.end <= end && matches(token.text, query)) {
            hit.highlights.emplace_back(token.begin - begin + shift, token.end - begin + shift);
        }
    }
}

} // namespace

std::vector<SearchHit> SearchStore::search(const std::string& query, int limit, int offset) const
{
    const std::string expression = ftsExpression(query);
    if (expression.empty()) {
        return {};
    }
    auto rows = m_db.cached(R"sql(
        WITH hits(note_rowid, score) AS (
            SELECT rowid, bm25(note_search, 10.0, 1.0) FROM note_search WHERE note_search MATCH ?1
            UNION ALL
            SELECT n.rowid, bm25(comment_search) FROM comment_search
            JOIN comments c ON c.rowid = comment_search.rowid JOIN notes n ON n.id = c.note_id
            WHERE comment_search MATCH ?1)
        SELECT n.id, n.record, n.title, n.body, min(h.score) AS best
        FROM hits h JOIN notes n ON n.rowid = h.note_rowid
        WHERE n.trashed_ms IS NULL
        GROUP BY n.rowid ORDER BY best, n.record DESC LIMIT ?2 OFFSET ?3)sql");
    rows->bind(1, expression).bind(2, limit).bind(3, std::max(0, offset));
    const QueryWords words = wordsToHighlight(query);
    std::vector<SearchHit> hits;
    while (rows->step()) {
        SearchHit hit;
        hit.noteId = rows->text(0);
        hit.record = rows->integer(1);
        hit.title = rows->text(2);
        hit.score = -rows->real(4);
        makeSnippet(rows->text(3), words, hit);
        if (hit.snippet.empty()) {
            makeSnippet(hit.title, words, hit); // the match was in the title or a comment
        }
        hits.push_back(std::move(hit));
    }
    return hits;
}

std::int64_t SearchStore::reindex()
{
    Transaction transaction(m_db);
    m_db.exec("INSERT INTO note_search (note_search) VALUES ('rebuild')");
    m_db.exec("INSERT INTO comment_search (comment_search) VALUES ('rebuild')");
    auto size = m_db.cached("SELECT COALESCE(sum(length(CAST(title AS BLOB)) + length(CAST(body AS BLOB))), 0) "
                            "+ (SELECT COALESCE(sum(length(CAST(body AS BLOB))), 0) FROM comments) FROM notes");
    const std::int64_t bytes = size->step() ? size->integer(0) : 0;
    transaction.commit();
    return bytes;
}

} // namespace banthuek::core
