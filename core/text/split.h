// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace banthuek::core {

// The parts of a joined list (SQL group_concat's result); empty text gives no parts.
[[nodiscard]] inline std::vector<std::string> splitJoined(const std::string& joined, char separator)
{
    std::vector<std::string> parts;
    if (joined.empty()) {
        return parts;
    }
    std::size_t start = 0;
    for (std::size_t end; (end = joined.find(separator, start)) != std::string::npos; start = end + 1) {
        parts.push_back(joined.substr(start, end - start));
    }
    parts.push_back(joined.substr(start));
    return parts;
}

} // namespace banthuek::core
