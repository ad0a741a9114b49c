// SPDX-License-Identifier: GPL-3.0-or-later
// Search is as complete as reading every note: part words, folding, phrases, typed filters,
// and a check against a scan on generated and real (GotoKnow) text.
#include "core/generate/generator.h"
#include "core/search/searchquery.h"
#include "core/search/searchstore.h"
#include "core/search/searchtext.h"
#include "core/search/snippet.h"
#include "core/search/tokenpipeline.h"
#include "core/storage/database.h"
#include "tests/support/freshnotebook.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>

#include <random>
#include <set>

using namespace banthuek::core;

namespace {

Note addNote(banthuek::test::FreshNotebook& nb, const std::string& title, const std::string& body)
{
    NoteDraft draft;
    draft.title = title;
    draft.body = body;
    return nb->notes().create(draft);
}

std::vector<std::string> titles(const std::vector<SearchHit>& hits)
{
    std::vector<std::string> out;
    for (const SearchHit& hit : hits) {
        out.push_back(hit.title);
    }
    return out;
}

std::vector<std::string> found(banthuek::test::FreshNotebook& nb, const std::string& query)
{
    return titles(nb->search().search(query, 1000));
}

std::string marked(const SearchHit& hit)
{
    std::string out;
    for (const auto& [from, to] : hit.highlights) {
        out += "[" + hit.snippet.substr(from, to - from) + "]";
    }
    return out;
}

// The ground truth: notes (not in the Trash) whose folded title, body or comment contains
// the folded text.
std::set<std::string> scan(banthuek::test::FreshNotebook& nb, const std::string& text)
{
    const std::string needle = searchText(text);
    std::set<std::string> ids;
    auto rows = nb->database().cached("SELECT id, title, body FROM notes WHERE trashed_ms IS NULL UNION ALL "
                                      "SELECT n.id, '', c.body FROM comments c "
                                      "JOIN notes n ON n.id = c.note_id WHERE n.trashed_ms IS NULL");
    while (rows->step()) {
        if (searchText(rows->text(1)).find(needle) != std::string::npos ||
            searchText(rows->text(2)).find(needle) != std::string::npos) {
            ids.insert(rows->text(0));
        }
    }
    return ids;
}

std::set<std::string> searched(banthuek::test::FreshNotebook& nb, const std::string& query)
{
    std::set<std::string> ids;
    for (const SearchHit& hit : nb->search().search(query, 100000)) {
        ids.insert(hit.noteId);
    }
    return ids;
}

} // namespace

TEST_CASE("searchText folds what a reader sees as the same text", "[search][fold]")
{
    CHECK(searchText("พ.ศ. ๒๕๕๐") == "พ.ศ. 2550");
    CHECK(searchText("ราคา 15,000 บาท") == "ราคา 15000 บาท");
    CHECK(searchText("1, 2") == "1, 2"); // a comma before a space is not a thousands separator
    CHECK(searchText("ดี ๆ") == searchText("ดีๆ"));
    CHECK(searchText("บ้าน\u00a0 \t ใหม่") == "บ้าน ใหม่");
    CHECK(searchText("ชุม\u200bชน") == "ชุมชน");
    CHECK(searchText("Tha SALA") == "tha sala");
    CHECK(searchText("\ufb01le") == "file");
    CHECK(searchText("น้ำ") == "น้ำ"); // SARA AM stays whole
    CHECK(searchText("ab\xff"
                     "cd") == "abcd");
    const FoldedText folded = foldForSearch("ก ๆ ๒ข");
    CHECK(folded.text == "กๆ 2ข");
    CHECK(folded.origin.size() == folded.text.size());
    const auto [from, to] = folded.originalRange(folded.text.find('2'), folded.text.find('2') + 1);
    CHECK(std::string("ก ๆ ๒ข").substr(from, to - from) == "๒");
}

TEST_CASE("Word-part windows cover every part of the text", "[search][fold]")
{
    std::vector<std::string> windows;
    const std::string text = "ชุมชน";
    (void)forEachTrigram(text, [&](std::size_t b, std::size_t e) {
        windows.push_back(text.substr(b, e - b));
        return 0;
    });
    CHECK(windows == std::vector<std::string>{"ชุม", "ุมช", "มชน", "ชน", "น"});
    windows.clear();
    (void)forEachTrigram(std::string("ab"), [&](std::size_t b, std::size_t e) {
        windows.push_back(std::string("ab").substr(b, e - b));
        return 0;
    });
    CHECK(windows == std::vector<std::string>{"ab", "b"});
}

