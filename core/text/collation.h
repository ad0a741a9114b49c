// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

struct sqlite3;

namespace banthuek::core {

// The SQLite collation name for Thai order (ICU's Thai collator: เ แ โ ใ ไ words sort by
// their consonant, as Thai readers expect). Use as `ORDER BY title COLLATE THAI`.
inline constexpr const char* kThaiCollation = "THAI";

void registerThaiCollation(sqlite3* db);

// ICU's sort key for Thai order: comparing two keys byte by byte (as SQLite orders BLOBs)
// gives the same order as compareThai, so an index on stored keys sorts without ICU.
[[nodiscard]] std::string thaiSortKey(std::string_view text);

// Compares two UTF-8 strings in Thai order: negative, zero or positive.
[[nodiscard]] int compareThai(std::string_view a, std::string_view b);

} // namespace banthuek::core
