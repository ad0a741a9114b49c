// SPDX-License-Identifier: GPL-3.0-or-later
// import-gotoknow on the command line: the contract's flags and JSON, all or nothing by default.
#include "tests/cli/runbanthuek.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using banthuek::test::ProcessResult;
using banthuek::test::readBytes;
using banthuek::test::run;
using banthuek::test::TempDir;
using banthuek::test::writeBytes;

TEST_CASE("import-gotoknow imports posts with comments, refuses a bad batch, and updates on a second run",
          "[cli][gotoknow]")
{
    TempDir dir;
    const std::string nb = dir.file("team.banthuek");
    REQUIRE(run({"new", nb}).exitCode == 0);
    const std::string post = BANTHUEK_TEST_DATA "/gotoknow/post-73826.txt";
    const std::string other = BANTHUEK_TEST_DATA "/gotoknow/post-140116.txt";
    const std::string notPost = dir.file("minutes.txt");
    writeBytes(notPost, "รายงานการประชุม\nวาระที่ 1\n");

    const auto refused = run({"import-gotoknow", nb, post, notPost});
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.find("minutes.txt") != std::string::npos);
    CHECK(refused.err.find("Nothing was imported") != std::string::npos);
    CHECK(nlohmann::json::parse(run({"list", nb, "--json"}).out).empty());

    const auto skipped =
        run({"import-gotoknow", nb, post, notPost, "--skip-bad", "--author", "ภีม", "--json"});
    CHECK(skipped.exitCode == 0);
    const auto result = nlohmann::json::parse(skipped.out);
    CHECK(result["written"] == true);
    REQUIRE(result["posts"].size() == 1);
    CHECK(result["posts"][0]["gotoknow"] == 73826);
    CHECK(result["posts"][0]["outcome"] == "created");
    CHECK(result["posts"][0]["comments_added"] == 2);
    CHECK(result["problems"][0]["file"] == notPost);

    const auto dry =
        nlohmann::json::parse(run({"import-gotoknow", nb, post, other, "--dry-run", "--json"}).out);
    CHECK(dry["written"] == false);
    CHECK(dry["posts"][0]["outcome"] == "would_update");
    CHECK(dry["posts"][1]["outcome"] == "would_create");
    CHECK(nlohmann::json::parse(run({"list", nb, "--json"}).out).size() == 1);

    const auto again = nlohmann::json::parse(run({"import-gotoknow", nb, post, other, "--json"}).out);
    CHECK(again["posts"][0]["outcome"] == "unchanged");
    CHECK(again["posts"][1]["outcome"] == "created");
    const auto notes = nlohmann::json::parse(run({"list", nb, "--json"}).out);
    REQUIRE(notes.size() == 2);
    CHECK(notes[0]["title"] == "ร่วมด้วยช่วยกันพัฒนาเมืองนคร"); // newest first: 19 October 2007
    CHECK(notes[1]["author"] == "ภีม");
    CHECK(notes[1]["date"] == "2007-01-22");
}

TEST_CASE("export-markdown and import-markdown carry a notebook's notes to another and back",
          "[cli][markdown]")
{
    TempDir dir;
    const std::string demo = dir.file("demo.banthuek");
    const std::string copy = dir.file("copy.banthuek");
    REQUIRE(run({"new", demo, "--demo"}).exitCode == 0);
    REQUIRE(run({"new", copy}).exitCode == 0);
    const std::string folder = dir.file("ส่งออก");

    const auto exported = run({"export-markdown", demo, "-o", folder, "--json"});
    REQUIRE(exported.exitCode == 0);
    const auto counts = nlohmann::json::parse(exported.out);
    const auto demoNotes = nlohmann::json::parse(run({"list", demo, "--json"}).out);
    CHECK(counts["notes"] == demoNotes.size());
    CHECK(counts["comments"].get<int>() > 0);

    const auto busy = run({"export-markdown", demo, "-o", folder});
    CHECK(busy.exitCode == 3);
    CHECK(busy.err.find("--force") != std::string::npos);
    const auto some = nlohmann::json::parse(
        run({"export-markdown", demo, "-o", dir.file("ท่าศาลา"), "--place", "800801", "--json"}).out);
    CHECK(some["notes"] ==
          nlohmann::json::parse(run({"list", demo, "--place", "800801", "--json"}).out).size());

    const auto dry = nlohmann::json::parse(run({"import-markdown", copy, folder, "--dry-run", "--json"}).out);
    CHECK(dry["written"] == false);
    CHECK(dry["notes"][0]["outcome"] == "would_create");
    CHECK(nlohmann::json::parse(run({"list", copy, "--json"}).out).empty());

    const auto imported = run({"import-markdown", copy, folder, "--json"});
    REQUIRE(imported.exitCode == 0);
    const auto result = nlohmann::json::parse(imported.out);
    CHECK(result["written"] == true);
    CHECK(result["notes"].size() == demoNotes.size());
    CHECK(result["problems"].empty());
    CHECK(nlohmann::json::parse(run({"list", copy, "--json"}).out) == demoNotes);

    const auto again = nlohmann::json::parse(run({"import-markdown", copy, folder, "--json"}).out);
    for (const auto& note : again["notes"]) {
        CHECK(note["outcome"] == "unchanged");
    }
}

