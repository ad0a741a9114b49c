// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL functions the exchange triggers call, with one clock per connection:
//   exchange_clock()        the next hybrid logical clock value (milliseconds << 16 | counter),
//                           above every stamp in the notebook and above the wall clock;
//   exchange_recording()    1 while changes are being recorded, 0 while a bundle is applied
//                           (whose changes come with their own stamps);
//   exchange_pause(on)      turns recording off (1) or on (0);
//   exchange_observe(hlc)   moves the clock past a stamp that came in from another laptop;
//   thai_sort_key(text)     the title key NoteStore keeps, for notes that arrive in bundles.
#pragma once

#include <cstdint>

struct sqlite3;

namespace banthuek::core {

inline constexpr int kClockCounterBits = 16;

// Milliseconds since 1970 of a clock value (for showing when a change was made).
[[nodiscard]] constexpr std::int64_t clockMillis(std::int64_t hlc)
{
    return hlc >> kClockCounterBits;
}

void registerExchangeFunctions(sqlite3* db);

} // namespace banthuek::core
