// SPDX-License-Identifier: GPL-3.0-or-later
// GotoKnow posts: the two real sample posts as text, the same post as a web page, a Thai
// Windows file, bad files in a batch, and importing the same post again.
#include "core/error.h"
#include "core/formats/gotoknowimport.h"
#include "core/formats/gotoknowpost.h"
#include "core/text/writtendates.h"
#include "tests/support/freshnotebook.h"
#include "tests/support/randombytes.h"

#include <catch2/catch.hpp>

#include <random>

using namespace banthuek::core;
using banthuek::test::FreshNotebook;

namespace {

std::string sample(const std::string& name)
{
    return banthuek::test::readBytes(std::string(BANTHUEK_TEST_DATA) + "/gotoknow/" + name);
}

// UTF-8 Thai as windows-874 bytes (ASCII and Thai letters only; the no-break space is 0xA0).
std::string asWindows874(const std::string& utf8)
{
    std::string out;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        if (b < 0x80) {
            out += utf8[i++];
        } else if (b == 0xC2) {
            out += static_cast<char>(utf8[i + 1]); // U+00A0
            i += 2;
        } else {
            const int cp = ((b & 0x0F) << 12) | ((utf8[i + 1] & 0x3F) << 6) | (utf8[i + 2] & 0x3F);
            out += static_cast<char>(cp - 0x0E00 + 0xA0);
            i += 3;
        }
    }
    return out;
}

// The sample post laid out as GotoKnow's web page lays it out, with what a page has around it.
std::string asWebPage()
{
    return R"html(<!DOCTYPE html><html><head><meta charset="utf-8">
<title>ก้าวใหม่ของขบวนพัฒนาเมืองนครศรีธรรมราช - GotoKnow</title>
<link rel="canonical" href="https://www.gotoknow.org/posts/73826">
<script>alert("ไม่ใช่บันทึก")</script><style>p { color: red }</style></head>
<body><nav><a href="/">GotoKnow</a> <a href="/posts">บันทึก</a></nav>
<h1>ก้าวใหม่ของขบวนพัฒนาเมืองนครศรีธรรมราช</h1>
<div class="post-content"><p>ก้าวสู่การบูรณาการ<b>การทำงาน</b>ของทุกภาคส่วน</p>
<p>ดู<a href="https://www.gotoknow.org/blogs/kmcity">บล็อก KM เมืองนคร</a> และ<a href="javascript:steal()">ลิงก์ร้าย</a></p>
<p>บรรทัดแรก<br>บรรทัดที่สอง</p>
<p><img src="/uploads/photo.jpg" alt="เวทีประชาคม"></p>
<p>*ไม่ใช่ตัวเอียง* 1. ไม่ใช่รายการ</p></div>
<p>คำสำคัญ (Tags)#สวัสดิการชุมชน#KM เมืองนคร</p>
<div class="footer">หมายเลขบันทึก: ๗๓๘๒๖ เขียนเมื่อ 22 ม.ค. 2550 16:26 น. แก้ไขเมื่อ 11 กุมภาพันธ์ 2012 17:07 น.
สัญญาอนุญาต: ครีเอทีฟคอมมอนส์แบบ แสดงที่มา-ไม่ใช้เพื่อการค้า-อนุญาตแบบเดียวกัน จำนวนที่อ่าน: 120</div>
<h2>ความเห็น (2)</h2>
<div class="comment"><p>ปัทมาวดี โพชนุกูล</p><p>เมื่อ 23 มกราคม 2007 09:15 น.</p>
<p>เป็นกำลังใจให้ขบวนเมืองคอนค่ะ</p><p>&nbsp;</p></div>
<div class="comment"><p>มูลนิธิชุมชนไท</p><p>ขอบคุณที่แบ่งปันครับ</p></div>
<footer>พบปัญหาการใช้งานกรุณาแจ้ง LINE ID @gotoknow</footer></body></html>)html";
}

} // namespace

