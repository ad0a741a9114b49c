// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace banthuek::core {

// One thing to look for: a word or a "quoted phrase", folded by searchText, with the words ICU
// finds in it (for the whole-word index and for ranking).
struct QueryTerm
{
    std::string text;               // folded; a note matches when one of its fields contains it
    std::vector<std::string> words; // ICU words, folded as the word index folds them
    bool excluded = false;          // -word: no field may contain it
    bool typing = false;            // the last word, still being typed: a prefix for whole words
};

// Terms joined by OR; a query is clauses that must all hold (OR binds tighter than the implied
// AND between words, as in web search: `a b OR c` is a AND (b OR c)).
struct QueryClause
{
    std::vector<QueryTerm> anyOf;
};

// A typed filter: `place:ท่าศาลา`, `theme:"การจัดการทรัพยากร"`, `author:...`, `kind:...`,
// `before:`/`after:` (dates in either era). The value is as typed; SearchStore resolves it.
struct QueryFilter
{
    std::string key;
    std::string value;
};

struct ParsedQuery
{
    std::vector<QueryClause> clauses;
    std::vector<QueryFilter> filters;

    [[nodiscard]] bool hasTerms() const;           // something to look for (not only exclusions)
    [[nodiscard]] std::size_t phraseCount() const; // terms to look for, alternatives included
};

// Parses what a user typed. Never fails: an unclosed quote runs to the end, a lone '-' or OR is
// ignored, terms with no letter or digit are dropped, and text past 2,000 bytes is cut.
[[nodiscard]] ParsedQuery parseQuery(const std::string& query);

// The FTS5 expression over the word index (note_search), or "" when there is nothing to find.
// With typingAsPrefix, the word being typed is a prefix of whole words.
[[nodiscard]] std::string wordsExpression(const ParsedQuery& query, bool typingAsPrefix = true);
// The FTS5 expression for notes with any of the query's terms (exclusions left out): which
// notes have a query word in their title (note_titles), whatever else they lack.
[[nodiscard]] std::string anyWordExpression(const ParsedQuery& query);
// The FTS5 expression over the word-part index (note_parts): for each term, some of its
// three-letter windows (a two-letter term is a prefix); it finds a superset of the notes that
// contain the terms, never fewer. Exclusions are left to matchesFields.
[[nodiscard]] std::string partsExpression(const ParsedQuery& query);

// Whether a note whose fields (title, body, comments), each folded by searchText, satisfies
// the query: the exact check behind every result.
[[nodiscard]] bool matchesFields(const ParsedQuery& query, const std::vector<std::string_view>& foldedFields);

// Where each term occurs in one folded text: [begin, end) byte ranges, sorted.
[[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> termRanges(const ParsedQuery& query,
                                                                          const std::string& folded);

// The FTS5 expression of a query's words, as wordsExpression (kept for tests and tools).
[[nodiscard]] std::string ftsExpression(const std::string& query);

} // namespace banthuek::core
