// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/minutes/minutes.h"

#include <array>
#include <utility>

namespace banthuek::core {
namespace {

constexpr std::array kAttendance = {std::pair{Attendance::Present, std::string_view("present")},
                                    std::pair{Attendance::Absent, std::string_view("absent")},
                                    std::pair{Attendance::Guest, std::string_view("guest")}};
constexpr std::array kStatus = {std::pair{ActionStatus::Open, std::string_view("open")},
                                std::pair{ActionStatus::Done, std::string_view("done")},
                                std::pair{ActionStatus::Dropped, std::string_view("dropped")}};

template <typename Enum, std::size_t N>
std::string_view nameOf(const std::array<std::pair<Enum, std::string_view>, N>& names, Enum value)
{
    for (const auto& [each, name] : names) {
        if (each == value) {
            return name;
        }
    }
    return names.front().second;
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse(const std::array<std::pair<Enum, std::string_view>, N>& names,
                          std::string_view text)
{
    for (const auto& [each, name] : names) {
        if (name == text) {
            return each;
        }
    }
    return std::nullopt;
}

} // namespace

std::string_view attendanceName(Attendance attendance)
{
    return nameOf(kAttendance, attendance);
}

std::optional<Attendance> parseAttendance(std::string_view name)
{
    return parse(kAttendance, name);
}

std::string_view actionStatusName(ActionStatus status)
{
    return nameOf(kStatus, status);
}

std::optional<ActionStatus> parseActionStatus(std::string_view name)
{
    return parse(kStatus, name);
}

} // namespace banthuek::core
