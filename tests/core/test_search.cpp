// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/tokenizer.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace banthuek::core;

namespace {

std::vector<std::string> words(std::string_view text)
{
    std::vector<std::string> out;
    for (const SearchToken& token : tokenizeForSearch(text)) {
        out.push_back(token.text);
    }
    return out;
}

using Words = std::vector<std::string>;

} // namespace

TEST_CASE("Thai text is split into words by ICU", "[search][tokenizer]")
{
    CHECK(words("การพัฒนาจังหวัดนครศรีธรรมราช") == Words{"การ", "พัฒนา", "จังหวัด", "นครศรีธรรมราช"});
    CHECK(words("กองทุนสวัสดิการชุมชน") == Words{"กองทุน", "สวัสดิการ", "ชุมชน"});
    // SARA AM stays whole, so อาจารย์ and จำนง come out as words.
    CHECK(words("อาจารย์จำนงโทรศัพท์มา") == Words{"อาจารย์", "จำนง", "โทรศัพท์", "มา"});
}

TEST_CASE("Words ICU glues together are split again", "[search][tokenizer]")
{
    CHECK(words("การอบรมBlogและ") == Words{"การ", "อบรม", "blog", "และ"}); // script changes
    CHECK(words("วางเป้าไว้6ปี") == Words{"วาง", "เป้า", "ไว้", "6", "ปี"});   // digits between Thai words
    CHECK(words("2)อปท.ทั้งอบต.เทศบาล") == Words{"2", "อปท", "ทั้ง", "อบต", "เทศบาล"}); // dots after Thai
    CHECK(words("ชุมชนอินทรีย์(เรียนรู้/พอเพียง)") ==
          Words{"ชุมชน", "อินทรีย์", "เรียน", "รู้", "พอ", "เพียง"});
}

TEST_CASE("Search normalisation folds case, digits, spaces, repetition and separators", "[search][tokenizer]")
{
    CHECK(words("Tha SALA") == Words{"tha", "sala"});
    CHECK(words("พ.ศ. ๒๕๕๐") == words("พ.ศ. 2550"));
    CHECK(words("ราคา 15,000 บาท") == Words{"ราคา", "15000", "บาท"});
    CHECK(words("3.5 ไร่") == Words{"3.5", "ไร่"});
    CHECK(words("ดีๆ") == Words{"ดี"});
    CHECK(words("ดี ๆ") == Words{"ดี"});
    CHECK(words("ชุม\u200bชน") == Words{"ชุมชน"});        // zero-width space inside a word
    CHECK(searchKey("บ้าน\u00a0ใหม่") == searchKey("บ้าน ใหม่")); // no-break space
    CHECK(words("\ufb01le") == Words{"file"});               // NFKC
    CHECK(words("  ...  !!").empty());
    CHECK(words("").empty());
}

TEST_CASE("Search keys keep touching words touching", "[search][tokenizer]")
{
    // ICU splits บูรณาการ differently alone and after การ; the key is the same text either way.
    CHECK(searchKey("การบูรณาการ").find(searchKey("บูรณาการ")) != std::string::npos);
    CHECK(searchKey("เป้าหมาย") == "เป้าหมาย");
    CHECK(searchKey("ชุมชนอินทรีย์ (เรียนรู้)") == "ชุมชนอินทรีย์ เรียนรู้");
}

TEST_CASE("Every token of the GotoKnow posts points back at its own text", "[search][tokenizer]")
{
    for (const char* name : {"post-73826.txt", "post-140116.txt"}) {
        const std::string post = banthuek::test::readBytes(std::string(BANTHUEK_SHARED_DIR) + "/fixtures/gotoknow/" + name);
        REQUIRE(post.size() > 1000);
        const auto tokens = tokenizeForSearch(post);
        REQUIRE(tokens.size() > 200);
        std::set<std::string> vocabulary;
        std::size_t previousEnd = 0;
        for (const SearchToken& token : tokens) {
            REQUIRE(token.begin < token.end);
            REQUIRE(token.end <= post.size());
            CHECK(token.begin >= previousEnd); // in order, never overlapping
            previousEnd = token.end;
            // The original bytes under a token normalise to the token itself.
            CHECK(searchKey(post.substr(token.begin, token.end - token.begin)) == token.text);
            vocabulary.insert(token.text);
        }
        CHECK(vocabulary.count("ชุมชน") == 1);
        CHECK(vocabulary.count("นครศรีธรรมราช") + vocabulary.count("นคร") >= 1);
    }
}

TEST_CASE("Tokenizing huge or malformed text never fails", "[search][tokenizer]")
{
    std::string huge;
    for (int i = 0; i < 2000; ++i) {
        huge += "ชุมชนเข้มแข็ง Community ";
    }
    CHECK(tokenizeForSearch(huge).size() == 2000 * words("ชุมชนเข้มแข็ง Community ").size());
    CHECK(words("ชุมชนเข้มแข็ง Community ") == Words{"ชุมชน", "เข้ม", "แข็ง", "community"});
    CHECK(words("ab\xff\xfe" "cd") == Words{"abcd"}); // malformed bytes are skipped, not fatal
}
