// SPDX-License-Identifier: GPL-3.0-or-later
// Instants written for people and other tools: ISO 8601 in Thailand's time (UTC+7), as
// exported Markdown files carry a note's times.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace banthuek::core {

// "2026-03-01T10:00:00+07:00"; milliseconds are written only when there are some
// ("2026-03-01T10:00:00.250+07:00"), so the instant reads back exactly.
[[nodiscard]] std::string isoThaiInstant(std::int64_t utcMillis);

// An instant as tools write it: "2026-03-01", "2026-03-01 10:00", "2026-03-01T10:00:00.250Z",
// "2026-03-01T10:00:00+07:00", "2026-03-01 03:00:00Z" (Joplin). A date alone is its midnight
// and a time without a zone is Thailand's time. nullopt when it is none of these or not a real
// day and time.
[[nodiscard]] std::optional<std::int64_t> parseIsoInstant(std::string_view text);

} // namespace banthuek::core