TEST_CASE("The query language: words, phrases, exclusions, OR and typed filters", "[search][query]")
{
    const ParsedQuery q =
        parseQuery("ชุมชน \"กลุ่ม ออมทรัพย์\" -ขนอม ปูม้า OR ยางพารา place:ท่าศาลา after:\"2550-01-01\" ท่า");
    REQUIRE(q.clauses.size() == 5);
    CHECK(q.clauses[0].anyOf.front().text == "ชุมชน");
    CHECK(q.clauses[1].anyOf.front().text == "กลุ่ม ออมทรัพย์");
    CHECK(q.clauses[2].anyOf.front().excluded);
    CHECK(q.clauses[3].anyOf.size() == 2); // OR binds the words either side of it
    CHECK(q.clauses[4].anyOf.front().typing);
    CHECK_FALSE(q.clauses[0].anyOf.front().typing);
    REQUIRE(q.filters.size() == 2);
    CHECK(q.filters[0].key == "place");
    CHECK(q.filters[0].value == "ท่าศาลา");
    CHECK(q.filters[1].value == "2550-01-01");
    CHECK(parseQuery("place:\"ท่า ศาลา\" x").filters.front().value == "ท่า ศาลา");
    // Long terms use a few of their windows; one or two letters are a prefix.
    CHECK(partsExpression(parseQuery("ชน")) == "\"ชน\"*");
    CHECK(partsExpression(parseQuery("ชุมชน")) == "(\"ชุม\" AND \"มชน\" AND \"ุมช\")");
    CHECK_FALSE(parseQuery("-ขนอม").hasTerms());
    CHECK_FALSE(parseQuery("!!! ... ;;;").hasTerms());
    CHECK_FALSE(parseQuery("place:ท่าศาลา").hasTerms());
    CHECK_FALSE(parseQuery("OR OR -").hasTerms());
}

TEST_CASE("Search finds part words, ranks whole words first and highlights whole clusters", "[search]")
{
    banthuek::test::FreshNotebook nb;
    addNote(nb, "เกษตรอินทรีย์", "ชุมชนอินทรีย์บ้านนาเริ่มแล้ว");
    addNote(nb, "เวทีชุมชน", "ชาวบ้านมาครบ");
    addNote(nb, "ตั้งเป้า", "ปีนี้เป้าหมายคือหนี้ลดลง");
    addNote(nb, "อื่น ๆ", "ไม่เกี่ยวกัน");

    // ชุมชน as a whole word (title) ranks above ชุมชน inside ชุมชนอินทรีย์.
    CHECK(found(nb, "ชุมชน") == std::vector<std::string>{"เวทีชุมชน", "เกษตรอินทรีย์"});
    CHECK(found(nb, "มชน").size() == 2);                           // the middle of a word
    CHECK(found(nb, "ชน") == found(nb, "ชุมชน"));                   // two letters
    CHECK(found(nb, "าหมา") == std::vector<std::string>{"ตั้งเป้า"}); // across ICU's เป้า|หมาย
    CHECK(found(nb, "เป้าหมาย ") == std::vector<std::string>{"ตั้งเป้า"});
    CHECK(found(nb, "นทรีย์บ้าน") == std::vector<std::string>{"เกษตรอินทรีย์"});
    CHECK(found(nb, "ชุมชนบ้าน").empty());

    const auto hits = nb->search().search("ุมช");
    REQUIRE(hits.size() == 2);
    CHECK_FALSE(hits[0].wholeWord);
    for (const SearchHit& hit : hits) {
        CHECK(marked(hit) == "[ชุมช]"); // the vowel mark takes its consonant: never a split cluster
    }
    // ชน as a word of its own (ICU: รถ|ชน|กัน) ranks above ชน inside ชุมชน, which has no score.
    addNote(nb, "อุบัติเหตุ", "รถชนกันที่สี่แยก");
    const auto parts = nb->search().search("ชน ");
    REQUIRE(parts.size() == 3);
    CHECK(parts.front().title == "อุบัติเหตุ");
    CHECK(parts.front().wholeWord);
    CHECK(parts.front().score > 0);
    CHECK_FALSE(parts.back().wholeWord);
    CHECK(parts.back().score == 0);
}

