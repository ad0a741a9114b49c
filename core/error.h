// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace banthuek::core {

// What kind of failure an Error is, so the UI and CLI can choose wording and exit codes.
enum class ErrorCategory {
    InvalidInput, // the caller or user gave something malformed (a bad date, an unknown code)
    NotFound,     // a note, person, place or theme that does not exist
    NotANotebook, // the file is not a Banthuek notebook (not SQLite, or another application's)
    Corrupt,      // the file is a notebook but damaged or truncated
    NewerSchema,  // the notebook was written by a newer Banthuek
    Locked,       // another Banthuek process has the notebook open
    ReadOnly,     // the notebook cannot be written
    Io,           // the file system refused (missing directory, permissions)
    Database,     // SQLite reported an unexpected error
};

// The one exception type core throws. what() is a complete, user-facing English sentence;
// category() lets callers react without parsing the text.
class Error final : public std::runtime_error
{
public:
    Error(ErrorCategory category, const std::string& message)
        : std::runtime_error(message), m_category(category)
    {
    }

    [[nodiscard]] ErrorCategory category() const noexcept { return m_category; }

private:
    ErrorCategory m_category;
};

[[nodiscard]] const char* categoryName(ErrorCategory category) noexcept;

} // namespace banthuek::core
