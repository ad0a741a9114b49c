// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace banthuek::core {

// What salvage copied from one table of a damaged notebook.
struct SalvagedTable
{
    std::string name;
    std::int64_t rows = 0;    // rows read and copied
    bool damaged = false;     // part of the table could not be read: rows there are lost
    std::int64_t orphans = 0; // rows left out because what they belong to was lost
};

struct SalvageReport
{
    std::vector<SalvagedTable> tables;
    std::int64_t notes = 0;        // notes in the new notebook
    std::vector<Message> problems; // what `check` still finds in the new notebook (empty: sound)
    double seconds = 0;
    [[nodiscard]] bool anyDamage() const;
};

// Copies every row that can still be read from a damaged notebook into a new notebook at
// `newPath` (never over a file): table by table, in key order, reading past damaged pages from
// both ends; rows whose note or person was lost are left out; the search index and the tallies
// are made again, and the result is checked. The damaged file is only read. A file whose list
// of tables is itself unreadable is refused (Error Corrupt), as is one that is not a notebook.
[[nodiscard]] SalvageReport salvageNotebook(const std::string& damagedPath, const std::string& newPath);

} // namespace banthuek::core
