// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace banthuek::core {

class Database;

// The collation (COLLATE THAI) and search tokenizers and functions that the notebook's
// indexes, views and triggers call. Every connection to a notebook registers them before it
// reads or migrates anything: the storage floor below knows nothing of Thai or of search.
void registerSchemaFunctions(Database& db);

} // namespace banthuek::core
