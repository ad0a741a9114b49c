// SPDX-License-Identifier: GPL-3.0-or-later
// What becomes of a note's text that lost to another laptop's edit made apart: when both were
// edited from the same text and touch different paragraphs, the two are merged (a new edit made
// here, which travels); otherwise the losing text is kept as a conflict revision. Either way no
// word is lost.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace banthuek::core {

class Database;

struct LostBody
{
    std::string noteId;
    std::string body;
    std::int64_t hlc = 0; // the losing edit's stamp
    std::string device;
    std::int64_t winnerHlc = 0; // the edit that is current
    std::string winnerDevice;
};

struct SettledBodies
{
    std::int64_t merged = 0;
    std::int64_t conflicts = 0;
};

// Runs with change recording on: a merge is a new edit by this laptop.
[[nodiscard]] SettledBodies settleLostBodies(Database& db, const std::vector<LostBody>& lost);

} // namespace banthuek::core
