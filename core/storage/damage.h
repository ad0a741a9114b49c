// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace banthuek::core {

class Database;

// A table or index that PRAGMA integrity_check complained of. Its complaints name pages
// ("On tree page 812 cell 3: ...", "Page 97: ...") or indexes ("row 5 missing from index x");
// dbstat says which table or index each page belongs to.
struct DamagedPart
{
    std::string name;        // as sqlite_schema names it
    std::string table;       // the table it belongs to (its own name for a table)
    bool index = false;      // an index: made again from its table's rows
    int complaints = 0;      // lines of integrity_check that name it or one of its pages
    bool unreadable = false; // walking its pages stopped at a damaged one
};

// The parts each complaint is about, in the order of sqlite_schema. Complaints that name no
// page of any part (pages no part uses any more) are left out; a complaint that names an index
// whose pages are sound, of a table whose pages are not, is counted as the table's. Reading a damaged file
// fails part by part: what can be read is still placed.
[[nodiscard]] std::vector<DamagedPart> locateDamage(Database& db, const std::vector<std::string>& complaints);

} // namespace banthuek::core
