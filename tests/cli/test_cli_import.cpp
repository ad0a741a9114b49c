// SPDX-License-Identifier: GPL-3.0-or-later
// import-gotoknow on the command line: the contract's flags and JSON, all or nothing by default.
#include "tests/cli/runbanthuek.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

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
