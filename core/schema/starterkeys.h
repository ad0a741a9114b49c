// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace banthuek::core {

class Database;

// Notebooks made before team exchange gave their starter themes and organisations random keys;
// this gives each the key every notebook now shares (stableUuid of its name), moving every
// tag, plan row and person that pointed at the old key. A starter renamed by the user is theirs
// and keeps its key. Part of schema version 14.
void shareStarterKeys(Database& db);

} // namespace banthuek::core
