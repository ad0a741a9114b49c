// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.h"
#include "core/text/collation.h"
#include "core/text/dates.h"
#include "core/text/normalize.h"
#include "core/text/paragraphmerge.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

using namespace banthuek::core;

TEST_CASE("Text is stored NFC-normalised", "[text]")
{
    // Latin e + combining acute composes; Thai SARA U (ccc 103) is ordered before MAI EK (ccc 107).
    CHECK(normalizeText("e\u0301") == "\u00e9");
    CHECK(normalizeText("\u0e01\u0e48\u0e38") == "\u0e01\u0e38\u0e48");
    CHECK(normalizeText("ชุมชน") == "ชุมชน");
}

TEST_CASE("One-line fields are trimmed of all kinds of space", "[text]")
{
    CHECK(normalizeLine("\u00a0 ลงพื้นที่ \u200b\n") == "ลงพื้นที่");
    CHECK(normalizeLine("   ") == "");
}

TEST_CASE("Malformed UTF-8 is refused with the field's name", "[text]")
{
    try {
        (void)normalizeText("abc\xff", "note title");
        FAIL("accepted invalid UTF-8");
    } catch (const Error& error) {
        CHECK(error.category() == ErrorCategory::InvalidInput);
        CHECK(std::string(error.what()).find("note title") != std::string::npos);
    }
}

TEST_CASE("Match keys fold case, Thai digits and odd spaces", "[text]")
{
    CHECK(matchKey("Tha SALA") == matchKey("tha sala"));
    CHECK(matchKey("หมู่ที่ ๑๒") == "หมู่ที่ 12");
    CHECK(matchKey("บ้าน\u00a0ใหม่") == "บ้าน ใหม่");
    CHECK(matchKey("ชุม\u200bชน") == "ชุมชน");
}

TEST_CASE("ISO dates must be real days", "[dates]")
{
    CHECK(parseIsoDate("2007-01-22") == CivilDate{2007, 1, 22});
    CHECK(parseIsoDate("2008-02-29").has_value());
    CHECK_FALSE(parseIsoDate("2007-02-29").has_value());
    CHECK_FALSE(parseIsoDate("2007-13-01").has_value());
    CHECK_FALSE(parseIsoDate("07-01-22").has_value());
    CHECK_FALSE(parseIsoDate("2007-01-22x").has_value());
    CHECK_FALSE(parseIsoDate("").has_value());
}

TEST_CASE("User dates accept the Buddhist era and Thai digits", "[dates]")
{
    CHECK(parseUserDate("2550-01-22") == CivilDate{2007, 1, 22});
    CHECK(parseUserDate("๒๕๕๐-๐๑-๒๒") == CivilDate{2007, 1, 22});
    CHECK(parseUserDate("2007/1/22") == CivilDate{2007, 1, 22});
    CHECK_THROWS_AS(parseUserDate("2550-02-30"), Error);
    CHECK_THROWS_WITH(parseUserDate("tomorrow", "--date"), Catch::Contains("--date"));
}

TEST_CASE("Dates are formatted by ICU in Thai with the Buddhist era or in English", "[dates]")
{
    const CivilDate day{2007, 1, 22};
    CHECK(formatDate(day) == "22 มกราคม 2550");
    CHECK(formatDate(day, {Language::Thai, Era::Gregorian, Digits::Arabic}) == "22 มกราคม 2007");
    CHECK(formatDate(day, {Language::Thai, Era::Buddhist, Digits::Thai}) == "๒๒ มกราคม ๒๕๕๐");
    CHECK(formatDate(day, {Language::English, Era::Gregorian, Digits::Arabic}) == "22 January 2007");
}