TEST_CASE("Dates written out in words are read in Thai and English, Buddhist and Common era", "[gotoknow]")
{
    const auto thai = findWrittenDate("เขียนเมื่อ 22 มกราคม 2007 16:26 น. ()");
    REQUIRE(thai);
    CHECK(thai->date == CivilDate{2007, 1, 22});
    CHECK(thai->minutes == 16 * 60 + 26);
    CHECK(thaiMillis(*thai) == 1169457960000); // 09:26 UTC
    CHECK(findWrittenDate("๒๒ ม.ค. ๒๕๕๐")->date == CivilDate{2007, 1, 22});
    CHECK(findWrittenDate("11 February 2012, 21:06")->minutes == 21 * 60 + 6);
    CHECK(findWrittenDate("on March 3, 2565")->date == CivilDate{2022, 3, 3});
    CHECK_FALSE(findWrittenDate("31 กุมภาพันธ์ 2550").has_value()); // no such day
    CHECK_FALSE(findWrittenDate("หมายเลขบันทึก: 73826").has_value());
    CHECK_FALSE(findWrittenDate("12 marches 2007").has_value());
    CHECK_FALSE(findWrittenDate("22 มกราคม 2007 25:61")->minutes.has_value());
}

TEST_CASE("A GotoKnow post saved as text gives its title, body, number, dates and comments", "[gotoknow]")
{
    const GotoKnowPost post = parseGotoKnowPost(sample("post-73826.txt"));
    CHECK(post.number == 73826);
    CHECK(post.url == "https://www.gotoknow.org/posts/73826");
    CHECK(post.title == "ก้าวใหม่ของขบวนพัฒนาเมืองนครศรีธรรมราช");
    CHECK(post.body.starts_with("ก้าวสู่การบูรณาการการทำงานของทุกภาคส่วน"));
    CHECK(post.body.ends_with("หนทางยังอีกยาวไกล\n"));
    CHECK(post.body.find("หมายเลขบันทึก") == std::string::npos);
    CHECK(post.body.find("\u00A0") == std::string::npos); // no-break spaces made plain
    REQUIRE(post.written);
    CHECK(post.written->date == CivilDate{2007, 1, 22});
    CHECK(post.written->minutes == 16 * 60 + 26);
    REQUIRE(post.edited);
    CHECK(post.edited->date == CivilDate{2012, 2, 11});
    CHECK(post.licence.empty()); // the saved text lost the licence's picture
    REQUIRE(post.comments.size() == 2);
    CHECK(post.comments[0].author == "ปัทมาวดี โพชนุกูล");
    CHECK(post.comments[0].body.starts_with("\"ประเด็นชาติ\" ที่ใช้พื้นที่เป็นตัวเดิน"));
    CHECK(post.comments[0].body.ends_with("เป็นกำลังใจให้ขบวนเมืองคอนค่ะ\n"));
    CHECK(post.comments[1].author.empty()); // the writer's own answer carries no name
    CHECK(post.comments[1].body.starts_with("ดีใจที่ได้เจอพี่ภีม"));
    CHECK(post.comments[1].body.find("LINE ID") == std::string::npos); // the site's footer is not a comment

    const GotoKnowPost other = parseGotoKnowPost(sample("post-140116.txt"));
    CHECK(other.number == 140116);
    CHECK(other.comments.empty());
    // Lines inside a paragraph keep their breaks.
    CHECK(other.body.find("หลักคือ\\\n1)โครงสร้างหน้าที่ตามกระทรวง/กรม\\\n2)") != std::string::npos);
}

TEST_CASE("A GotoKnow post saved as a web page keeps links, images as links, keywords and dated comments",
          "[gotoknow]")
{
    const GotoKnowPost post = parseGotoKnowPost(asWebPage());
    CHECK(post.number == 73826);
    CHECK(post.title == "ก้าวใหม่ของขบวนพัฒนาเมืองนครศรีธรรมราช");
    CHECK(post.body.starts_with("ก้าวสู่การบูรณาการการทำงานของทุกภาคส่วน\n\n"));
    CHECK(post.body.find("[บล็อก KM เมืองนคร](https://www.gotoknow.org/blogs/kmcity)") != std::string::npos);
    CHECK(post.body.find("javascript") == std::string::npos);
    CHECK(post.body.find("ลิงก์ร้าย") != std::string::npos); // its words stay
    CHECK(post.body.find("บรรทัดแรก\\\nบรรทัดที่สอง") != std::string::npos);
    CHECK(post.body.find("[เวทีประชาคม](https://www.gotoknow.org/uploads/photo.jpg)") != std::string::npos);
    CHECK(post.body.find("\\*ไม่ใช่ตัวเอียง\\*") != std::string::npos);
    CHECK(post.body.find("alert") == std::string::npos);
    CHECK(post.body.find("GotoKnow บันทึก") == std::string::npos); // the page's menu is not the post
    CHECK(post.keywords == std::vector<std::string>{"สวัสดิการชุมชน", "KM เมืองนคร"});
    CHECK(post.written->date == CivilDate{2007, 1, 22});
    CHECK(post.licence == "ครีเอทีฟคอมมอนส์แบบ แสดงที่มา-ไม่ใช้เพื่อการค้า-อนุญาตแบบเดียวกัน");
    REQUIRE(post.comments.size() == 2);
    CHECK(post.comments[0].author == "ปัทมาวดี โพชนุกูล");
    REQUIRE(post.comments[0].written);
    CHECK(post.comments[0].written->date == CivilDate{2007, 1, 23});
    CHECK(post.comments[0].body == "เป็นกำลังใจให้ขบวนเมืองคอนค่ะ\n");
    CHECK(post.comments[1].author == "มูลนิธิชุมชนไท"); // an organisation's name
    CHECK(post.comments[1].body == "ขอบคุณที่แบ่งปันครับ\n");
}

