// SPDX-License-Identifier: GPL-3.0-or-later
// Checks of option values that speak to the user: CLI11's own number checks report the range
// of a double ("not in range 0.000000 to 1797693134862315...").
#pragma once

#include <CLI/CLI.hpp>

namespace banthuek::app {

// A whole number of at least `least`: "--stale: must be a whole number, 0 or more (not -5)".
[[nodiscard]] CLI::Validator wholeNumberFrom(long long least);

} // namespace banthuek::app
