// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.h"

namespace banthuek::core {

std::string Error::fillPlaces(std::string_view text, const std::vector<std::string>& places)
{
    std::string filled;
    filled.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        if (text[i] == '%' && next >= '1' && next <= '9' &&
            static_cast<std::size_t>(next - '1') < places.size()) {
            filled += places[static_cast<std::size_t>(next - '1')];
            ++i;
        } else {
            filled += text[i];
        }
    }
    return filled;
}

const char* categoryName(ErrorCategory category) noexcept
{
    switch (category) {
    case ErrorCategory::InvalidInput:
        return "invalid input";
    case ErrorCategory::NotFound:
        return "not found";
    case ErrorCategory::NotANotebook:
        return "not a notebook";
    case ErrorCategory::Corrupt:
        return "corrupt notebook";
    case ErrorCategory::NewerSchema:
        return "newer schema";
    case ErrorCategory::Locked:
        return "notebook in use";
    case ErrorCategory::ReadOnly:
        return "read-only";
    case ErrorCategory::Io:
        return "file error";
    case ErrorCategory::Database:
        return "database error";
    }
    return "error";
}

} // namespace banthuek::core
