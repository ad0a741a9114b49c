// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/dates.h"

#include "core/error.h"
#include "core/text/normalize.h"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <memory>

namespace banthuek::core {
namespace {

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[month - 1];
}

bool isRealDay(const CivilDate& d)
{
    return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
           d.day <= daysInMonth(d.year, d.month);
}

// Reads "Y<sep>M<sep>D" with 1-4 digit parts; nullopt for anything else.
std::optional<CivilDate> parseParts(std::string_view text, bool strictIso)
{
    int parts[3] = {0, 0, 0};
    int digits[3] = {0, 0, 0};
    int part = 0;
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            if (++digits[part] > 4) {
                return std::nullopt;
            }
            parts[part] = parts[part] * 10 + (c - '0');
        } else if ((c == '-' || (!strictIso && c == '/')) && part < 2 && digits[part] > 0) {
            ++part;
        } else {
            return std::nullopt;
        }
    }
    if (part != 2 || digits[2] == 0) {
        return std::nullopt;
    }
    if (strictIso && (digits[0] != 4 || digits[1] != 2 || digits[2] != 2)) {
        return std::nullopt;
    }
    return CivilDate{parts[0], parts[1], parts[2]};
}

icu::Locale localeFor(const DateStyle& style)
{
    std::string id = style.language == Language::Thai ? "th_TH" : "en_GB";
    id += style.era == Era::Buddhist ? "@calendar=buddhist" : "@calendar=gregorian";
    id += style.digits == Digits::Thai ? ";numbers=thai" : ";numbers=latn";
    return icu::Locale(id.c_str());
}

std::string format(UDate instant, const DateStyle& style, const char* pattern, bool utc)
{
    // Making an ICU formatter costs far more than using one, and a report formats thousands of
    // dates: one per style and pattern, per thread (formatters are not thread-safe).
    thread_local std::map<std::string, std::unique_ptr<icu::SimpleDateFormat>> formatters;
    const std::string key = std::string(pattern) + '|' +
                            static_cast<char>('0' + static_cast<int>(style.language)) +
                            static_cast<char>('0' + static_cast<int>(style.era)) +
                            static_cast<char>('0' + static_cast<int>(style.digits)) + (utc ? 'u' : 'l');
    auto found = formatters.find(key);
    if (found == formatters.end()) {
        UErrorCode status = U_ZERO_ERROR;
        auto formatter =
            std::make_unique<icu::SimpleDateFormat>(icu::UnicodeString(pattern), localeFor(style), status);
        if (U_FAILURE(status)) {
            throw Error(ErrorCategory::Database, "ICU date formatting unavailable: %1",
                        {u_errorName(status)});
        }
        if (utc) {
            formatter->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
        }
        found = formatters.emplace(key, std::move(formatter)).first;
    }
    icu::UnicodeString out;
    found->second->format(instant, out);
    std::string result;
    out.toUTF8String(result);
    return result;
}

std::string formatCivil(const CivilDate& date, const DateStyle& style, const char* pattern)
{
    UErrorCode status = U_ZERO_ERROR;
    thread_local icu::GregorianCalendar calendar(icu::TimeZone::createTimeZone("UTC"), status); // made once
    status = U_ZERO_ERROR;
    calendar.clear();
    calendar.set(date.year, date.month - 1, date.day, 12, 0, 0);
    const UDate instant = calendar.getTime(status);
    if (U_FAILURE(status)) {
        throw Error(ErrorCategory::InvalidInput, "The date %1 cannot be shown.", {date.iso()});
    }
    return format(instant, style, pattern, true);
}

std::chrono::sys_days sysDays(const CivilDate& d)
{
    using namespace std::chrono;
    return sys_days(year_month_day(year(d.year), month(static_cast<unsigned>(d.month)),
                                   std::chrono::day(static_cast<unsigned>(d.day))));
}

} // namespace

std::string CivilDate::iso() const
{
    char buffer[16];
    (void)std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

std::optional<CivilDate> parseIsoDate(std::string_view text)
{
    const auto date = parseParts(text, true);
    return date && isRealDay(*date) ? date : std::nullopt;
}

CivilDate parseUserDate(std::string_view text, std::string_view what)
{
    const std::string key = matchKey(text); // folds Thai digits and stray spaces
    std::string compact;
    for (const char c : key) {
        if (c != ' ') {
            compact += c;
        }
    }
    auto date = parseParts(compact, false);
    if (date && date->year >= 2400) {
        date->year -= kBuddhistEraOffset;
    }
    if (!date || !isRealDay(*date)) {
        throw Error(ErrorCategory::InvalidInput,
                    "The %1 \"%2\" is not a date; write it as YYYY-MM-DD (e.g. 2007-01-22 or 2550-01-22).",
                    {std::string(what), std::string(text)});
    }
    return *date;
}

std::optional<int> parseUserYear(std::string_view text)
{
    std::string key = matchKey(text); // Thai digits as Arabic
    while (!key.empty() && key.front() == ' ') {
        key.erase(0, 1);
    }
    while (!key.empty() && key.back() == ' ') {
        key.pop_back();
    }
    if (key.size() != 4 || key.find_first_not_of("0123456789") != std::string::npos) {
        return std::nullopt;
    }
    int year = std::stoi(key);
    if (year >= 2400) {
        year -= kBuddhistEraOffset;
    }
    return year >= 1900 && year <= 2200 ? std::optional<int>(year) : std::nullopt;
}

std::string formatDate(const CivilDate& date, const DateStyle& style)
{
    return formatCivil(date, style, "d MMMM y");
}

std::string formatMonth(int year, int month, const DateStyle& style, bool withYear)
{
    return formatCivil(CivilDate{year, month, 1}, style, withYear ? "MMMM y" : "MMMM");
}

std::string formatDateTime(std::int64_t utcMillis, const DateStyle& style)
{
    return format(static_cast<UDate>(utcMillis), style, "d MMMM y HH:mm", false);
}

std::int64_t nowMillis()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::int64_t localDayStartMillis(const CivilDate& date)
{
    std::tm local{};
    local.tm_year = date.year - 1900;
    local.tm_mon = date.month - 1;
    local.tm_mday = date.day;
    local.tm_isdst = -1; // the zone's own rule for that day
    return static_cast<std::int64_t>(std::mktime(&local)) * 1000;
}

std::string withDigits(std::string_view text, Digits digits)
{
    if (digits == Digits::Arabic) {
        return std::string(text);
    }
    std::string out;
    out.reserve(text.size() * 3);
    for (const char ch : text) {
        if (ch >= '0' && ch <= '9') {
            out += "\xE0\xB9"; // U+0E50 THAI DIGIT ZERO + n, in UTF-8
            out += static_cast<char>(0x90 + (ch - '0'));
        } else {
            out += ch;
        }
    }
    return out;
}

CivilDate addDays(const CivilDate& date, int days)
{
    using namespace std::chrono;
    const sys_days day = sysDays(date) + std::chrono::days(days);
    const year_month_day ymd(day);
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

int daysBetween(const CivilDate& from, const CivilDate& to)
{
    return static_cast<int>((sysDays(to) - sysDays(from)).count());
}

CivilDate today()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return CivilDate{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

} // namespace banthuek::core
