// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace banthuek::core {

// A day in the Gregorian calendar, as stored: ISO YYYY-MM-DD.
struct CivilDate
{
    int year = 1970;
    int month = 1;
    int day = 1;

    [[nodiscard]] std::string iso() const;
    friend bool operator==(const CivilDate&, const CivilDate&) = default;
    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 reads the defaulted <=>'s 0 as a pointer
    friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

// Strict ISO date; nullopt unless it names a real day.
[[nodiscard]] std::optional<CivilDate> parseIsoDate(std::string_view text);

// A date as a Thai user may type it: YYYY-MM-DD in the Gregorian or the Buddhist era
// (years from 2400 on are read as พ.ศ.: 2550-01-22 is 2007-01-22), Thai or Arabic digits,
// '-' or '/' between parts. Throws InvalidInput naming `what` when it is not a real day.
[[nodiscard]] CivilDate parseUserDate(std::string_view text, std::string_view what = "date");

// พ.ศ. = ค.ศ. + 543. Years typed from 2400 on are read as Buddhist-era years.
constexpr int kBuddhistEraOffset = 543;

// A year as a user types it: four digits, Thai or Arabic, Buddhist-era from 2400 on, spaces
// around ignored; the Gregorian year, or nullopt for anything else or a year outside 1900-2200.
[[nodiscard]] std::optional<int> parseUserYear(std::string_view text);

enum class Language { Thai, English };
enum class Era { Buddhist, Gregorian };
enum class Digits { Arabic, Thai };

struct DateStyle
{
    Language language = Language::Thai;
    Era era = Era::Buddhist;
    Digits digits = Digits::Arabic;
};

// A Gregorian year as the era counts it: 2007 is 2550 in the Buddhist era.
[[nodiscard]] constexpr int yearInEra(int gregorian, Era era)
{
    return era == Era::Buddhist ? gregorian + kBuddhistEraOffset : gregorian;
}

// "22 มกราคม 2550", "22 January 2007", "๒๒ มกราคม ๒๕๕๐" — through ICU's calendars.
[[nodiscard]] std::string formatDate(const CivilDate& date, const DateStyle& style = {});
// A month of a year: "มกราคม 2550", "January 2007"; or only "มกราคม".
[[nodiscard]] std::string formatMonth(int year, int month, const DateStyle& style = {}, bool withYear = true);
// Date and time of a UTC millisecond instant in the local time zone: "22 มกราคม 2550 14:05".
[[nodiscard]] std::string formatDateTime(std::int64_t utcMillis, const DateStyle& style = {});

// `text` with its Arabic digits as Thai ones (๐–๙) when `digits` says so, else unchanged:
// numbers beside dates in a report follow the same preference as the dates.
[[nodiscard]] std::string withDigits(std::string_view text, Digits digits);

// The day `days` days after `date` (before, when negative).
[[nodiscard]] CivilDate addDays(const CivilDate& date, int days);
// How many days `to` is after `from` (negative when before).
[[nodiscard]] int daysBetween(const CivilDate& from, const CivilDate& to);

[[nodiscard]] std::int64_t nowMillis();
// The UTC millisecond instant at which `date` begins in the local time zone: comments keep
// instants, reports count them by the reader's days.
[[nodiscard]] std::int64_t localDayStartMillis(const CivilDate& date);
[[nodiscard]] CivilDate today();

} // namespace banthuek::core
