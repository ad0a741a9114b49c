// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace banthuek::core {

class Database;

// One schema step. `version` is the user_version the notebook has after it; `sql` changes
// the schema; `seed`, when set, adds the data that version brings (gazetteer, starter themes).
struct Migration
{
    int version;
    const char* sql;
    void (*seed)(Database&);
};

// All migrations, oldest first, numbered 1, 2, 3, ... without gaps.
[[nodiscard]] std::span<const Migration> migrations();
[[nodiscard]] int latestSchemaVersion();

// Brings a notebook at `from` up to `to` (by default the latest) in one transaction:
// either every step is applied or the file is unchanged.
void migrate(Database& db, int from, int to = -1);

} // namespace banthuek::core
