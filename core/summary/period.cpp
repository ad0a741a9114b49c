// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/summary/period.h"

#include "core/error.h"
#include "core/text/normalize.h"

#include <optional>

namespace banthuek::core {
namespace {

const char* const kForms = "write a month as 2550-01 or 2007-01, a quarter as 2550-Q1, a fiscal quarter as "
                           "FY2550-Q1, a fiscal year as FY2550";

// Digits as a number; nullopt for anything else, or for more than `most` digits.
std::optional<int> digitsValue(std::string_view digits, std::size_t most)
{
    if (digits.empty() || digits.size() > most) {
        return std::nullopt;
    }
    int value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<int> smallNumber(std::string_view digits, int highest)
{
    const auto value = digitsValue(digits, 2);
    return value && *value >= 1 && *value <= highest ? value : std::nullopt;
}

// Reads the text in any of the period forms; nullopt when it is none of them.
std::optional<Period> read(std::string_view typed)
{
    const std::string key = matchKey(typed); // Thai digits, case and stray spaces folded
    std::string_view text = key;
    while (!text.empty() && text.front() == ' ') {
        text.remove_prefix(1);
    }
    while (!text.empty() && text.back() == ' ') {
        text.remove_suffix(1);
    }
    const bool fiscal = text.starts_with("fy");
    if (fiscal) {
        text.remove_prefix(2);
    }
    const auto year = parseUserYear(text.substr(0, 4));
    if (!year) {
        return std::nullopt;
    }
    std::string_view rest = text.substr(4);
    if (rest.empty()) {
        return Period{Period::Kind::FiscalYear, *year, 1};
    }
    if (rest.front() != '-' && rest.front() != '/') {
        return std::nullopt;
    }
    rest.remove_prefix(1);
    if (rest.starts_with("q")) {
        const auto quarter = smallNumber(rest.substr(1), 4);
        if (!quarter) {
            return std::nullopt;
        }
        return Period{fiscal ? Period::Kind::FiscalQuarter : Period::Kind::Quarter, *year, *quarter};
    }
    const auto month = smallNumber(rest, 12);
    if (!month || fiscal) {
        return std::nullopt;
    }
    return Period{Period::Kind::Month, *year, *month};
}

Period readAs(std::string_view text, std::string_view what, std::optional<Period::Kind> kind)
{
    auto period = read(text);
    // A plain year given where a quarter or month is asked for is not what was meant.
    if (period && kind && period->kind != *kind &&
        !(*kind == Period::Kind::Quarter && period->kind == Period::Kind::FiscalQuarter)) {
        period.reset();
    }
    if (!period) {
        throw Error(ErrorCategory::InvalidInput, "The %1 \"%2\" is not a period; %3.",
                    {std::string(what), std::string(text), kForms});
    }
    return *period;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

// The first month of the period, counted from year 0 so that periods cross years simply.
int firstMonthIndex(const Period& p)
{
    switch (p.kind) {
    case Period::Kind::Month:
        return p.year * 12 + p.index - 1;
    case Period::Kind::Quarter:
        return p.year * 12 + (p.index - 1) * 3;
    case Period::Kind::FiscalQuarter:
        return (p.year - 1) * 12 + 9 + (p.index - 1) * 3;
    case Period::Kind::FiscalYear:
        return (p.year - 1) * 12 + 9;
    }
    return 0;
}

int monthCount(Period::Kind kind)
{
    switch (kind) {
    case Period::Kind::Month:
        return 1;
    case Period::Kind::Quarter:
    case Period::Kind::FiscalQuarter:
        return 3;
    case Period::Kind::FiscalYear:
        return 12;
    }
    return 1;
}

CivilDate monthStart(int index)
{
    return CivilDate{index / 12, index % 12 + 1, 1};
}

std::string yearText(int gregorianYear, const DateStyle& style)
{
    return withDigits(std::to_string(yearInEra(gregorianYear, style.era)), style.digits);
}

} // namespace

CivilDate Period::first() const
{
    return monthStart(firstMonthIndex(*this));
}

CivilDate Period::last() const
{
    const CivilDate start = monthStart(firstMonthIndex(*this) + monthCount(kind) - 1);
    return CivilDate{start.year, start.month, daysInMonth(start.year, start.month)};
}

Period Period::previous() const
{
    switch (kind) {
    case Kind::Month:
        return index == 1 ? Period{kind, year - 1, 12} : Period{kind, year, index - 1};
    case Kind::Quarter:
    case Kind::FiscalQuarter:
        return index == 1 ? Period{kind, year - 1, 4} : Period{kind, year, index - 1};
    case Kind::FiscalYear:
        return Period{kind, year - 1, 1};
    }
    return *this;
}

std::string Period::label(const DateStyle& style) const
{
    const bool thai = style.language == Language::Thai;
    const CivilDate from = first();
    const CivilDate to = last();
    switch (kind) {
    case Kind::Month:
        return formatMonth(year, index, style);
    case Kind::Quarter:
    case Kind::FiscalQuarter: {
        const std::string number = withDigits(std::to_string(index), style.digits);
        const std::string span =
            formatMonth(from.year, from.month, style, false) + " – " + formatMonth(to.year, to.month, style);
        if (kind == Kind::Quarter) {
            return (thai ? "ไตรมาสที่ " + number + "/" + yearText(year, style)
                         : "Quarter " + number + ", " + yearText(year, style)) +
                   " (" + span + ")";
        }
        return (thai ? "ไตรมาสที่ " + number + " ปีงบประมาณ " + yearText(year, style)
                     : "Quarter " + number + " of fiscal year " + yearText(year, style)) +
               " (" + span + ")";
    }
    case Kind::FiscalYear:
        return (thai ? "ปีงบประมาณ " : "Fiscal year ") + yearText(year, style) + " (" +
               formatDate(from, style) + " – " + formatDate(to, style) + ")";
    }
    return {};
}

std::string Period::key() const
{
    std::string y = std::to_string(year);
    switch (kind) {
    case Kind::Month:
        return y + (index < 10 ? "-0" : "-") + std::to_string(index);
    case Kind::Quarter:
        return y + "-Q" + std::to_string(index);
    case Kind::FiscalQuarter:
        return "FY" + y + "-Q" + std::to_string(index);
    case Kind::FiscalYear:
        return "FY" + y;
    }
    return y;
}

Period parseMonth(std::string_view text, std::string_view what)
{
    return readAs(text, what, Period::Kind::Month);
}
Period parseQuarter(std::string_view text, std::string_view what)
{
    return readAs(text, what, Period::Kind::Quarter);
}
Period parseFiscalYear(std::string_view text, std::string_view what)
{
    return readAs(text, what, Period::Kind::FiscalYear);
}
Period parsePeriod(std::string_view text, std::string_view what)
{
    return readAs(text, what, std::nullopt);
}

Period lastMonth(const CivilDate& day)
{
    return Period{Period::Kind::Month, day.year, day.month}.previous();
}

Period fiscalYearOf(const CivilDate& day)
{
    return Period{Period::Kind::FiscalYear, day.month >= 10 ? day.year + 1 : day.year, 1};
}

} // namespace banthuek::core