TEST_CASE("Both sides are folded: digits, spaces, repetition, case, separators", "[search]")
{
    banthuek::test::FreshNotebook nb;
    addNote(nb, "งบประมาณ", "ได้รับ ๑๕,๐๐๐ บาท เมื่อปี ๒๕๕๐");
    addNote(nb, "เด็ก ๆ", "เด็ก ๆ\u00a0ในโรงเรียน เรียนรู้ Blog ชุม\u200bชน");
    CHECK(found(nb, "2550").size() == 1);
    CHECK(found(nb, "๒๕๕๐").size() == 1);
    CHECK(found(nb, "15000").size() == 1);
    CHECK(found(nb, "15,000 บาท").size() == 1);
    CHECK(found(nb, "เด็กๆ").size() == 1);
    CHECK(found(nb, "\"ๆ ในโรงเรียน\"").size() == 1); // no-break space is a space
    CHECK(found(nb, "BLOG").size() == 1);
    CHECK(found(nb, "ชุมชน").size() == 1); // zero-width space inside the word
    const auto hit = nb->search().search("2550").front();
    CHECK(marked(hit) == "[๒๕๕๐]"); // the original Thai digits are highlighted
}

TEST_CASE("Phrases, exclusions and OR check the text, not only the index", "[search]")
{
    banthuek::test::FreshNotebook nb;
    addNote(nb, "หนึ่ง", "กลุ่มออมทรัพย์บ้านนา");
    addNote(nb, "สอง", "กลุ่ม ออมทรัพย์ บ้านดอน");
    const Note third = addNote(nb, "สาม", "ประมงพื้นบ้าน");
    (void)nb->comments().add(third.id, "มาลี", "ชื่นชมกลุ่มออมทรัพย์");
    CHECK(found(nb, "\"กลุ่ม ออมทรัพย์\"") == std::vector<std::string>{"สอง"});
    CHECK(found(nb, "กลุ่มออมทรัพย์").size() == 2); // one in a body, one in a comment
    CHECK(found(nb, "ออมทรัพย์ -ดอน").size() == 2);
    CHECK(found(nb, "บ้านนา OR บ้านดอน").size() == 2);
    CHECK(found(nb, "ประมง ชื่นชม") == std::vector<std::string>{"สาม"}); // body and comment together
    CHECK(found(nb, "ประมง -ชื่นชม").empty());
}

TEST_CASE("Typed and given filters narrow the results", "[search][filters]")
{
    banthuek::test::FreshNotebook nb;
    NoteDraft draft;
    draft.title = "ธนาคารปูม้า";
    draft.body = "ชุมชนดูแลทะเล";
    draft.author = "สมศรี ใจดี";
    draft.eventDate = CivilDate{2007, 1, 22};
    draft.placeCodes = {"800801"}; // ตำบลท่าศาลา
    const Note crab = nb->notes().create(draft);
    draft.title = "ป่าชุมชน";
    draft.author = "สมชาย";
    draft.eventDate = CivilDate{2008, 6, 1};
    draft.placeCodes = {"500101"};
    (void)nb->notes().create(draft);

    CHECK(found(nb, "ชุมชน").size() == 2);
    CHECK(found(nb, "ชุมชน place:ท่าศาลา") == std::vector<std::string>{"ธนาคารปูม้า"});
    CHECK(found(nb, "ชุมชน place:800801") == std::vector<std::string>{"ธนาคารปูม้า"});
    CHECK(found(nb, "ชุมชน author:สมศรี") == std::vector<std::string>{"ธนาคารปูม้า"});
    CHECK(found(nb, "ชุมชน before:2551-01-01") == std::vector<std::string>{"ธนาคารปูม้า"}); // Buddhist era
    CHECK(found(nb, "ชุมชน after:2008-01-01") == std::vector<std::string>{"ป่าชุมชน"});     // Gregorian
    CHECK(found(nb, "ชุมชน kind:field_note").size() == 2);

    SearchRequest request;
    request.query = "ชุมชน";
    request.filter.placeCode = "50"; // the sidebar's selection: Chiang Mai province
    const SearchResults results = nb->search().search(request);
    REQUIRE(results.hits.size() == 1);
    CHECK(results.hits.front().title == "ป่าชุมชน");

    request.query = "ชุมชน place:ไม่มีที่นี่จริงๆ";
    const SearchResults refused = nb->search().search(request);
    CHECK(refused.hits.empty());
    CHECK_THAT(refused.problem, Catch::Contains("ไม่มีที่นี่จริงๆ"));
    request.query = "ชุมชน before:2550-13-40";
    CHECK_FALSE(nb->search().search(request).problem.empty());
    (void)crab;
}