TEST_CASE("Thai collation sorts words with leading vowels by their consonant", "[collation]")
{
    std::vector<std::string> words = {"ไก่", "ขนม", "เกลือ", "กา", "โคม", "แกง", "คน"};
    std::sort(words.begin(), words.end(), [](const auto& a, const auto& b) { return compareThai(a, b) < 0; });
    // Every ก word comes before every ข word, and every ข word before every ค word,
    // although เ แ โ ไ come after all consonants in code-point order.
    const std::vector<std::string> expected = {"กา", "เกลือ", "แกง", "ไก่", "ขนม", "คน", "โคม"};
    CHECK(words == expected);
    // Stored sort keys give the same order when compared byte by byte.
    std::vector<std::string> byKey = {"โคม", "คน", "ขนม", "ไก่", "แกง", "เกลือ", "กา"};
    std::sort(byKey.begin(), byKey.end(),
              [](const auto& a, const auto& b) { return thaiSortKey(a) < thaiSortKey(b); });
    CHECK(byKey == expected);
}

TEST_CASE("An error's message is its English text with its places filled", "[error]")
{
    const Error error(ErrorCategory::InvalidInput, "The progress of \"%1\" is %2%; give 0 to 100.",
                      {"กองทุน", "150"});
    CHECK(std::string(error.what()) == "The progress of \"กองทุน\" is 150%; give 0 to 100.");
    CHECK(error.text() == "The progress of \"%1\" is %2%; give 0 to 100.");
    CHECK(error.places() == std::vector<std::string>{"กองทุน", "150"});
    // Places in any order, a value holding "%1" left as it is, a missing value left unfilled.
    CHECK(Error::fillPlaces("%2 ก่อน %1", {"หนึ่ง", "สอง"}) == "สอง ก่อน หนึ่ง");
    CHECK(Error::fillPlaces("%1 and %2", {"%2", "x"}) == "%2 and x");
    CHECK(Error::fillPlaces("%1 %3", {"a"}) == "a %3");
    const Error worded(ErrorCategory::Database, std::string("disk I/O error"));
    CHECK(std::string(worded.what()) == "disk I/O error");
    CHECK(worded.text() == "%1");
}

TEST_CASE("Two texts edited apart merge paragraph by paragraph, or not at all when they touch one paragraph",
          "[text][merge]")
{
    using banthuek::core::mergeParagraphs;
    const std::string common = "ที่มา\n\nกิจกรรม\n\nผลที่ได้";
    // Different paragraphs: both kept.
    CHECK(mergeParagraphs(common, "ที่มา (แก้)\n\nกิจกรรม\n\nผลที่ได้", "ที่มา\n\nกิจกรรม\n\nผลที่ได้ (แก้)") ==
          std::optional<std::string>("ที่มา (แก้)\n\nกิจกรรม\n\nผลที่ได้ (แก้)"));
    // Both add at the end: both kept, the first text's first.
    CHECK(mergeParagraphs(common, common + "\n\nจากเอ", common + "\n\nจากบี") ==
          std::optional<std::string>(common + "\n\nจากเอ\n\nจากบี"));
    // A deletion and an edit elsewhere.
    CHECK(mergeParagraphs(common, "กิจกรรม\n\nผลที่ได้", "ที่มา\n\nกิจกรรม\n\nผลที่ได้ ดีมาก") ==
          std::optional<std::string>("กิจกรรม\n\nผลที่ได้ ดีมาก"));
    // The same paragraph changed two ways, or next to each other: no merge.
    CHECK_FALSE(mergeParagraphs(common, "ที่มา\n\nกิจกรรม ก\n\nผลที่ได้", "ที่มา\n\nกิจกรรม ข\n\nผลที่ได้"));
    CHECK_FALSE(mergeParagraphs(common, "ที่มา\n\nกิจกรรม ก\n\nผลที่ได้", "ที่มา\n\nกิจกรรม\n\nผลที่ได้ ข"));
    // The same change on both sides is one change.
    CHECK(mergeParagraphs(common, "ที่มา\n\nกิจกรรม ก\n\nผลที่ได้", "ที่มา\n\nกิจกรรม ก\n\nผลที่ได้") ==
          std::optional<std::string>("ที่มา\n\nกิจกรรม ก\n\nผลที่ได้"));
}
