// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demonotebook.h"
#include "core/generate/generator.h"
#include "core/overview/tallies.h"
#include "core/search/searchquery.h"
#include "core/search/searchstore.h"
#include "core/search/searchtext.h"
#include "core/search/tokenizer.h"
#include "core/text/normalize.h"
#include "tests/support/freshnotebook.h"
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
    CHECK(words("วางเป้าไว้6ปี") == Words{"วาง", "เป้า", "ไว้", "6", "ปี"});     // digits between Thai words
    CHECK(words("2)อปท.ทั้งอบต.เทศบาล") == Words{"2", "อปท", "ทั้ง", "อบต", "เทศบาล"}); // dots after Thai
    CHECK(words("ชุมชนอินทรีย์(เรียนรู้/พอเพียง)") == Words{"ชุมชน", "อินทรีย์", "เรียน", "รู้", "พอ", "เพียง"});
}

TEST_CASE("Search normalisation folds case, digits, spaces, repetition and separators", "[search][tokenizer]")
{
    CHECK(words("Tha SALA") == Words{"tha", "sala"});
    CHECK(words("พ.ศ. ๒๕๕๐") == words("พ.ศ. 2550"));
    CHECK(words("ราคา 15,000 บาท") == Words{"ราคา", "15000", "บาท"});
    CHECK(words("3.5 ไร่") == Words{"3.5", "ไร่"});
    CHECK(words("ดีๆ") == Words{"ดี"});
    CHECK(words("ดี ๆ") == Words{"ดี"});
    CHECK(words("ชุม\u200bชน") == Words{"ชุมชน"});              // zero-width space inside a word
    CHECK(searchKey("บ้าน\u00a0ใหม่") == searchKey("บ้าน ใหม่")); // no-break space
    CHECK(words("\ufb01le") == Words{"file"});                // NFKC
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
        const std::string post =
            banthuek::test::readBytes(std::string(BANTHUEK_TEST_DATA) + "/gotoknow/" + name);
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
    CHECK(words("ab\xff\xfe"
                "cd") == Words{"abcd"}); // malformed bytes are skipped, not fatal
}

namespace {

std::vector<std::string> titlesFound(banthuek::test::FreshNotebook& nb, const std::string& query)
{
    std::vector<std::string> titles;
    for (const SearchHit& hit : nb->search().search(query)) {
        titles.push_back(hit.title);
    }
    return titles;
}

} // namespace

TEST_CASE("Queries become FTS5 expressions of normalised words", "[search][query]")
{
    CHECK(ftsExpression("ชุมชน") == "(\"ชุมชน\"*)");
    CHECK(ftsExpression("ชุมชน ") == "(\"ชุมชน\")");
    // Thai typed without spaces is a phrase; the word being typed is a prefix.
    CHECK(ftsExpression("กองทุนสวัสดิการ") == "(\"กองทุน\" + \"สวัสดิการ\"*)");
    CHECK(ftsExpression("กองทุน สวัสดิการ ") == "(\"กองทุน\" AND \"สวัสดิการ\")");
    CHECK(ftsExpression("\"เป้าหมาย\" ๒๕๕๐ ") == "(\"เป้า\" + \"หมาย\" AND \"2550\")");
    CHECK(ftsExpression("ปูม้า OR ออมทรัพย์ ") == "((\"ปูม้า\" OR \"ออม\" + \"ทรัพย์\"))");
    CHECK(ftsExpression("ชุมชน -ขนอม ") == "(\"ชุมชน\") NOT \"ขนอม\"");
    // Bad queries give no expression (so no results), never an error.
    CHECK(ftsExpression("").empty());
    CHECK(ftsExpression("... !!! ???").empty());
    CHECK(ftsExpression("-ขนอม").empty());
    CHECK(ftsExpression("\"ไม่ปิด").find("ไม่") != std::string::npos);
    CHECK_FALSE(ftsExpression(std::string(10000, 'x')).empty());
}

