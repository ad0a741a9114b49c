// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace banthuek::core {

class Database;

// Points every row of `table` whose `column` is `duplicate` at `kept`. A row that would then
// repeat one `kept` already has (a note tagged with both) is dropped, so no tag is doubled.
// For merging duplicate people and organisations; the caller holds the transaction.
void repointRows(Database& db, std::string_view table, std::string_view column, const std::string& kept,
                 const std::string& duplicate);

// Points a reference column that is not part of a key (an action item's owner, a meeting's
// recorder) from `duplicate` to `kept`. The caller holds the transaction.
void repointColumn(Database& db, std::string_view table, std::string_view column, const std::string& kept,
                   const std::string& duplicate);

} // namespace banthuek::core
