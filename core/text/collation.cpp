// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/collation.h"

#include "core/error.h"

#include <unicode/ucol.h>

#include <sqlite3.h>

#include <memory>

namespace banthuek::core {
namespace {

UCollator* openThaiCollator()
{
    UErrorCode status = U_ZERO_ERROR;
    UCollator* collator = ucol_open("th_TH", &status);
    if (U_FAILURE(status)) {
        throw Error(ErrorCategory::Database, std::string("ICU Thai collation unavailable: ") + u_errorName(status));
    }
    return collator;
}

int compareWith(UCollator* collator, std::string_view a, std::string_view b)
{
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result = ucol_strcollUTF8(collator, a.data(), static_cast<int32_t>(a.size()), b.data(),
                                                     static_cast<int32_t>(b.size()), &status);
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

int compareThai(std::string_view a, std::string_view b)
{
    struct Closer {
        void operator()(UCollator* c) const { ucol_close(c); }
    };
    thread_local const std::unique_ptr<UCollator, Closer> collator(openThaiCollator());
    return compareWith(collator.get(), a, b);
}

} // namespace banthuek::core