TEST_CASE("Search finds notes by Thai words, ranks them and highlights the match", "[search]")
{
    banthuek::test::FreshNotebook nb;
    addDemoContent(*nb.notebook);
    // The crab bank's own note ranks above the minutes that mention it (title words weigh more).
    const auto crab = titlesFound(nb, "ปูม้า ");
    REQUIRE(crab.size() == 2);
    CHECK(crab[0] == "ธนาคารปูม้าปากพูน: ทะเลที่ชุมชนดูแลเอง");
    CHECK(crab[1] == "รายงานการประชุมวงคุณเอื้อ ประจำเดือนตุลาคม 2569");
    CHECK(titlesFound(nb, "ธนาค").size() == 2); // the last word is a prefix while typing
    CHECK(titlesFound(nb, "ธนาคารปูม้า -ประชุม ").size() == 1);
    CHECK(titlesFound(nb, "ป้าสมศรี ").size() >= 1);
    CHECK(titlesFound(nb, "ประโยคของป้าสมศรี ").size() == 1); // a comment's words find its note
    CHECK(titlesFound(nb, "ออมทรัพย์ -หัวถนน ").empty() == false);
    CHECK(titlesFound(nb, "ปากพูน OR ขนอม ").size() >= 3); // ปากพูน's note and minutes, ขนอม's note
    const auto hits = nb->search().search("ธนาคารปูม้า ");
    REQUIRE_FALSE(hits.empty());
    const SearchHit& hit = hits.front();
    CHECK(hit.score > 0);
    REQUIRE_FALSE(hit.highlights.empty());
    std::string marked;
    for (const auto& [from, to] : hit.highlights) {
        marked += hit.snippet.substr(from, to - from);
    }
    CHECK(marked.find("ธนาคาร") != std::string::npos);
    CHECK(marked.find("ปู") != std::string::npos);
    CHECK(isValidUtf8(hit.snippet));
}

TEST_CASE("The index follows every save, trash and delete in the same transaction", "[search]")
{
    banthuek::test::FreshNotebook nb;
    NoteDraft draft;
    draft.title = "บันทึกใหม่";
    draft.body = "วันนี้ไปเยี่ยมกลุ่มแม่บ้าน";
    const Note note = nb->notes().create(draft);
    CHECK(titlesFound(nb, "แม่บ้าน ").size() == 1);
    draft.body = "วันนี้ไปเยี่ยมกลุ่มประมง";
    (void)nb->notes().update(note.id, draft);
    CHECK(titlesFound(nb, "แม่บ้าน ").empty());
    CHECK(titlesFound(nb, "ประมง ").size() == 1);
    const Comment comment = nb->comments().add(note.id, "มาลี", "ชื่นชมทีมเยาวชน");
    CHECK(titlesFound(nb, "เยาวชน ").size() == 1);
    nb->comments().remove(comment.id);
    CHECK(titlesFound(nb, "เยาวชน ").empty());
    nb->notes().trash(note.id);
    CHECK(titlesFound(nb, "ประมง ").empty());
    nb->notes().restore(note.id);
    nb->notes().trash(note.id);
    nb->notes().deleteForever(note.id);
    CHECK(nb->search().reindex() >= 0);
    CHECK(titlesFound(nb, "ประมง ").empty());
    CHECK(nb.notebook->check().sound());
}

TEST_CASE("Check finds notes and comments a word index has no entry for, and entries left from gone ones",
          "[search][check]")
{
    banthuek::test::FreshNotebook nb;
    NoteDraft draft;
    draft.title = "เวทีประชาคม";
    draft.body = "ชาวบ้านเล่าเรื่องกองทุนหมู่บ้าน";
    const Note note = nb->notes().create(draft);
    (void)nb->comments().add(note.id, "มาลี", "บันทึกได้ละเอียดดีมาก");
    const CheckReport sound = nb.notebook->check();
    CHECK(sound.sound());
    const bool saysWhole = std::any_of(sound.facts.begin(), sound.facts.end(), [](const Message& fact) {
        return fact.english().find("Search indexes: every note and comment") != std::string::npos;
    });
    CHECK(saysWhole);

    // What a load that forgot an index leaves: the comment's words taken out of comment_search,
    // and an entry in note_titles for a note that does not exist.
    auto& db = nb->database();
    db.exec("INSERT INTO comment_search (comment_search, rowid, body) SELECT 'delete', rowid, body FROM "
            "comments");
    db.exec("INSERT INTO note_titles (rowid, title) VALUES (9999, 'ผี')");
    const CheckReport damaged = nb.notebook->check();
    REQUIRE(damaged.problems.size() == 2);
    std::vector<std::string> said;
    for (const Message& problem : damaged.problems) {
        said.push_back(problem.english());
    }
    std::sort(said.begin(), said.end());
    CHECK(said[0].find("Search index comment_search: 1 of 1 texts are missing from it and 0 entries") == 0);
    CHECK(said[1].find("Search index note_titles: 0 of 1 texts are missing from it and 1 entries") == 0);
    // A backup's check reads stored data only: the indexes are made again from it.
    CHECK(nb.notebook->check(Notebook::CheckDepth::StoredData).sound());

    CHECK(nb->search().reindex() > 0);
    CHECK(nb.notebook->check().sound());
    CHECK(titlesFound(nb, "ละเอียด").size() == 1);
}

