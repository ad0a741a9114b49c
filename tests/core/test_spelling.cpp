// SPDX-License-Identifier: GPL-3.0-or-later
// Spelling: ICU's word boundaries, Hunspell's Thai and English dictionaries, known words.
#include "core/edits/edits.h"
#include "core/error.h"
#include "core/notebook/notebook.h"
#include "core/spelling/speller.h"
#include "core/spelling/wordlist.h"
#include "tests/support/randombytes.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace banthuek::core;

namespace {

const Speller& speller()
{
    static const Speller shared(findSpellingDictionaries());
    return shared;
}

std::vector<std::string> wordsOf(const std::vector<Misspelling>& found)
{
    std::vector<std::string> words;
    for (const Misspelling& m : found) {
        words.push_back(m.word);
    }
    return words;
}

} // namespace

TEST_CASE("The Thai and English dictionaries from Debian are found", "[spelling]")
{
    const SpellingDictionaries found = findSpellingDictionaries();
    CHECK_THAT(found.thaiDic, Catch::EndsWith("th_TH.dic"));
    CHECK_FALSE(found.englishDic.empty());
    CHECK_THROWS_AS(Speller(SpellingDictionaries{}), banthuek::core::Error);
}

TEST_CASE("สถานะการณ์ is underlined with สถานการณ์ as its fix, though both its halves are words", "[spelling]")
{
    const std::string text = "วันนี้สถานะการณ์ในชุมชนดีขึ้น";
    const auto found = speller().check(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].word == "สถานะการณ์");
    CHECK(found[0].likelyFix == "สถานการณ์");
    CHECK(found[0].start == 6); // UTF-16 units: วันนี้ is six
    CHECK(found[0].length == 10);
    const auto fixes = speller().suggest("สถานะการณ์");
    REQUIRE_FALSE(fixes.empty());
    CHECK(fixes.front() == "สถานการณ์");
    CHECK(speller().check(std::string("วันนี้สถานการณ์ในชุมชนดีขึ้น")).empty());
}

TEST_CASE("Every common misspelling is found in a sentence, and its right form is not", "[spelling]")
{
    for (const CommonMisspelling& common : commonThaiMisspellings()) {
        const std::string wrong = "เมื่อวาน" + std::string(common.wrong) + " และ";
        const std::string right = "เมื่อวาน" + std::string(common.right) + " และ";
        CAPTURE(wrong);
        const auto found = speller().check(wrong);
        REQUIRE(found.size() == 1);
        CHECK(found[0].likelyFix == common.right);
        CHECK(wordsOf(speller().check(right)).empty());
    }
}

TEST_CASE("A misspelt Thai word gets Hunspell's suggestions, an English one the English dictionary's",
          "[spelling]")
{
    const auto thai = speller().check(std::string("ประชุมเรื่องผลลัพท์ของโครงการ"));
    REQUIRE(thai.size() == 1);
    CHECK(thai[0].word.find("ลัพท์") != std::string::npos);
    const auto english = speller().check(std::string("the villige meeting"));
    REQUIRE(english.size() == 1);
    CHECK(english[0].word == "villige");
    const auto fixes = speller().suggest("villige");
    CHECK(std::find(fixes.begin(), fixes.end(), "village") != fixes.end());
}

TEST_CASE("Numbers, acronyms, abbreviations, addresses and CamelCase names are not checked", "[spelling]")
{
    const std::string text =
        "อบต.โมคลาน ปี2548โดย สสส กับ SML และ ClassStart ดู https://gotoknow.org/posts/73826 "
        "[บันทึก](notes/abc-xyz) `qwzx` @gotoknow ต่างๆ ผอ.ศบว.";
    CHECK(wordsOf(speller().check(text)).empty());
}

TEST_CASE("ICU and Hunspell cut บูรณาการ differently, yet it is right", "[spelling]")
{
    CHECK(speller().check(std::string("การบูรณาการงานของตำบล")).empty());
    CHECK(speller().check(std::string("ยุคโลกาภิวัตน์")).empty());
}

TEST_CASE("Known words (places, people, the notebook's dictionary) are right", "[spelling]")
{
    Speller own(findSpellingDictionaries());
    const std::string text = "คุณปัทมาไปประชุมที่ปากพนังกับทีม";
    const auto before = own.check(text);
    CHECK_FALSE(before.empty());
    own.setKnownWords({"ปัทมา", "ปากพนัง"});
    CHECK(own.check(text).empty());
    own.setKnownWords({});
    CHECK(wordsOf(own.check(text)) == wordsOf(before)); // the answers cached are dropped with them
}

TEST_CASE("A real GotoKnow post has few words underlined, none in its own words' places", "[spelling]")
{
    const std::string post =
        banthuek::test::readBytes(std::string(BANTHUEK_TEST_DATA) + "/gotoknow/post-73826.txt");
    const auto found = speller().check(post);
    // A field note is mostly right: fewer than one word in fifty is underlined.
    CHECK(found.size() * 50 < post.size() / 9); // ~9 bytes a Thai word
    for (const Misspelling& m : found) {
        CHECK(m.length > 0);
        CHECK_FALSE(m.word.empty());
    }
}

TEST_CASE("Spelling survives hostile text: lone marks, surrogates, huge runs", "[spelling]")
{
    std::string marks;
    for (int i = 0; i < 2000; ++i) {
        marks += "\u0E48\u0E49";
    }
    (void)speller().check(marks);
    std::u16string broken = u"ทดสอบ";
    broken.push_back(static_cast<char16_t>(0xD800)); // a lone surrogate
    broken += u"ทดสอบ";
    const auto found = speller().check(std::u16string_view(broken));
    for (const Misspelling& m : found) {
        CHECK(m.start + m.length <= static_cast<int>(broken.size()));
    }
    const std::string random = banthuek::test::randomBytes(20000, 9);
    for (const Misspelling& m : speller().check(random)) {
        CHECK(m.start >= 0);
    }
}

TEST_CASE("The notebook's dictionary takes one clean word at a time and knows the notebook's names",
          "[spelling]")
{
    const banthuek::test::TempDir dir;
    auto notebook = Notebook::create(dir.file("words.banthuek"));
    Edits edits(*notebook);
    edits.addDictionaryWord("  ปัทมา ");
    edits.addDictionaryWord("ปัทมา"); // twice is once
    CHECK(dictionaryWords(*notebook) == std::vector<std::string>{"ปัทมา"});
    for (const std::string& bad : std::vector<std::string>{"", "สอง คำ", std::string(65, 'a')}) {
        CAPTURE(bad);
        try {
            edits.addDictionaryWord(bad);
            FAIL("a bad word was added");
        } catch (const Error& error) {
            CHECK(error.category() == ErrorCategory::InvalidInput);
        }
    }
    CHECK(dictionaryWords(*notebook).size() == 1);

    const std::vector<std::string> known = knownWords(*notebook);
    const auto has = [&](const std::string& w) {
        return std::find(known.begin(), known.end(), w) != known.end();
    };
    CHECK(has("ปัทมา"));
    CHECK(has("ปากพนัง")); // a district of the gazetteer
    CHECK(has("พอช"));    // a starter organisation's abbreviation
    Speller own(findSpellingDictionaries());
    own.setKnownWords(known);
    CHECK(own.check(std::string("คุณปัทมาไปประชุมที่ปากพนัง")).empty());
    edits.removeDictionaryWord("ปัทมา");
    CHECK(dictionaryWords(*notebook).empty());
}
