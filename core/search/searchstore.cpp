// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/searchstore.h"

#include "core/search/tokenizer.h"
#include "core/storage/database.h"

#include <algorithm>
#include <unordered_map>

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
    // Phase 1 reads only the indexes: every matching note's best score. Reading the notes
    // themselves (large rows) is left to phase 2, for the page being shown.
    std::unordered_map<std::int64_t, double> best;
    auto keep = [&best](std::int64_t note, double score) {
        auto [it, fresh] = best.try_emplace(note, score);
        if (!fresh && score < it->second) {
            it->second = score;
        }
    };
    auto notes = m_db.cached("SELECT rowid, bm25(note_search, 10.0, 1.0) FROM note_search WHERE note_search MATCH ?1");
    notes->bind(1, expression);
    while (notes->step()) {
        keep(notes->integer(0), notes->real(1));
    }
    auto comments = m_db.cached(
        "SELECT n.rowid, bm25(comment_search) FROM comment_search JOIN comments c ON c.rowid = comment_search.rowid "
        "JOIN notes n ON n.id = c.note_id WHERE comment_search MATCH ?1 AND n.trashed_ms IS NULL");
    comments->bind(1, expression);
    while (comments->step()) {
        keep(comments->integer(0), comments->real(1));
    }
    std::vector<std::pair<double, std::int64_t>> ranked;
    ranked.reserve(best.size());
    for (const auto& [note, score] : best) {
        ranked.emplace_back(score, -note); // ties: newer notes (higher rowid) first
    }
    const auto wanted = static_cast<std::size_t>(std::max(0, offset) + std::max(0, limit));
    const auto sorted = ranked.begin() + static_cast<std::ptrdiff_t>(std::min(ranked.size(), wanted + 64));
    std::partial_sort(ranked.begin(), sorted, ranked.end());

    // Phase 2: the notes of the page, in rank order, skipping those in the Trash.
    const QueryWords words = wordsToHighlight(query);
    std::vector<SearchHit> hits;
    int skipped = 0;
    for (auto it = ranked.begin(); it != ranked.end() && static_cast<int>(hits.size()) < limit; ++it) {
        if (it == sorted) { // more notes than expected were in the Trash: rank the rest too
            std::sort(it, ranked.end());
        }
        auto row = m_db.cached("SELECT id, record, title, body FROM notes WHERE rowid = ?1 AND trashed_ms IS NULL");
        if (!row->bind(1, -it->second).step() || skipped++ < offset) {
            continue;
        }
        SearchHit hit;
        hit.noteId = row->text(0);
        hit.record = row->integer(1);
        hit.title = row->text(2);
        hit.score = -it->first;
        makeSnippet(row->text(3), words, hit);
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
