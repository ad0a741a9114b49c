// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ostream>

namespace banthuek::core {

class Database;

// The shared content as canonical JSON Lines: one object a row ({"table", "key", "row"}),
// tables in exchange order, rows by key, fields sorted; no local-only state (indexes,
// tallies, settings, row numbers of this file) and not the gazetteer every notebook is born
// with. Two notebooks that hold the same content print the same bytes.
void dumpSharedContent(Database& db, std::ostream& out);

} // namespace banthuek::core
