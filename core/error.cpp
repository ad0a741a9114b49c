// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.h"

namespace banthuek::core {

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