TEST_CASE("import-markdown refuses a folder whose links leave it, naming file and line", "[cli][markdown]")
{
    TempDir dir;
    const std::string nb = dir.file("team.banthuek");
    REQUIRE(run({"new", nb}).exitCode == 0);
    const std::string folder = dir.file("vault");
    std::filesystem::create_directories(folder);
    writeBytes(folder + "/ดี.md", "ข้อความดี\n");
    writeBytes(folder + "/ร้าย.md", "บรรทัดหนึ่ง\n![](../team.banthuek)\n");

    const auto refused = run({"import-markdown", nb, folder});
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.find("ร้าย.md") != std::string::npos);
    CHECK(refused.err.find("line 2") != std::string::npos);
    CHECK(refused.err.find("Nothing was imported") != std::string::npos);
    CHECK(nlohmann::json::parse(run({"list", nb, "--json"}).out).empty());

    const auto skipped = run({"import-markdown", nb, folder, "--skip-bad", "--json"});
    CHECK(skipped.exitCode == 0);
    CHECK(nlohmann::json::parse(skipped.out)["notes"].size() == 1);
    CHECK(nlohmann::json::parse(run({"list", nb, "--json"}).out).size() == 1);
    CHECK(run({"import-markdown", nb, dir.file("ไม่มี")}).exitCode == 3);
}

TEST_CASE("publish writes a site whose Thai search works offline in Chromium", "[cli][publish]")
{
    TempDir dir;
    const std::string nb = dir.file("demo.banthuek");
    REQUIRE(run({"new", nb, "--demo"}).exitCode == 0);
    const std::string site = dir.file("blog");
    const auto published = run({"publish", nb, "-o", site, "--place", "80", "--json"});
    REQUIRE(published.exitCode == 0);
    const auto counts = nlohmann::json::parse(published.out);
    CHECK(counts["notes"].get<int>() > 0);
    CHECK(counts["places"].get<int>() > 0);
    CHECK(run({"publish", nb, "-o", site}).exitCode == 3); // not empty: refused without --force
    CHECK(run({"publish", nb, "-o", site, "--force", "--lang", "en"}).exitCode == 0);
    CHECK(run({"publish", nb, "-o", site, "--force", "--lang", "fr"}).exitCode != 0);
    REQUIRE(run({"publish", nb, "-o", site, "--force"}).exitCode == 0);

    // The browser opens the page from the disk, runs the search for "ออมทรัพย์" from the address,
    // and the page lists the notes that hold the word.
    const std::string query =
        "%E0%B8%AD%E0%B8%AD%E0%B8%A1%E0%B8%97%E0%B8%A3%E0%B8%B1%E0%B8%9E%E0%B8%A2%E0%B9%8C";
    const auto page =
        banthuek::test::runProcess("chromium", {"--headless=new", "--no-sandbox", "--disable-gpu",
                                                "--dump-dom", "file://" + site + "/index.html#q=" + query});
    REQUIRE(page.exitCode == 0);
    CHECK(page.out.find("data-query=\"ออมทรัพย์\"") != std::string::npos);
    CHECK(page.out.find("พบ 2 บันทึก") != std::string::npos);
    CHECK(page.out.find("วงเรียนรู้กลุ่มออมทรัพย์บ้านหัวถนน</a>") != std::string::npos);
}
