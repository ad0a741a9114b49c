// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace banthuek::core {

class Database;

// One text a note has had: its revisions, oldest first, then the current text.
struct HistoryEntry
{
    std::string title;
    std::string text;
    std::int64_t atMs = 0;
    std::string device;    // the laptop that wrote it (its name, else its id)
    bool conflict = false; // kept when another laptop's edit of the same paragraph won
    bool current = false;
};

[[nodiscard]] std::vector<HistoryEntry> noteHistory(Database& db, const std::string& noteId);

// Notes with a conflict not yet resolved: record number and title, by record.
[[nodiscard]] std::vector<std::pair<std::int64_t, std::string>> notesInConflict(Database& db);

} // namespace banthuek::core