TEST_CASE(
    "Rebuilding what is derived mends the search indexes and the counts; a stop leaves them as they were",
    "[search][rebuild]")
{
    banthuek::test::FreshNotebook nb;
    const Theme theme = nb->themes().add("ป่าต้นน้ำทดสอบ");
    NoteDraft draft;
    draft.title = "เวทีป่าชุมชน";
    draft.body = "ชาวบ้านวางแผนดูแลป่าต้นน้ำ";
    draft.eventDate = CivilDate{2026, 3, 14};
    draft.placeCodes = {"800801"};
    draft.themeIds = {theme.id};
    const Note note = nb->notes().create(draft);
    (void)nb->comments().add(note.id, "มาลี", "ขอบคุณที่บันทึกละเอียด");
    auto& db = nb->database();
    for (const std::string& index : searchIndexNames()) {
        db.exec("INSERT INTO " + index + " (" + index + ") VALUES ('delete-all')");
    }
    db.exec("DELETE FROM theme_place_tally");
    REQUIRE(titlesFound(nb, "ต้นน้ำ").empty());
    REQUIRE(tallyMismatches(db) > 0);
    REQUIRE_FALSE(nb.notebook->check().sound());

    // Stopped from its progress report (as the window's Stop does): rolled back, still damaged.
    int reports = 0;
    CHECK_THROWS_AS(nb->rebuildDerived([&reports](double) {
        if (++reports == 2) {
            throw std::runtime_error("stopped");
        }
    }),
                    std::runtime_error);
    CHECK(tallyMismatches(db) > 0);
    CHECK(titlesFound(nb, "ต้นน้ำ").empty());

    std::vector<double> progress;
    const Rebuilt rebuilt = nb->rebuildDerived([&progress](double done) { progress.push_back(done); });
    CHECK(rebuilt.textBytes > 0);
    CHECK(rebuilt.indexSeconds >= 0);
    CHECK(rebuilt.countSeconds >= 0);
    REQUIRE(progress.size() >= 2);
    CHECK(std::is_sorted(progress.begin(), progress.end()));
    CHECK(progress.back() == 1.0);
    CHECK(tallyMismatches(db) == 0);
    CHECK(titlesFound(nb, "ต้นน้ำ").size() == 1);
    CHECK(nb.notebook->check().sound());
}

TEST_CASE("With merges left to pauses, saves pile up index segments that merge steps then merge",
          "[search][merge]")
{
    banthuek::test::FreshNotebook nb;
    auto automerge = [&nb](const std::string& index) {
        auto row = nb->database().cached("SELECT v FROM " + index + "_config WHERE k = 'automerge'");
        return row->step() ? row->integer(0) : -1;
    };
    nb->search().setAutomaticMerges(false);
    nb.reopen(); // the setting is kept in the file, as FTS5 keeps it
    for (const char* index : {"note_search", "note_titles", "comment_search", "note_parts"}) {
        CHECK(automerge(index) == 0);
    }
    NoteDraft draft;
    draft.title = "บันทึกการประชุม";
    draft.body = "กลุ่มออมทรัพย์";
    const Note note = nb->notes().create(draft);
    for (int i = 0; i < 12; ++i) { // each save its own transaction: a segment each, left unmerged
        draft.body = std::string(i < 11 ? "ระหว่างทาง" : "สุดท้าย") + " กลุ่มออมทรัพย์ ครั้งที่ " + std::to_string(i);
        (void)nb->notes().update(note.id, draft);
        (void)nb->comments().add(note.id, "มาลี", "ความเห็นที่ " + std::to_string(i));
    }
    int steps = 0;
    bool merged = false;
    while (steps < 1000 && nb->search().mergeStep(4)) { // small steps: several are needed
        merged = true;
        ++steps;
    }
    CHECK(merged);
    CHECK(steps < 1000);                     // it ends
    CHECK_FALSE(nb->search().mergeStep(64)); // and nothing is left to merge
    CHECK(titlesFound(nb, "สุดท้าย").size() == 1);
    CHECK(titlesFound(nb, "ระหว่างทาง").empty()); // the earlier versions are gone from the index
    CHECK(titlesFound(nb, "ความเห็นที่ 7").size() == 1);
    CHECK(nb.notebook->check().sound());
    nb->search().setAutomaticMerges(true);
    CHECK(automerge("note_parts") == 4);
}

TEST_CASE("Bad queries return no results, never an error", "[search][query]")
{
    banthuek::test::FreshNotebook nb;
    addDemoContent(*nb.notebook);
    std::string longThai;
    for (int i = 0; i < 2500; ++i) {
        longThai += "ชุมชน";
    }
    for (const std::string& query :
         {std::string("\"ไม่ปิดเครื่องหมายคำพูด"), std::string("!!! ... ;;;"), longThai, std::string("AND OR NOT"),
          std::string("\"\" -"), std::string("col:ชุมชน title:x"), std::string("*")}) {
        CHECK_NOTHROW(nb->search().search(query));
    }
    CHECK(nb->search().search("!!! ... ;;;").empty());
}