TEST_CASE("Search returns exactly the notes a scan finds, for any part of any note", "[search][scan]")
{
    banthuek::test::FreshNotebook nb;
    (void)generateNotes(*nb.notebook, {250, 7, {}});
    for (const char* name : {"post-73826.txt", "post-140116.txt"}) {
        const std::string post =
            banthuek::test::readBytes(std::string(BANTHUEK_TEST_DATA) + "/gotoknow/" + name);
        addNote(nb, name, post);
    }
    // A few notes go to the Trash: the scan and the search must both leave them out.
    auto ids = nb->notes().listIds();
    for (std::size_t i = 0; i < 10; ++i) {
        nb->notes().trash(ids[i * 7]);
    }
    // Pieces of 2 to 7 code points cut at random from random notes, wherever they fall.
    std::mt19937 random(20261125);
    auto rows = nb->database().cached("SELECT body FROM notes ORDER BY rowid");
    std::vector<std::string> bodies;
    while (rows->step()) {
        bodies.push_back(searchText(rows->text(0)));
    }
    int checked = 0;
    for (int i = 0; i < 60; ++i) {
        const std::string& body = bodies[random() % bodies.size()];
        std::vector<std::size_t> starts;
        for (std::size_t b = 0; b < body.size(); ++b) {
            if ((static_cast<unsigned char>(body[b]) & 0xC0) != 0x80) {
                starts.push_back(b);
            }
        }
        const std::size_t length = 2 + random() % 6;
        if (starts.size() <= length) {
            continue;
        }
        const std::size_t from = random() % (starts.size() - length);
        std::string piece = body.substr(starts[from], starts[from + length] - starts[from]);
        if (piece.find('"') != std::string::npos || piece.front() == ' ' || piece.front() == '-') {
            continue;
        }
        const std::string query = piece.find(' ') != std::string::npos ? "\"" + piece + "\"" : piece;
        INFO("query: " << query);
        CHECK(searched(nb, query) == scan(nb, piece));
        ++checked;
    }
    CHECK(checked > 40);
}

TEST_CASE("Reindex rebuilds every index to the same answers", "[search]")
{
    banthuek::test::FreshNotebook nb;
    (void)generateNotes(*nb.notebook, {60, 3, {}});
    const auto before = searched(nb, "ชน");
    std::vector<double> progress;
    CHECK(nb->search().reindex([&](double p) { progress.push_back(p); }) > 0);
    REQUIRE_FALSE(progress.empty());
    CHECK(progress.back() == Approx(1.0));
    CHECK(std::is_sorted(progress.begin(), progress.end()));
    CHECK(searched(nb, "ชน") == before);
    CHECK(nb.notebook->check().sound());
}

TEST_CASE("The token pipeline hands over texts split ahead, in order, and nothing else", "[search][pipeline]")
{
    std::vector<std::string> texts{"ชุมชนเข้มแข็ง", "", "กองทุนสวัสดิการ", "ปูม้า"};
    std::size_t next = 0;
    TokenPipeline pipeline(
        [&]() -> std::optional<std::string> {
            if (next == texts.size()) {
                return std::nullopt;
            }
            return texts[next++];
        },
        tokenizeForSearch);
    const auto* first = pipeline.take("ชุมชนเข้มแข็ง");
    REQUIRE(first);
    CHECK(first->size() == tokenizeForSearch("ชุมชนเข้มแข็ง").size());
    CHECK(pipeline.take("ไม่อยู่ในลำดับ") == nullptr);     // not next in line: the caller splits it
    const auto* third = pipeline.take("กองทุนสวัสดิการ"); // the empty text in between is skipped
    REQUIRE(third);
    CHECK(third->front().text == "กองทุน");
    CHECK(pipeline.take("ปูม้า"));
    CHECK(pipeline.take("ปูม้า") == nullptr); // the texts have run out
}

