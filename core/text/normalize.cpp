// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/normalize.h"

#include "core/error.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace banthuek::core {
namespace {

const icu::Normalizer2& normalizer(const char* name, UNormalization2Mode mode)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* result = icu::Normalizer2::getInstance(nullptr, name, mode, status);
    if (U_FAILURE(status) || result == nullptr) {
        throw Error(ErrorCategory::Database, "ICU normaliser unavailable: %1", {u_errorName(status)});
    }
    return *result;
}

std::string toUtf8(const icu::UnicodeString& text)
{
    std::string out;
    text.toUTF8String(out);
    return out;
}

bool isSpaceLike(UChar32 c)
{
    return u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF;
}

} // namespace

bool isValidUtf8(std::string_view text) noexcept
{
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    int32_t i = 0;
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) {
            return false;
        }
    }
    return true;
}

std::string normalizeText(std::string_view text, std::string_view what)
{
    if (!isValidUtf8(text)) {
        throw Error(ErrorCategory::InvalidInput, "The %1 is not valid UTF-8 text.", {std::string(what)});
    }
    const icu::Normalizer2& nfc = normalizer("nfc", UNORM2_COMPOSE);
    const auto source =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    UErrorCode status = U_ZERO_ERROR;
    if (nfc.isNormalized(source, status) && U_SUCCESS(status)) {
        return std::string(text); // the common case: nothing to do
    }
    status = U_ZERO_ERROR;
    const icu::UnicodeString normalized = nfc.normalize(source, status);
    if (U_FAILURE(status)) {
        throw Error(ErrorCategory::InvalidInput, "The %1 could not be normalised.", {std::string(what)});
    }
    return toUtf8(normalized);
}

std::string normalizeLine(std::string_view text, std::string_view what)
{
    const std::string normalized = normalizeText(text, what);
    const auto source = icu::UnicodeString::fromUTF8(normalized);
    int32_t start = 0;
    int32_t end = source.length();
    while (start < end && isSpaceLike(source.char32At(start))) {
        start = source.moveIndex32(start, 1);
    }
    while (end > start && isSpaceLike(source.char32At(source.moveIndex32(end, -1)))) {
        end = source.moveIndex32(end, -1);
    }
    return toUtf8(source.tempSubStringBetween(start, end));
}

std::string matchKey(std::string_view text)
{
    const icu::Normalizer2& nfkcCaseFold = normalizer("nfkc_cf", UNORM2_COMPOSE);
    auto source =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString folded = nfkcCaseFold.normalize(source, status);
    if (U_FAILURE(status)) {
        return std::string(text);
    }
    icu::UnicodeString out;
    for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
        const UChar32 c = folded.char32At(i);
        if (c >= 0x0E50 && c <= 0x0E59) {
            out.append(static_cast<UChar32>(u'0' + (c - 0x0E50))); // Thai digits ๐-๙
        } else if (c == 0x200B || c == 0xFEFF) {
            continue; // zero-width space: invisible, never meaningful in a match
        } else if (u_isUWhiteSpace(c)) {
            out.append(static_cast<UChar32>(u' '));
        } else {
            out.append(c);
        }
    }
    return toUtf8(out);
}

} // namespace banthuek::core
