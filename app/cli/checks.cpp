// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/checks.h"

#include <charconv>
#include <string>

namespace banthuek::app {

CLI::Validator wholeNumberFrom(long long least)
{
    return {[least](std::string& input) -> std::string {
                long long value = 0;
                const char* end = input.data() + input.size();
                const auto [at, error] = std::from_chars(input.data(), end, value);
                if (error != std::errc{} || at != end || value < least) {
                    return "must be a whole number, " + std::to_string(least) + " or more (not " + input +
                           ")";
                }
                return {};
            },
            "INT>=" + std::to_string(least)};
}

} // namespace banthuek::app