TEST_CASE("Search pages through ranked results and skips the Trash", "[search]")
{
    banthuek::test::FreshNotebook nb;
    (void)generateNotes(*nb.notebook, {300, 11, {}});
    const auto all = nb->search().search("ชุมชน ", 300);
    REQUIRE(all.size() > 100);
    for (std::size_t i = 1; i < all.size(); ++i) {
        REQUIRE(all[i - 1].score >= all[i].score); // best first
    }
    const auto page = nb->search().search("ชุมชน ", 20, 40);
    REQUIRE(page.size() == 20);
    CHECK(page[0].noteId == all[40].noteId);
    CHECK(page[19].noteId == all[59].noteId);
    // Trash the 100 best: the first result is now the 101st, although it lies past the
    // candidates ranked first.
    for (std::size_t i = 0; i < 100; ++i) {
        nb->notes().trash(all[i].noteId);
    }
    const auto after = nb->search().search("ชุมชน ", 5);
    REQUIRE_FALSE(after.empty());
    CHECK(after[0].noteId == all[100].noteId);
}

TEST_CASE("Every page is the same slice of the whole ranking, whichever shortcut ranked it", "[search][rank]")
{
    banthuek::test::FreshNotebook nb;
    // มะปราง: in the bodies of many notes (once, or twice), in the titles of five (two old, one
    // new, one without it in the body): few enough to be looked up one by one. ลองกอง: in the
    // titles of 60, too many for that. Rowids grow with i, so ties go to the larger i.
    std::vector<std::string> ids;
    for (int i = 0; i < 240; ++i) {
        NoteDraft draft;
        const bool titled = i == 3 || i == 50 || i == 120 || i == 200 || i == 238;
        draft.title =
            "บันทึกลงพื้นที่ครั้งที่ " + std::to_string(i) + (titled ? " มะปราง" : "") + (i % 4 == 1 ? " ลองกอง" : "");
        draft.body = "ชาวบ้านเล่าเรื่องสวนผลไม้ของชุมชน ";
        if (i % 3 == 0 && i != 200) {
            draft.body += "ปีนี้มะปรางออกผลดี ";
        }
        if (i % 7 == 0) {
            draft.body += "ราคามะปรางขึ้นทุกปี ";
        }
        if (i % 4 == 0) {
            draft.body += "ลองกองยังไม่ออกดอก ";
        }
        if (i % 5 == 0) {
            draft.placeCodes = {"800801"};
        }
        ids.push_back(nb->notes().create(draft).id);
    }
    const auto hitIds = [](const std::vector<SearchHit>& hits) {
        std::vector<std::string> out;
        for (const SearchHit& hit : hits) {
            out.push_back(hit.noteId);
        }
        return out;
    };
    for (const char* query : {"มะปราง ", "ลองกอง ", "มะปราง ลองกอง ", "มะปราง OR ลองกอง ", "มะปราง -ลองกอง ",
                              "\"ราคามะปราง\" "}) {
        INFO("query: " << query);
        const auto all = nb->search().search(query, 100000);
        REQUIRE(all.size() > 10);
        for (std::size_t i = 1; i < all.size(); ++i) {
            REQUIRE(all[i - 1].score >= all[i].score); // best first
        }
        for (const int offset : {0, 7, 20, 41}) {
            const auto page = nb->search().search(query, 20, offset);
            const auto from = std::min<std::size_t>(all.size(), static_cast<std::size_t>(offset));
            const auto to = std::min<std::size_t>(all.size(), from + 20);
            const std::vector<SearchHit> slice(all.begin() + static_cast<std::ptrdiff_t>(from),
                                               all.begin() + static_cast<std::ptrdiff_t>(to));
            CHECK(hitIds(page) == hitIds(slice));
        }
        SearchRequest inPlace;
        inPlace.query = query;
        inPlace.filter.placeCode = "800801";
        inPlace.limit = 6;
        std::vector<std::string> expected;
        for (const SearchHit& hit : all) {
            if (expected.size() < 6 && !nb->notes().get(hit.noteId).content.placeCodes.empty()) {
                expected.push_back(hit.noteId);
            }
        }
        CHECK(hitIds(nb->search().search(inPlace).hits) == expected);
    }
    // The titled notes come first, newest first among equals: 238 and 120 have it in the body
    // too (each once), then 3 (once), 50 (no), 200 (no; newer than 50).
    const auto first = hitIds(nb->search().search("มะปราง ", 5));
    CHECK(first == std::vector<std::string>{ids[238], ids[120], ids[3], ids[200], ids[50]});
    // Then the bodies with it twice (i divisible by 21), newest first.
    const auto next = nb->search().search("มะปราง ", 2, 5);
    CHECK(hitIds(next) == std::vector<std::string>{ids[231], ids[210]});
}