TEST_CASE("Texts split by several threads come out in the order given", "[search][pipeline]")
{
    // Long and short texts mixed, so the splitters finish out of order.
    std::vector<std::string> texts;
    for (int i = 0; i < 3000; ++i) {
        std::string text = "บันทึกที่ " + std::to_string(i) + " ";
        for (int repeat = 0; repeat < (i % 7) * 20; ++repeat) {
            text += "ชุมชนเข้มแข็ง";
        }
        texts.push_back(text);
    }
    std::size_t next = 0;
    TokenPipeline pipeline(
        [&]() -> std::optional<std::string> {
            return next == texts.size() ? std::nullopt : std::optional<std::string>(texts[next++]);
        },
        tokenizeForSearch);
    for (const std::string& text : texts) {
        const auto* tokens = pipeline.take(text);
        REQUIRE(tokens);
        std::vector<std::string> got;
        std::vector<std::string> expected; // the number in each text tells them apart
        for (const SearchToken& token : *tokens) {
            got.push_back(token.text);
        }
        for (const SearchToken& token : tokenizeForSearch(text)) {
            expected.push_back(token.text);
        }
        REQUIRE(got == expected);
    }
    CHECK(pipeline.take("ชุมชน") == nullptr);
}

TEST_CASE("Bulk loads index each new note once, comments included", "[search][bulk]")
{
    banthuek::test::FreshNotebook nb;
    const Note before = addNote(nb, "มีอยู่ก่อน", "บันทึกเก่า");
    auto wordHits = [&nb](const char* table, const char* word) {
        auto row = nb->database().cached(std::string("SELECT count(*) FROM ") + table + " WHERE " + table +
                                         " MATCH ?1");
        return row->bind(1, std::string(word)).step() ? row->integer(0) : -1;
    };
    {
        Transaction transaction(nb->database());
        SearchBulkLoad load(nb->database());
        NoteDraft draft;
        draft.title = "ใหม่";
        draft.body = "เนื้อความใหม่";
        const Note added = nb->notes().create(draft);
        (void)nb->comments().add(added.id, "มาลี", "ความเห็นเรื่องผ้าบาติก");
        draft.title = "ร่างแรก";
        const Note edited = nb->notes().create(draft);
        draft.title = "ร่างสุดท้าย";
        (void)nb->notes().update(edited.id, draft); // a new note changed during the load
        NoteDraft old = before.content;
        old.title = "เปลี่ยนชื่อระหว่างนำเข้า"; // a note from before the load changes too
        (void)nb->notes().update(before.id, old);
        // The new notes and comments wait for finish(); the older note is indexed as it changes.
        CHECK(wordHits("note_search", "เนื้อ") == 0);
        CHECK(wordHits("comment_search", "บาติก") == 0);
        CHECK(wordHits("note_titles", "เปลี่ยน") == 1);
        load.finish();
        transaction.commit();
    }
    CHECK(wordHits("note_search", "เนื้อ") == 2);
    CHECK(wordHits("note_titles", "สุดท้าย") == 1);
    CHECK(wordHits("note_titles", "แรก") == 0);
    CHECK(wordHits("comment_search", "บาติก") == 1);
    CHECK(found(nb, "าบาต") == std::vector<std::string>{"ใหม่"}); // a part of a word in the comment
    CHECK(found(nb, "บันทึกเก่า") == std::vector<std::string>{"เปลี่ยนชื่อระหว่างนำเข้า"});
    // After the load, writes index one by one again.
    (void)nb->comments().add(before.id, "มาลี", "ชื่นชมกลุ่มออมทรัพย์");
    CHECK(found(nb, "ออมทรัพ") == std::vector<std::string>{"เปลี่ยนชื่อระหว่างนำเข้า"});
    CHECK(wordHits("comment_search", "ออม") == 1);
    CHECK(nb.notebook->check().sound());
}
