// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace banthuek::core {

class Database;

// Throws NotFound ("There is no `what` "key".") unless `table` has a row of that key: its id,
// or its code for places. Nothing to check when `key` is empty. Stores call it before a write
// refers to another row, so the user reads which one is missing, not a foreign-key error.
void requireRow(Database& db, std::string_view table, const std::optional<std::string>& key,
                std::string_view what);

} // namespace banthuek::core
