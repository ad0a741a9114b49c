// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

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

// The one exception type core throws. Its message is an English sentence with numbered places
// (%1, %2, ...) for what varies, and the values for them: what() is that sentence filled in, and
// the window and the command line show it in the user's language by looking the English text
// up (Qt Linguist, context "banthuek::core::Error"; a build step lists every such literal).
// category() lets callers react without parsing the text.
class Error final : public std::runtime_error
{
public:
    // `text` is a literal, the translation key; `places` fill %1, %2, ... in order.
    Error(ErrorCategory category, const char* text, std::vector<std::string> places = {})
        : std::runtime_error(fillPlaces(text, places)), m_category(category), m_text(text),
          m_places(std::move(places))
    {
    }
    // A message already in words that has no translation (from SQLite or the system).
    Error(ErrorCategory category, const std::string& message)
        : std::runtime_error(message), m_category(category), m_text("%1"), m_places{message}
    {
    }

    [[nodiscard]] ErrorCategory category() const noexcept { return m_category; }
    // The English text with its places unfilled: the key of its translation.
    [[nodiscard]] const std::string& text() const noexcept { return m_text; }
    [[nodiscard]] const std::vector<std::string>& places() const noexcept { return m_places; }
    [[nodiscard]] struct Message message() const;

    // Puts the values into %1 ... %9 of a text (in any order; a % before anything else stays).
    [[nodiscard]] static std::string fillPlaces(std::string_view text,
                                                const std::vector<std::string>& places);

private:
    ErrorCategory m_category;
    std::string m_text;
    std::vector<std::string> m_places;
};

// Words for the user that are not an error (what a check found sound, say): like an Error's,
// an English text with numbered places, the text the key of its translation. Construct one
// with the type named and a literal text first, so the build's list of texts finds it.
struct Message
{
    std::string text;
    std::vector<std::string> places;

    [[nodiscard]] std::string english() const { return Error::fillPlaces(text, places); }
    friend bool operator==(const Message&, const Message&) = default;
};

inline Message Error::message() const
{
    return Message{m_text, m_places};
}

[[nodiscard]] const char* categoryName(ErrorCategory category) noexcept;

} // namespace banthuek::core
