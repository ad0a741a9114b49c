// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace banthuek::core {

// A random (version 4) UUID in lower-case text form. Rows made on different laptops get
// different keys, so notebooks can later be merged without renumbering shared data.
[[nodiscard]] std::string newUuid();

// The same UUID (version 8, from a BLAKE2b hash of `seed`) in every notebook: rows that every
// notebook is born with (starter themes and organisations) have one key across a team.
[[nodiscard]] std::string stableUuid(std::string_view seed);

// Whether `text` is a UUID as these write it: 36 characters, lower-case hex in 8-4-4-4-12.
[[nodiscard]] bool isUuid(std::string_view text) noexcept;

} // namespace banthuek::core
