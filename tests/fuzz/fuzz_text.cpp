// SPDX-License-Identifier: GPL-3.0-or-later
// The small readers of typed text: the search query language, dates and years as users type
// them (Gregorian or Buddhist era, Thai digits), and CSV records.
#include "core/search/searchquery.h"
#include "core/text/csv.h"
#include "core/text/dates.h"
#include "tests/fuzz/fuzzinput.h"

#include <vector>

using namespace banthuek;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text = fuzz::bytes(data, size);
    fuzz::refuseOrRead([&] {
        const core::ParsedQuery query = core::parseQuery(text);
        (void)core::wordsExpression(query);
        (void)core::partsExpression(query);
        (void)core::termRanges(query, text);
        (void)core::ftsExpression(text);
    });
    fuzz::refuseOrRead([&] { (void)core::parseIsoDate(text); });
    fuzz::refuseOrRead([&] { (void)core::parseUserDate(text); });
    fuzz::refuseOrRead([&] { (void)core::parseUserYear(text); });
    fuzz::refuseOrRead([&] {
        core::CsvReader reader(text);
        std::vector<std::string> fields;
        while (reader.next(fields)) {
            (void)core::csvRecord(fields);
        }
    });
    return 0;
}
