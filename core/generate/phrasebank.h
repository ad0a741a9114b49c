// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <string_view>

namespace banthuek::core::phrases {

// Thai sentences, names and title patterns for generated notebooks, in the register of
// community-development field notes and minutes (the GotoKnow KM-city posts are the model).
[[nodiscard]] std::span<const std::string_view> sentences();
[[nodiscard]] std::span<const std::string_view> headings();
[[nodiscard]] std::span<const std::string_view> fieldNoteTitles(); // "{place}" and "{theme}" are filled in
[[nodiscard]] std::span<const std::string_view> minutesTitles();
[[nodiscard]] std::span<const std::string_view> articleTitles();
[[nodiscard]] std::span<const std::string_view> people();
[[nodiscard]] std::span<const std::string_view> comments();
[[nodiscard]] std::span<const std::string_view> listItems();

} // namespace banthuek::core::phrases
