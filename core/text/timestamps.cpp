// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/timestamps.h"

#include "core/text/dates.h"

#include <array>
#include <chrono>
#include <cstdio>

namespace banthuek::core {
namespace {

using namespace std::chrono;

constexpr std::int64_t kThaiOffsetMs = std::int64_t{7} * 3600 * 1000;

// Reads exactly `count` digits at `at`, moving past them.
std::optional<int> digits(std::string_view text, std::size_t& at, std::size_t count)
{
    if (at + count > text.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = text[at + i];
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    at += count;
    return value;
}

bool skip(std::string_view text, std::size_t& at, char c)
{
    if (at < text.size() && text[at] == c) {
        ++at;
        return true;
    }
    return false;
}

// The time of day after a date, in milliseconds, moving past it; nullopt when malformed.
std::optional<std::int64_t> timeOfDay(std::string_view text, std::size_t& at)
{
    const auto hours = digits(text, at, 2);
    if (!hours || !skip(text, at, ':')) {
        return std::nullopt;
    }
    const auto minutes = digits(text, at, 2);
    int seconds = 0;
    int millis = 0;
    if (skip(text, at, ':')) {
        const auto read = digits(text, at, 2);
        if (!read) {
            return std::nullopt;
        }
        seconds = *read;
        if (skip(text, at, '.')) {
            int scale = 100;
            std::size_t count = 0;
            while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
                millis += scale * (text[at] - '0');
                scale /= 10;
                ++at;
                ++count;
            }
            if (count == 0) {
                return std::nullopt;
            }
        }
    }
    if (!minutes || *hours > 23 || *minutes > 59 || seconds > 60) {
        return std::nullopt;
    }
    return ((std::int64_t{*hours} * 60 + *minutes) * 60 + seconds) * 1000 + millis;
}

} // namespace

std::string isoThaiInstant(std::int64_t utcMillis)
{
    const std::int64_t local = utcMillis + kThaiOffsetMs;
    const sys_days day = floor<days>(sys_time<milliseconds>(milliseconds(local)));
    const year_month_day date(day);
    const std::int64_t inDay = local - duration_cast<milliseconds>(day.time_since_epoch()).count();
    const std::int64_t seconds = inDay / 1000;
    std::array<char, 48> text{};
    const int written =
        std::snprintf(text.data(), text.size(), "%04d-%02u-%02uT%02lld:%02lld:%02lld",
                      static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                      static_cast<unsigned>(date.day()), static_cast<long long>(seconds / 3600),
                      static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60));
    std::string result(text.data(), static_cast<std::size_t>(written));
    if (inDay % 1000 != 0) {
        std::array<char, 8> fraction{};
        (void)std::snprintf(fraction.data(), fraction.size(), ".%03lld",
                            static_cast<long long>(inDay % 1000));
        result += fraction.data();
    }
    return result + "+07:00";
}

std::optional<std::int64_t> parseIsoInstant(std::string_view text)
{
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    if (text.size() < 10) {
        return std::nullopt;
    }
    const auto date = parseIsoDate(text.substr(0, 10));
    if (!date) {
        return std::nullopt;
    }
    const sys_days day{year_month_day(year(date->year), month(static_cast<unsigned>(date->month)),
                                      std::chrono::day(static_cast<unsigned>(date->day)))};
    const std::int64_t midnight = duration_cast<milliseconds>(day.time_since_epoch()).count();
    std::size_t at = 10;
    if (at == text.size()) {
        return midnight - kThaiOffsetMs;
    }
    if (!skip(text, at, 'T') && !skip(text, at, ' ')) {
        return std::nullopt;
    }
    const auto inDay = timeOfDay(text, at);
    if (!inDay) {
        return std::nullopt;
    }
    std::int64_t offset = kThaiOffsetMs; // no zone: Thailand's time
    if (skip(text, at, 'Z') || skip(text, at, 'z')) {
        offset = 0;
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        const int sign = text[at++] == '-' ? -1 : 1;
        const auto hours = digits(text, at, 2);
        skip(text, at, ':');
        const auto minutes = digits(text, at, 2);
        if (!hours || !minutes || *hours > 14 || *minutes > 59) {
            return std::nullopt;
        }
        offset = sign * (std::int64_t{*hours} * 60 + *minutes) * 60'000;
    }
    if (at != text.size()) {
        return std::nullopt;
    }
    return midnight + *inDay - offset;
}

} // namespace banthuek::core
