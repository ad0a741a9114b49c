// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <unicode/utf8.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace banthuek::core {

// What "a note contains the query" means: both the note's text and the query are put through
// searchText, and the query must be a substring of the result. It folds what a reader sees as
// the same text: NFKC with case folding (the Thai block kept as stored, so SARA AM stays whole),
// Thai digits as Arabic digits (๒๕๕๐ = 2550), every run of white space, no-break space included,
// as one space, no space before ๆ (ดี ๆ = ดีๆ), no zero-width characters or soft hyphens, and no
// thousands separators inside numbers (15,000 = 15000). Malformed UTF-8 bytes are dropped.
// The index of word parts, the check of every result and the benchmark's scan all use it.
[[nodiscard]] std::string searchText(std::string_view text);

// searchText with, for every byte of the result, the offset of the original byte it came
// from, so a match found in the folded text can be highlighted in the original.
struct FoldedText
{
    std::string text;
    std::vector<std::uint32_t> origin; // origin[i]: original byte offset of text[i]
    std::uint32_t originalSize = 0;

    // The original byte range a folded range [begin, end) came from.
    [[nodiscard]] std::pair<std::size_t, std::size_t> originalRange(std::size_t begin, std::size_t end) const;
};
[[nodiscard]] FoldedText foldForSearch(std::string_view text);

// Calls visit(c, offset, next) for every well-formed code point of UTF-8 text, with its byte
// offset and the offset after it; malformed bytes are skipped (they carry no text).
template <typename Visit> void forEachCodePoint(std::string_view text, Visit&& visit)
{
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        const auto offset = static_cast<std::uint32_t>(i);
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c >= 0) {
            visit(static_cast<char32_t>(c), offset, static_cast<std::uint32_t>(i));
        }
    }
}

namespace detail {
void foldRare(char32_t c, std::u32string& out); // NFKC_CF of anything outside ASCII and Thai
} // namespace detail

// The folded form of one code point, passed to append one code point at a time (none for
// characters that carry no text). Shared by searchText and the word tokenizer, so words and
// word parts are folded alike.
template <typename Append> void foldCodePoint(char32_t c, Append&& append)
{
    if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x00AD) {
        return; // zero-width characters and soft hyphens
    }
    if (c >= 0x0E50 && c <= 0x0E59) {
        append(U'0' + (c - 0x0E50)); // Thai digits
    } else if (c < 0x80) {
        const bool space = c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v';
        append(space ? U' ' : c >= U'A' && c <= U'Z' ? c + (U'a' - U'A') : c);
    } else if (c >= 0x0E00 && c <= 0x0E7F) {
        append(c); // NFKC would split SARA AM, which ICU's dictionary expects whole
    } else {
        thread_local std::u32string folded;
        folded.clear();
        detail::foldRare(c, folded);
        for (const char32_t f : folded) {
            append(f);
        }
    }
}

// Calls emit(begin, end) for every window of three code points of folded text, and for the
// last two and last one (so a two-letter query finds text that ends with it as a prefix of a
// window). The windows are the terms of the part-word index.
template <typename Emit> int forEachTrigram(std::string_view folded, Emit&& emit)
{
    std::size_t starts[3] = {0, 0, 0}; // the last three code point starts
    int seen = 0;
    auto length = [&](std::size_t at) {
        const auto lead = static_cast<unsigned char>(folded[at]);
        return lead < 0x80 ? 1u : lead < 0xE0 ? 2u : lead < 0xF0 ? 3u : 4u;
    };
    for (std::size_t at = 0; at < folded.size(); at += length(at)) {
        starts[0] = starts[1];
        starts[1] = starts[2];
        starts[2] = at;
        if (++seen >= 3) {
            if (const int rc = emit(starts[0], at + length(at)); rc != 0) {
                return rc;
            }
        }
    }
    // The tail: the last two code points and the last one (or the whole of a shorter text).
    for (int tail = std::min(seen, 2); tail >= 1; --tail) {
        if (const int rc = emit(starts[3 - tail], folded.size()); rc != 0) {
            return rc;
        }
    }
    return 0;
}

} // namespace banthuek::core
