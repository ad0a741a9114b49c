// SPDX-License-Identifier: GPL-3.0-or-later
// The published site's style sheet and search script, written beside its pages.
#pragma once

#include <string_view>

namespace banthuek::core {

// Thai-first type (fonts any Thai desktop or phone has), readable line length, print-friendly.
[[nodiscard]] std::string_view siteStyleSheet();

// Offline search over search-index.js (window.BANTHUEK_SEARCH = {notes: [[page, title, date,
// excerpt], ...], words: {word: [note, ...]}}): the query is split into words by the browser's
// own Thai word breaker (Intl.Segmenter, ICU as in Banthuek), each word matches the index's words
// it begins, and notes holding every word are listed, newest first. No framework, no server.
[[nodiscard]] std::string_view siteSearchScript();

} // namespace banthuek::core
