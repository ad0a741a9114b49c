// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the Overview's source files; not part of core's interface.
#pragma once

#include "core/overview/overview.h"

namespace banthuek::core {

class Statement;

// What a dated tally's row gives an activity: kind, notes and the last field note's date.
inline constexpr const char* kTallyColumns =
    "kind, notes, CASE WHEN kind = 'field_note' THEN nullif(last_date, '') END";

// Adds one (kind, notes, last field note date) row, starting at `kindColumn`, to an activity.
void tally(PlaceActivity& activity, Statement& row, int kindColumn);

} // namespace banthuek::core
