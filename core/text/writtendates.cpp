// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/writtendates.h"

#include "core/text/normalize.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

namespace banthuek::core {
namespace {

struct MonthName
{
    std::string key; // matchKey of the name
    int month = 0;   // 1-12
};

// Month names as ICU knows them (Thai and English, wide and abbreviated), longest first so that
// "january" is tried before "jan".
const std::vector<MonthName>& monthNames()
{
    static const std::vector<MonthName> names = [] {
        std::vector<MonthName> all;
        for (const char* locale : {"th_TH", "en_GB"}) {
            UErrorCode status = U_ZERO_ERROR;
            const icu::DateFormatSymbols symbols(icu::Locale(locale), status);
            if (U_FAILURE(status)) {
                continue;
            }
            for (const auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
                for (const auto context :
                     {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
                    int32_t count = 0;
                    const icu::UnicodeString* months = symbols.getMonths(count, context, width);
                    for (int32_t i = 0; i < count && i < 12; ++i) {
                        std::string utf8;
                        months[i].toUTF8String(utf8);
                        utf8.erase(std::remove(utf8.begin(), utf8.end(), ' '), utf8.end());
                        if (!utf8.empty()) {
                            all.push_back({matchKey(utf8), i + 1});
                        }
                    }
                }
            }
        }
        std::stable_sort(all.begin(), all.end(),
                         [](const MonthName& a, const MonthName& b) { return a.key.size() > b.key.size(); });
        return all;
    }();
    return names;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads 1..maxDigits ASCII digits at `at`; advances past them.
std::optional<int> number(std::string_view text, std::size_t& at, int maxDigits)
{
    std::size_t end = at;
    while (end < text.size() && isDigit(text[end]) && static_cast<int>(end - at) < maxDigits + 1) {
        ++end;
    }
    const auto length = static_cast<int>(end - at);
    if (length == 0 || length > maxDigits) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t i = at; i < end; ++i) {
        value = value * 10 + (text[i] - '0');
    }
    at = end;
    return value;
}

void skipSpaces(std::string_view text, std::size_t& at, bool comma = false)
{
    while (at < text.size() && (text[at] == ' ' || (comma && text[at] == ','))) {
        ++at;
    }
}

std::optional<int> readMonth(std::string_view text, std::size_t& at)
{
    for (const MonthName& name : monthNames()) {
        if (text.substr(at).starts_with(name.key)) {
            const std::size_t end = at + name.key.size();
            // An English name must end at a word's end: "march" is not the start of "marches".
            const bool latin = name.key.front() >= 'a' && name.key.front() <= 'z';
            if (latin && end < text.size() && text[end] >= 'a' && text[end] <= 'z') {
                continue;
            }
            at = end;
            return name.month;
        }
    }
    return std::nullopt;
}

std::optional<int> readYear(std::string_view text, std::size_t& at)
{
    const std::optional<int> value = number(text, at, 4);
    if (!value || *value < 1000) {
        return std::nullopt;
    }
    return *value >= 2400 ? *value - kBuddhistEraOffset : *value;
}

// "16:26" or "16.26", optionally with seconds, after an optional comma or "เวลา".
std::optional<int> timeOfDay(std::string_view text, std::size_t at)
{
    skipSpaces(text, at, true);
    if (text.substr(at).starts_with("เวลา")) {
        at += std::string_view("เวลา").size();
        skipSpaces(text, at);
    }
    const std::optional<int> hours = number(text, at, 2);
    if (!hours || at >= text.size() || (text[at] != ':' && text[at] != '.')) {
        return std::nullopt;
    }
    ++at;
    const std::size_t minuteStart = at;
    const std::optional<int> minutes = number(text, at, 2);
    if (!minutes || at - minuteStart != 2 || *hours > 23 || *minutes > 59) {
        return std::nullopt;
    }
    return *hours * 60 + *minutes;
}

bool realDay(const CivilDate& date)
{
    using namespace std::chrono;
    return date.year >= 1900 && date.year <= 2200 &&
           year_month_day(year(date.year), std::chrono::month(static_cast<unsigned>(date.month)),
                          day(static_cast<unsigned>(date.day)))
               .ok();
}

// "22 มกราคม 2007" at `at` (day first), or "January 22, 2007" (month first).
std::optional<WrittenDateTime> dateAt(std::string_view text, std::size_t at)
{
    std::size_t cursor = at;
    CivilDate date;
    if (const std::optional<int> dayFirst = number(text, cursor, 2)) {
        skipSpaces(text, cursor);
        const std::optional<int> named = readMonth(text, cursor);
        skipSpaces(text, cursor, true);
        const std::optional<int> y = named ? readYear(text, cursor) : std::nullopt;
        if (!y) {
            return std::nullopt;
        }
        date = {*y, *named, *dayFirst};
    } else if (const std::optional<int> named = readMonth(text, cursor)) {
        skipSpaces(text, cursor);
        const std::optional<int> dayNumber = number(text, cursor, 2);
        skipSpaces(text, cursor, true);
        const std::optional<int> y = dayNumber ? readYear(text, cursor) : std::nullopt;
        if (!y) {
            return std::nullopt;
        }
        date = {*y, *named, *dayNumber};
    } else {
        return std::nullopt;
    }
    if (!realDay(date)) {
        return std::nullopt;
    }
    return WrittenDateTime{date, timeOfDay(text, cursor)};
}

} // namespace

std::optional<WrittenDateTime> findWrittenDate(std::string_view text)
{
    const std::string key = matchKey(text);
    const std::string_view view(key);
    for (std::size_t at = 0; at < view.size(); ++at) {
        const bool wordStart = at == 0 || !isDigit(view[at - 1]);
        if (wordStart) {
            if (auto found = dateAt(view, at)) {
                return found;
            }
        }
    }
    return std::nullopt;
}

std::int64_t thaiMillis(const WrittenDateTime& written)
{
    using namespace std::chrono;
    constexpr std::int64_t kThaiOffsetMinutes = std::int64_t{7} * 60;
    const sys_days day{year_month_day(year(written.date.year),
                                      month(static_cast<unsigned>(written.date.month)),
                                      std::chrono::day(static_cast<unsigned>(written.date.day)))};
    const std::int64_t minutes = written.minutes.value_or(12 * 60) - kThaiOffsetMinutes;
    return duration_cast<milliseconds>(day.time_since_epoch()).count() + minutes * 60'000;
}

} // namespace banthuek::core
