// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace banthuek::core {

class Database;

struct SearchHit {
    std::string noteId;
    std::int64_t record = 0;
    std::string title;
    double score = 0;            // bm25: lower is better; shown to users as the negated value
    std::string snippet;         // text around the best match, from the original
    std::vector<std::pair<std::size_t, std::size_t>> highlights; // byte ranges in the snippet
};

// Full-text search over note titles, bodies and comments (notes in the Trash excluded).
// A query is words (all must match, the last one also as a prefix, so results come as you
// type; Thai typed without spaces must match as a phrase), "quoted phrases", -excluded words and OR between words. Words are split and
// normalised by the same tokenizer as the index. A query with no words returns no results;
// nothing a user types makes it fail.
class SearchStore final {
public:
    explicit SearchStore(Database& db) : m_db(db) {}

    [[nodiscard]] std::vector<SearchHit> search(const std::string& query, int limit = 20, int offset = 0) const;
    // Rebuilds both indexes from the notes and comments; returns the bytes of text indexed.
    std::int64_t reindex();

private:
    Database& m_db;
};

// The FTS5 expression for a user's query, or "" when it has no words. Exposed for tests.
[[nodiscard]] std::string ftsExpression(const std::string& query);

} // namespace banthuek::core
