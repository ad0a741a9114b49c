// SPDX-License-Identifier: GPL-3.0-or-later
// The small readers of typed text: the search query language, dates and years as users type
// them (Gregorian or Buddhist era, Thai digits), CSV records, and the spelling check of any text
// (as UTF-8, and as UTF-16 with lone surrogates).
#include "core/search/searchquery.h"
#include "core/spelling/speller.h"
#include "core/text/csv.h"
#include "core/text/dates.h"
#include "tests/fuzz/fuzzinput.h"

#include <cstdlib>
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
    static const core::Speller speller(core::findSpellingDictionaries());
    const auto inBounds = [](const std::vector<core::Misspelling>& found, std::size_t length) {
        for (const core::Misspelling& m : found) {
            if (m.start < 0 || m.length <= 0 || static_cast<std::size_t>(m.start + m.length) > length) {
                std::abort(); // an underline outside the text would be drawn anywhere
            }
        }
    };
    fuzz::refuseOrRead([&] {
        const std::u16string units(reinterpret_cast<const char16_t*>(text.data()), text.size() / 2);
        inBounds(speller.check(std::u16string_view(units)), units.size());
        (void)speller.check(std::string_view(text));
    });
    return 0;
}
