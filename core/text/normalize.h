// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace banthuek::core {

// Everything a user types is stored NFC-normalised, so the same Thai text typed with a
// different mark order is the same text. Throws InvalidInput for malformed UTF-8, naming `what`.
[[nodiscard]] std::string normalizeText(std::string_view text, std::string_view what = "text");

// normalizeText, then trimmed of surrounding white space (including no-break spaces):
// for titles, names and other one-line fields.
[[nodiscard]] std::string normalizeLine(std::string_view text, std::string_view what = "text");

// A key for comparing what a user typed with stored names: NFKC with case folding,
// Thai digits as Arabic digits, no-break and zero-width spaces removed or made plain.
// "บ้าน ๑" and "บ้าน 1", "Tha Sala" and "THA SALA" get the same key.
[[nodiscard]] std::string matchKey(std::string_view text);

[[nodiscard]] bool isValidUtf8(std::string_view text) noexcept;

} // namespace banthuek::core
