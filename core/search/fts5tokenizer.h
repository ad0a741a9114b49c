// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/search/tokenizer.h"

#include <string_view>
#include <vector>

struct sqlite3;

namespace banthuek::core {

// The FTS5 tokenizer for Banthuek's Thai-aware words: `tokenize='banthuek'`.
inline constexpr const char* kSearchTokenizer = "banthuek";
// The FTS5 tokenizer for word parts: every three code points of searchText, so any part of a
// word can be found (`tokenize='banthuek_parts'`). A query string is one folded term.
inline constexpr const char* kPartsTokenizer = "banthuek_parts";
// The FTS5 ranking function: `banthuek_rank(table, weight...)`, larger is better. Like bm25
// without the document-length lookups (notes are of similar length; those lookups were 80% of
// the time for a word in every note); a word's repeats count up to twice in a body, once in the
// title (the first column).
inline constexpr const char* kRankFunction = "banthuek_rank";

// The terms banthuek_parts gives for a text: its windows (in SearchToken.text, no offsets).
[[nodiscard]] std::vector<SearchToken> splitParts(std::string_view text);

// The best score one phrase can reach in banthuek_rank with these column weights: a note
// that reaches it for every phrase cannot be outranked, so ranking may stop early.
[[nodiscard]] double bestRankPerPhrase(double titleWeight, double bodyWeight);

// Registers both tokenizers and the ranking function with the connection's FTS5 (through the
// fts5_api pointer), so the indexes and the queries split and fold text the same way.
void registerSearchExtensions(sqlite3* db);

} // namespace banthuek::core
