// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the Overview's source files; not part of core's interface.
#pragma once

#include "core/overview/overview.h"

namespace banthuek::core {

class Statement;

// Theme id -> its top-level ancestor's id; the depth bound guards against a damaged cycle.
[[nodiscard]] std::map<std::string, std::string> rootsOf(const std::vector<Theme>& themes);

// Adds one (kind, notes, last field note date) row, starting at `kindColumn`, to an activity.
void tally(PlaceActivity& activity, Statement& row, int kindColumn);

} // namespace banthuek::core
