// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/searchtext.h"

#include "core/error.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace banthuek::core {

namespace detail {

void foldRare(char32_t c, std::u32string& out)
{
    if (u_isUWhiteSpace(static_cast<UChar32>(c))) {
        out += U' ';
        return;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* fold = icu::Normalizer2::getInstance(nullptr, "nfkc_cf", UNORM2_COMPOSE, status);
    if (U_FAILURE(status) || !fold) {
        throw Error(ErrorCategory::Database, "ICU normaliser unavailable for search.");
    }
    const icu::UnicodeString folded = fold->normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
    if (U_FAILURE(status)) {
        out += c;
        return;
    }
    for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
        const UChar32 f = folded.char32At(i);
        out += u_isUWhiteSpace(f) ? U' ' : static_cast<char32_t>(f);
    }
}

} // namespace detail

namespace {

constexpr char32_t kMaiYamok = 0x0E46; // ๆ

bool isDigitAt(std::string_view text, int32_t at)
{
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    UChar32 c = 0;
    U8_NEXT(bytes, at, static_cast<int32_t>(text.size()), c);
    return (c >= u'0' && c <= u'9') || (c >= 0x0E50 && c <= 0x0E59);
}

void appendUtf8(std::string& out, char32_t c)
{
    char buffer[4];
    int32_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, static_cast<UChar32>(c)); // folded code points are valid
    out.append(buffer, static_cast<std::size_t>(length));
}

// The one loop behind searchText and foldForSearch; origin, when given, gets one entry per
// byte appended.
void fold(std::string_view text, std::string& out, std::vector<std::uint32_t>* origin)
{
    out.reserve(text.size());
    forEachCodePoint(text, [&](char32_t c, std::uint32_t offset, std::uint32_t next) {
        if (c == U',' && !out.empty() && out.back() >= '0' && out.back() <= '9' && next < text.size() &&
            isDigitAt(text, static_cast<int32_t>(next))) {
            return; // a thousands separator
        }
        foldCodePoint(c, [&](char32_t f) {
            if (f == U' ' && (out.empty() || out.back() == ' ')) {
                return; // one space for a run of white space, none at the start
            }
            if (f == kMaiYamok && !out.empty() && out.back() == ' ') {
                out.pop_back(); // ดี ๆ is ดีๆ
                if (origin) {
                    origin->pop_back();
                }
            }
            const std::size_t before = out.size();
            appendUtf8(out, f);
            if (origin) {
                origin->insert(origin->end(), out.size() - before, offset);
            }
        });
    });
}

} // namespace

std::string searchText(std::string_view text)
{
    std::string out;
    fold(text, out, nullptr);
    return out;
}

FoldedText foldForSearch(std::string_view text)
{
    FoldedText folded;
    folded.originalSize = static_cast<std::uint32_t>(text.size());
    folded.origin.reserve(text.size());
    fold(text, folded.text, &folded.origin);
    return folded;
}

std::pair<std::size_t, std::size_t> FoldedText::originalRange(std::size_t begin, std::size_t end) const
{
    const std::size_t from = begin < origin.size() ? origin[begin] : originalSize;
    if (end <= begin || end > origin.size()) {
        return {from, end > begin ? originalSize : from};
    }
    // The end is where the next folded character's source starts; several folded bytes can
    // come from one original character.
    std::size_t to = originalSize;
    for (std::size_t i = end; i < origin.size(); ++i) {
        if (origin[i] > origin[end - 1]) {
            to = origin[i];
            break;
        }
    }
    return {from, to};
}

} // namespace banthuek::core
