// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/dates.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace banthuek::core {

// A day, and maybe a time of day, as a page prints it in words.
struct WrittenDateTime
{
    CivilDate date;
    std::optional<int> minutes; // minutes after midnight, when a time was written
};

// The first date written out with a month name in `text`: "22 มกราคม 2007 16:26 น.",
// "22 ม.ค. 2550", "22 January 2007, 16:26", "January 22, 2007". Month names are ICU's, Thai and
// English, full and short; years from 2400 on are Buddhist-era; Thai digits read as digits.
[[nodiscard]] std::optional<WrittenDateTime> findWrittenDate(std::string_view text);

// The UTC instant of a wall-clock time in Thailand (UTC+7 all year, no daylight saving): the
// time GotoKnow and Thai documents print. A date without a time is taken at its noon.
[[nodiscard]] std::int64_t thaiMillis(const WrittenDateTime& written);

} // namespace banthuek::core
