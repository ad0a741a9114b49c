// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace banthuek::core {

// The FTS5 tokenizer name for Banthuek's Thai-aware words: `tokenize='banthuek'`.
inline constexpr const char* kSearchTokenizer = "banthuek";

// Registers tokenizeForSearch with the connection's FTS5 (through the fts5_api pointer), so
// the index and the queries split and normalise text the same way.
void registerSearchTokenizer(sqlite3* db);

} // namespace banthuek::core
