// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/dates.h"

#include <string>
#include <string_view>

namespace banthuek::core {

// The stretch of days a summary covers: a month, a calendar quarter, a quarter of the Thai
// fiscal year or a Thai fiscal year (1 October to 30 September; fiscal year 2550 ends on
// 30 September 2550, i.e. 2007). One type, so every report period shares the same code.
struct Period
{
    enum class Kind { Month, Quarter, FiscalQuarter, FiscalYear };
    Kind kind = Kind::Month;
    int year = 1970; // Gregorian: the month's or quarter's year, or the year the fiscal year ends
    int index = 1;   // month 1-12 or quarter 1-4; unused for a fiscal year

    [[nodiscard]] CivilDate first() const;
    [[nodiscard]] CivilDate last() const;
    // The period just before, of the same kind: the figures a summary puts beside its own.
    [[nodiscard]] Period previous() const;
    // "มกราคม 2550", "ไตรมาสที่ 1/2550 (มกราคม – มีนาคม 2550)", "ปีงบประมาณ 2550 (1 ตุลาคม 2549 –
    // 30 กันยายน 2550)", or the English, in the style's era and digits.
    [[nodiscard]] std::string label(const DateStyle& style) const;
    // A short name for files and settings: 2007-01, 2007-Q1, FY2007-Q1, FY2007 (Gregorian).
    [[nodiscard]] std::string key() const;

    friend bool operator==(const Period&, const Period&) = default;
};

// A period as a user types it; years from 2400 on are Buddhist-era (as in parseUserDate), and
// Thai digits are read. Month: 2550-01 or 2007-01. Quarter: 2550-Q1 (January to March).
// Fiscal quarter: FY2550-Q1 (October to December 2549). Fiscal year: FY2550 or 2550.
// Throws InvalidInput naming `what` and showing the forms it takes.
[[nodiscard]] Period parseMonth(std::string_view text, std::string_view what = "month");
[[nodiscard]] Period parseQuarter(std::string_view text, std::string_view what = "quarter");
[[nodiscard]] Period parseFiscalYear(std::string_view text, std::string_view what = "fiscal year");
// Any of the forms above, told apart by their shape (a plain year is a fiscal year).
[[nodiscard]] Period parsePeriod(std::string_view text, std::string_view what = "period");

// The month before the one `day` is in: the summary a team lead wants at the start of a month.
[[nodiscard]] Period lastMonth(const CivilDate& day);
// The fiscal year `day` falls in, and its fiscal quarter.
[[nodiscard]] Period fiscalYearOf(const CivilDate& day);

} // namespace banthuek::core
