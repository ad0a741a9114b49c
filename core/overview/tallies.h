// SPDX-License-Identifier: GPL-3.0-or-later
// Tallies of live notes, kept up to date by triggers in the transaction that changes a note,
// its tags or the theme hierarchy, so that the place and theme views read a few rows instead
// of every note's tags (at 100,000 notes: a province's figures in milliseconds, not 0.7 s).
//   place_tally        (level, prefix, kind) -> notes, last event date: a place at every
//                      level (DOPA codes nest as prefixes: 2 province ... 8 village)
//   theme_tally        (theme_id, kind) -> notes, last event date: a theme with its sub-themes
//   person_tally, organisation_tally: the same for a person's or organisation's notes
//   theme_place_tally  (theme_id, level, prefix) -> notes: a theme at a place; likewise
//   person_place_tally and organisation_place_tally
// Each dated tally has a *_dates companion counting by event date, from which the last date
// is found again when a note leaves. theme_paths is the theme hierarchy's closure (every
// ancestor-descendant pair, each theme its own ancestor), which the triggers need.
#pragma once

#include <cstdint>

namespace banthuek::core {

class Database;

// Creates the tallies and their triggers and counts what is already there (schema version 13).
void createTallies(Database& db);

// Counts every tally again from the notes (for `banthuek reindex`, after damage).
void recountTallies(Database& db);

// Rows of the tallies that differ from a count from scratch (missing, extra or wrong): 0 for
// a healthy notebook. For `banthuek check` and the tests.
[[nodiscard]] std::int64_t tallyMismatches(Database& db);

} // namespace banthuek::core
