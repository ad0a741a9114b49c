// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/collation.h"

#include "core/error.h"

#include <sqlite3.h>
#include <unicode/ucol.h>
#include <unicode/ustring.h>

#include <memory>

namespace banthuek::core {
namespace {

UCollator* openThaiCollator()
{
    UErrorCode status = U_ZERO_ERROR;
    UCollator* collator = ucol_open("th_TH", &status);
    if (U_FAILURE(status)) {
        throw Error(ErrorCategory::Database, "ICU Thai collation unavailable: %1", {u_errorName(status)});
    }
    return collator;
}

int compareWith(UCollator* collator, std::string_view a, std::string_view b)
{
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result = ucol_strcollUTF8(collator, a.data(), static_cast<int32_t>(a.size()),
                                                     b.data(), static_cast<int32_t>(b.size()), &status);
    if (U_FAILURE(status)) {
        return a.compare(b); // malformed input: still a total order
    }
    return result == UCOL_LESS ? -1 : (result == UCOL_GREATER ? 1 : 0);
}

int sqliteCompare(void* collator, int lengthA, const void* a, int lengthB, const void* b)
{
    return compareWith(static_cast<UCollator*>(collator),
                       std::string_view(static_cast<const char*>(a), static_cast<std::size_t>(lengthA)),
                       std::string_view(static_cast<const char*>(b), static_cast<std::size_t>(lengthB)));
}

void closeCollator(void* collator)
{
    ucol_close(static_cast<UCollator*>(collator));
}

} // namespace

void registerThaiCollation(sqlite3* db)
{
    // One collator per connection: a connection is used by one thread at a time.
    UCollator* collator = openThaiCollator();
    const int rc = sqlite3_create_collation_v2(db, kThaiCollation, SQLITE_UTF8, collator, &sqliteCompare,
                                               &closeCollator);
    if (rc != SQLITE_OK) {
        ucol_close(collator);
        throw Error(ErrorCategory::Database, "Could not register the Thai collation.");
    }
}

namespace {

struct Closer
{
    void operator()(UCollator* c) const { ucol_close(c); }
};

UCollator* threadCollator()
{
    thread_local const std::unique_ptr<UCollator, Closer> collator(openThaiCollator());
    return collator.get();
}

} // namespace

std::string thaiSortKey(std::string_view text)
{
    UErrorCode status = U_ZERO_ERROR;
    std::u16string utf16(text.size(), u'\0');
    int32_t length = 0;
    u_strFromUTF8(reinterpret_cast<UChar*>(utf16.data()), static_cast<int32_t>(utf16.size()), &length,
                  text.data(), static_cast<int32_t>(text.size()), &status);
    if (U_FAILURE(status)) {
        return std::string(text); // malformed input still gets a stable key
    }
    std::string key(static_cast<std::size_t>(length) * 4 + 16, '\0');
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int32_t needed =
            ucol_getSortKey(threadCollator(), reinterpret_cast<const UChar*>(utf16.data()), length,
                            reinterpret_cast<uint8_t*>(key.data()), static_cast<int32_t>(key.size()));
        if (needed <= static_cast<int32_t>(key.size())) {
            key.resize(static_cast<std::size_t>(needed > 0 ? needed - 1 : 0)); // drop the terminating zero
            return key;
        }
        key.resize(static_cast<std::size_t>(needed));
    }
    return key;
}

int compareThai(std::string_view a, std::string_view b)
{
    return compareWith(threadCollator(), a, b);
}

} // namespace banthuek::core
