// SPDX-License-Identifier: GPL-3.0-or-later
// The changes a bundle carries, taken out of one notebook and merged into another.
//
// A row's state is its existence stamp (born or deleted, with a hybrid logical clock value and
// the device that made it) and one stamp per column (the row's birth stamp unless the column
// changed since). Merging takes, for the row's existence and for each column apart, the later
// stamp (clock value, then device id): the same result in any order and any number of times.
#pragma once

#include "core/exchange/bundlefile.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace banthuek::core {

class Database;

struct CollectedChanges
{
    std::string payload; // JSON: {"devices": [...], "rows": [...]}
    std::int64_t rows = 0;
};

// Every row with a stamp newer than `base` (per device; an empty base: everything shared).
[[nodiscard]] CollectedChanges collectChanges(Database& db, const VersionVector& base);

struct AppliedChanges
{
    std::int64_t notesNew = 0;
    std::int64_t notesUpdated = 0;
    std::int64_t commentsNew = 0;
    std::int64_t rowsChanged = 0;
    std::int64_t alreadyKnown = 0;      // rows that changed nothing here
    std::int64_t waiting = 0;           // rows whose parent has not arrived yet: they will come again
    std::vector<std::string> conflicts; // rows this notebook refused (a number or name taken), why
    std::int64_t bodyConflicts =
        0;                         // edits of one paragraph made apart: the other kept as a conflict revision
    std::int64_t bodiesMerged = 0; // edits of different paragraphs made apart, merged
    std::map<std::string, std::int64_t> notesByAuthor; // new or changed notes, by their author
    std::int64_t highestStamp = 0;
    [[nodiscard]] bool complete() const { return waiting == 0 && conflicts.empty(); }
};

// Merges a payload into the notebook, inside the caller's transaction. A payload that is not
// what collectChanges writes is refused whole (Error naming `name`).
[[nodiscard]] AppliedChanges applyChanges(Database& db, const std::string& payload, const std::string& name);

} // namespace banthuek::core
