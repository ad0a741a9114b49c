// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/tokenizer.h"

#include "core/error.h"
#include "core/search/searchtext.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <memory>

namespace banthuek::core {
namespace {

constexpr UChar32 kMaiYamok = 0x0E46; // ๆ, the repetition mark

// The text after normalisation, with the original byte offset of every UTF-16 unit, so a
// word found in the normalised text can be located in the original.
struct NormalizedText
{
    icu::UnicodeString text;
    std::vector<std::size_t> origin; // origin[i]: byte offset in the original of text unit i
    std::size_t originalSize = 0;
};

// Folds one code point at a time: stored text is already NFC, and this keeps the map from
// normalised units back to original bytes exact.
NormalizedText normalize(std::string_view text)
{
    NormalizedText out;
    out.originalSize = text.size();
    forEachCodePoint(text, [&out](char32_t c, std::uint32_t offset, std::uint32_t) {
        foldCodePoint(c, [&](char32_t folded) {
            out.text.append(static_cast<UChar32>(folded));
            out.origin.push_back(offset);
            if (folded > 0xFFFF) {
                out.origin.push_back(offset); // a surrogate pair is two units
            }
        });
    });
    return out;
}

enum class Kind { Thai, Letter, Digit, Other };

Kind kindOf(UChar32 c)
{
    if (c < 0x80) { // fast path: most of every note is ASCII or Thai
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ? Kind::Letter
               : (c >= u'0' && c <= u'9')                           ? Kind::Digit
                                                                    : Kind::Other;
    }
    if (c >= 0x0E01 && c <= 0x0E4E) {
        return c == kMaiYamok || c == 0x0E3F ? Kind::Other : Kind::Thai; // ๆ and ฿ end a word
    }
    if (c == kMaiYamok) {
        return Kind::Other;
    }
    UErrorCode status = U_ZERO_ERROR;
    if (uscript_getScript(c, &status) == USCRIPT_THAI) {
        return u_isdigit(c) ? Kind::Digit : Kind::Thai;
    }
    if (u_isdigit(c)) {
        return Kind::Digit;
    }
    if (u_isalpha(c) || u_getCombiningClass(c) > 0 || u_charType(c) == U_NON_SPACING_MARK) {
        return Kind::Letter;
    }
    return Kind::Other;
}

std::string utf8(const icu::UnicodeString& text, int32_t start, int32_t end)
{
    std::string out;
    text.tempSubStringBetween(start, end).toUTF8String(out);
    return out;
}

// Emits the pieces of one ICU word: runs of one kind; digits keep "," and "." between digits
// (dropping the thousands separators), everything else that is Other ends a piece.
void splitWord(const NormalizedText& source, int32_t start, int32_t end, std::vector<SearchToken>& tokens)
{
    const icu::UnicodeString& text = source.text;
    int32_t pieceStart = -1;
    Kind pieceKind = Kind::Other;
    std::string digits;
    auto flush = [&](int32_t at) {
        if (pieceStart < 0) {
            return;
        }
        SearchToken token;
        token.text = pieceKind == Kind::Digit ? digits : utf8(text, pieceStart, at);
        token.begin = source.origin[static_cast<std::size_t>(pieceStart)];
        token.end = at < static_cast<int32_t>(source.origin.size())
                        ? source.origin[static_cast<std::size_t>(at)]
                        : source.originalSize;
        tokens.push_back(std::move(token));
        pieceStart = -1;
        digits.clear();
    };
    for (int32_t i = start; i < end; i = text.moveIndex32(i, 1)) {
        const UChar32 c = text.char32At(i);
        Kind kind = kindOf(c);
        // A combining mark belongs to the letter before it, whatever ICU thinks of its script.
        if (kind == Kind::Letter && c >= 0x0300 && pieceStart >= 0 && u_getCombiningClass(c) > 0) {
            kind = pieceKind;
        }
        const bool numberSeparator = (c == u',' || c == u'.') && pieceKind == Kind::Digit &&
                                     pieceStart >= 0 && i + 1 < end &&
                                     kindOf(text.char32At(i + 1)) == Kind::Digit;
        if (numberSeparator) {
            if (c == u'.') {
                digits += '.';
            }
            continue;
        }
        if (kind == Kind::Other) {
            flush(i);
            continue;
        }
        if (pieceStart >= 0 && kind != pieceKind) {
            flush(i);
        }
        if (pieceStart < 0) {
            pieceStart = i;
            pieceKind = kind;
        }
        if (kind == Kind::Digit) {
            digits += static_cast<char>(u'0' + u_charDigitValue(c));
        }
    }
    flush(end);
}

std::unique_ptr<icu::BreakIterator> thaiWordBreaker()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> breaker(
        icu::BreakIterator::createWordInstance(icu::Locale("th"), status));
    if (U_FAILURE(status)) {
        throw Error(ErrorCategory::Database, "ICU word breaking unavailable: %1", {u_errorName(status)});
    }
    return breaker;
}

} // namespace

std::vector<SearchToken> tokenizeForSearch(std::string_view text)
{
    const NormalizedText source = normalize(text);
    std::vector<SearchToken> tokens;
    if (source.text.isEmpty()) {
        return tokens;
    }
    // Break iterators are costly to make and not thread-safe: one per thread.
    thread_local const std::unique_ptr<icu::BreakIterator> breaker = thaiWordBreaker();
    breaker->setText(source.text);
    int32_t start = breaker->first();
    for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE; start = end, end = breaker->next()) {
        splitWord(source, start, end, tokens);
    }
    return tokens;
}

std::string searchKey(std::string_view text)
{
    // Words that touch in the original touch in the key, so a query still matches where ICU
    // segmented the text differently from the query.
    std::string key;
    std::size_t previousEnd = 0;
    for (const SearchToken& token : tokenizeForSearch(text)) {
        if (!key.empty() && token.begin > previousEnd) {
            key += ' ';
        }
        key += token.text;
        previousEnd = token.end;
    }
    return key;
}

} // namespace banthuek::core