TEST_CASE("A post saved by Windows in Thai (windows-874) or as UTF-16 reads as the UTF-8 one", "[gotoknow]")
{
    const std::string utf8 = sample("post-73826.txt");
    const GotoKnowPost expected = parseGotoKnowPost(utf8);
    const GotoKnowPost thai = parseGotoKnowPost(asWindows874(utf8));
    CHECK(thai.title == expected.title);
    CHECK(thai.body == expected.body);
    CHECK(thai.comments.size() == 2);
}

TEST_CASE("What is not a GotoKnow post is refused with the reason", "[gotoknow]")
{
    CHECK_THROWS_WITH(parseGotoKnowPost("บันทึกธรรมดา\n\nไม่มีท้ายบันทึก\n"), Catch::Contains("no record number"));
    CHECK_THROWS_WITH(parseGotoKnowPost(std::string("PK\x03\x04\0\0binary", 12)), Catch::Contains("binary"));
    CHECK_THROWS_WITH(parseGotoKnowPost("\n\nหมายเลขบันทึก: 5 เขียนเมื่อ 1 มกราคม 2007\n"),
                      Catch::Contains("no title"));
    CHECK_THROWS_WITH(parseGotoKnowPost("<html><body><p>หน้าเว็บอื่น</p></body></html>"),
                      Catch::Contains("no record number"));
}

TEST_CASE("Mangled posts never crash the reader: each is a post or a clear refusal", "[gotoknow][fuzz]")
{
    const std::vector<std::string> seeds = {sample("post-73826.txt"), sample("post-140116.txt"), asWebPage()};
    std::mt19937 random(2550);
    int posts = 0;
    int refused = 0;
    for (int round = 0; round < 600; ++round) {
        std::string bytes = seeds[static_cast<std::size_t>(round) % seeds.size()];
        const int edits = 1 + static_cast<int>(random() % 12);
        for (int e = 0; e < edits && !bytes.empty(); ++e) {
            const std::size_t at = random() % bytes.size();
            switch (random() % 4) {
            case 0:
                bytes[at] = static_cast<char>(random() & 0xFF);
                break;
            case 1:
                bytes.erase(at, random() % 64);
                break;
            case 2:
                bytes.insert(at, banthuek::test::randomBytes(random() % 16, static_cast<unsigned>(random())));
                break;
            default:
                bytes.insert(at, bytes.substr(random() % bytes.size(), random() % 256));
            }
        }
        try {
            const GotoKnowPost post = parseGotoKnowPost(bytes);
            CHECK(post.number > 0);
            CHECK_FALSE(post.title.empty());
            ++posts;
        } catch (const Error& error) {
            CHECK(error.category() == ErrorCategory::InvalidInput);
            ++refused;
        }
    }
    CHECK(posts > 0);
    CHECK(refused > 0);
}

