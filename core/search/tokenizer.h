// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace banthuek::core {

// One searchable word: its normalised text and where it stands in the original UTF-8 text
// (byte offsets, so snippets and highlights can cut the original without breaking a cluster).
struct SearchToken
{
    std::string text;
    std::size_t begin = 0;
    std::size_t end = 0;
};

// Splits text into words the way Thai readers do, with ICU's dictionary-based Thai word
// break iterator, then again where ICU glues words together: at a change of script (อบรมBlog),
// between letters and digits (ไว้6ปี), at ๆ and at punctuation after a Thai letter
// (จ.นครศรีธรรมราช). Both documents and queries go through it, normalised the same way:
// NFKC with case folding (SARA AM kept whole, as ICU's dictionary expects it), Thai digits as Arabic digits,
// no-break and zero-width spaces ignored, ๆ dropped, thousands separators inside numbers dropped (15,000 =
// 15000).
[[nodiscard]] std::vector<SearchToken> tokenizeForSearch(std::string_view text);

// The whole text normalised as tokenizeForSearch normalises each word; words that touch stay
// touching and anything between words becomes one space: what "contains the query" is
// checked against.
[[nodiscard]] std::string searchKey(std::string_view text);

} // namespace banthuek::core
