// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the Overview's source files; not part of core's interface.
#pragma once

#include "core/overview/overview.h"

namespace banthuek::core {

class Statement;

// The ids of the notes tagged with any theme of a JSON array (?1).
inline constexpr const char* kThemeNotes =
    "SELECT note_id FROM note_themes WHERE theme_id IN (SELECT value FROM json_each(?1))";

// Theme id -> its top-level ancestor's id; the depth bound guards against a damaged cycle.
[[nodiscard]] std::map<std::string, std::string> rootsOf(const std::vector<Theme>& themes);

// Adds one (kind, notes, last field note date) row, starting at `kindColumn`, to an activity.
void tally(PlaceActivity& activity, Statement& row, int kindColumn);

} // namespace banthuek::core