TEST_CASE("Importing GotoKnow posts keeps every field, importing again updates, never duplicates",
          "[gotoknow]")
{
    FreshNotebook nb;
    const std::string text = nb.dir.file("post-73826.txt");
    const std::string page = nb.dir.file("post-73826.html");
    const std::string other = nb.dir.file("post-140116.txt");
    banthuek::test::writeBytes(text, sample("post-73826.txt"));
    banthuek::test::writeBytes(page, asWebPage());
    banthuek::test::writeBytes(other, sample("post-140116.txt"));

    GotoKnowImportOptions options;
    options.author = "ภีม";
    options.placeCodes = {"8008"}; // อำเภอท่าศาลา
    const GotoKnowImport first = importGotoKnow(*nb.notebook, {text, other}, options);
    REQUIRE(first.written);
    REQUIRE(first.posts.size() == 2);
    CHECK(first.posts[0].outcome == GotoKnowImported::Outcome::Created);
    const Note note = nb->notes().get(first.posts[0].noteId);
    CHECK(note.content.title == "ก้าวใหม่ของขบวนพัฒนาเมืองนครศรีธรรมราช");
    CHECK(note.content.kind == NoteKind::Article);
    CHECK(note.content.author == "ภีม");
    CHECK(note.content.published);
    CHECK(note.content.eventDate == CivilDate{2007, 1, 22});
    CHECK(note.content.placeCodes == std::vector<std::string>{"8008"});
    CHECK(note.createdMs == 1169457960000);
    const auto source = nb->notes().source(note.id);
    REQUIRE(source);
    CHECK(source->site == "gotoknow");
    CHECK(source->ref == "73826");
    CHECK(source->url == "https://www.gotoknow.org/posts/73826");
    const auto comments = nb->comments().forNote(note.id);
    REQUIRE(comments.size() == 2);
    CHECK(comments[0].author == "ปัทมาวดี โพชนุกูล");
    CHECK(comments[0].createdMs < comments[1].createdMs);
    CHECK(formatDate(CivilDate{2007, 1, 22}) == "22 มกราคม 2550");

    // A teammate's comment here, then the same post again as a web page: one note, updated.
    [[maybe_unused]] const Comment mine = nb->comments().add(note.id, "สมศรี", "อ่านแล้วได้ความรู้มาก");
    const GotoKnowImport again = importGotoKnow(*nb.notebook, {page}, options);
    REQUIRE(again.written);
    CHECK(again.posts[0].noteId == note.id);
    CHECK(again.posts[0].outcome == GotoKnowImported::Outcome::Updated);
    CHECK(nb->notes().count() == 2);
    const Note updated = nb->notes().get(note.id);
    CHECK(updated.content.body.find("บล็อก KM เมืองนคร") != std::string::npos);
    CHECK(updated.content.themeIds.size() == 2); // the page's keywords, as themes
    CHECK(nb->themes().findByName("สวัสดิการชุมชน").has_value());
    CHECK(nb->notes().revisions(note.id).size() == 1); // the text as first imported is kept
    const auto after = nb->comments().forNote(note.id);
    // Two from the text, mine, and the page's two (its first is worded apart from the text's).
    CHECK(after.size() == 5);
    CHECK(std::count_if(after.begin(), after.end(), [](const Comment& c) { return c.author == "สมศรี"; }) ==
          1);

    // The same file once more changes nothing.
    const GotoKnowImport same = importGotoKnow(*nb.notebook, {page}, options);
    CHECK(same.posts[0].outcome == GotoKnowImported::Outcome::Unchanged);
    CHECK(nb->comments().forNote(note.id).size() == 5);
}

TEST_CASE("A batch with bad files imports nothing and names each, unless told to skip them", "[gotoknow]")
{
    FreshNotebook nb;
    const std::string good = nb.dir.file("post.txt");
    const std::string notPost = nb.dir.file("minutes.txt");
    const std::string binary = nb.dir.file("photo.jpg");
    banthuek::test::writeBytes(good, sample("post-140116.txt"));
    banthuek::test::writeBytes(notPost, "บันทึกการประชุม\nไม่ใช่บันทึก GotoKnow\n");
    banthuek::test::writeBytes(binary, std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10));
    const std::string missing = nb.dir.file("missing.txt");
    const std::int64_t before = nb->notes().count();

    const GotoKnowImport refused = importGotoKnow(*nb.notebook, {good, notPost, binary, missing});
    CHECK_FALSE(refused.written);
    REQUIRE(refused.problems.size() == 3);
    CHECK(refused.problems[0].file == notPost);
    CHECK(refused.problems[0].why.english().find("no record number") != std::string::npos);
    CHECK(refused.problems[1].file == binary);
    CHECK(refused.problems[2].file == missing);
    CHECK(refused.problems[2].why.english().find("cannot be read") != std::string::npos);
    CHECK(nb->notes().count() == before);

    GotoKnowImportOptions skip;
    skip.skipBad = true;
    const GotoKnowImport skipped = importGotoKnow(*nb.notebook, {good, notPost}, skip);
    CHECK(skipped.written);
    CHECK(skipped.posts.size() == 1);
    CHECK(skipped.problems.size() == 1);
    CHECK(nb->notes().count() == before + 1);

    GotoKnowImportOptions nowhere;
    nowhere.placeCodes = {"999999"};
    CHECK_THROWS_AS(importGotoKnow(*nb.notebook, {good}, nowhere), Error);
}
