// SPDX-License-Identifier: GPL-3.0-or-later
// The banthuek executable's subcommands, run as a user or a script would run them.
#include "tests/cli/runbanthuek.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>

using banthuek::test::ProcessResult;
using banthuek::test::readBytes;
using banthuek::test::run;
using banthuek::test::TempDir;
using banthuek::test::writeBytes;

namespace {

// Today as YYYY-MM-DD (UTC; the tests that use it allow a day either way).
std::string todayIso()
{
    const std::chrono::year_month_day day{
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(day.year()),
                  static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
    return text;
}

} // namespace

TEST_CASE("--help lists the subcommands and --version prints the version", "[cli]")
{
    const auto help = run({"--help"});
    CHECK(help.exitCode == 0);
    for (const char* command : {"new", "check", "add", "list", "import-jsonl", "generate"}) {
        CHECK_THAT(help.out, Catch::Contains(command));
    }
    const auto version = run({"--version"});
    CHECK(version.exitCode == 0);
    CHECK_THAT(version.out, Catch::StartsWith("banthuek 0."));
    const auto wrong = run({"frobnicate"});
    CHECK(wrong.exitCode == 2);
    CHECK_FALSE(wrong.err.empty());
}

TEST_CASE("new, add, list and check work together", "[cli]")
{
    TempDir dir;
    const std::string nb = dir.file("team.banthuek");
    REQUIRE(run({"new", nb}).exitCode == 0);
    writeBytes(dir.file("body.md"), "## ที่มา\n\nชาวบ้านรวมกลุ่มออมทรัพย์\n");
    const auto added =
        run({"add", nb, "--title", "ลงพื้นที่ท่าศาลา", "--body-file", dir.file("body.md"), "--place", "800801",
             "--theme", "สวัสดิการชุมชน", "--theme", "ประเด็นใหม่", "--date", "2550-01-22", "--author", "มาลี"});
    REQUIRE(added.exitCode == 0);
    CHECK(added.out == "1\n");
    CHECK_THAT(added.err, Catch::Contains("New theme: ประเด็นใหม่"));
    REQUIRE(run({"add", nb, "--title", "ประชุมวงคุณเอื้อ", "--kind", "minutes", "--date", "2007-02-01"}).out ==
            "2\n");

    const auto listed = run({"list", nb, "--json"});
    REQUIRE(listed.exitCode == 0);
    const auto notes = nlohmann::json::parse(listed.out);
    REQUIRE(notes.size() == 2);
    CHECK(notes[1]["record"] == 1);
    CHECK(notes[1]["title"] == "ลงพื้นที่ท่าศาลา");
    CHECK(notes[1]["kind"] == "field_note");
    CHECK(notes[1]["date"] == "2007-01-22");
    CHECK(notes[1]["author"] == "มาลี");
    CHECK(notes[1]["places"] == nlohmann::json::array({"800801"}));
    CHECK(notes[1]["themes"].size() == 2);
    CHECK(notes[1]["id"].get<std::string>().size() == 36);

    CHECK(nlohmann::json::parse(run({"list", nb, "--json", "--kind", "minutes"}).out).size() == 1);
    CHECK(nlohmann::json::parse(run({"list", nb, "--json", "--place", "80"}).out).size() == 1);
    CHECK(nlohmann::json::parse(run({"list", nb, "--json", "--theme", "Community welfare"}).out).size() == 1);
    CHECK(nlohmann::json::parse(run({"list", nb, "--json", "--from", "2007-01-23", "--to", "2550-12-31"}).out)
              .size() == 1);
    const auto table = run({"list", nb});
    CHECK_THAT(table.out, Catch::Contains("1\t2007-01-22\tfield_note\tลงพื้นที่ท่าศาลา"));

    const auto check = run({"check", nb});
    CHECK(check.exitCode == 0);
    CHECK_THAT(check.out, Catch::Contains("The notebook is sound."));
}

TEST_CASE("User errors get a clear message, a non-zero exit code and no change", "[cli]")
{
    TempDir dir;
    const std::string nb = dir.file("team.banthuek");
    REQUIRE(run({"new", nb}).exitCode == 0);

    auto failed = run({"add", nb, "--title", "x", "--place", "999999"});
    CHECK(failed.exitCode == 3);
    CHECK_THAT(failed.err, Catch::Contains("999999"));
    failed = run({"add", nb, "--title", "x", "--date", "2007-02-30"});
    CHECK(failed.exitCode == 3);
    CHECK_THAT(failed.err, Catch::Contains("2007-02-30"));
    failed = run({"add", nb, "--title", "x", "--kind", "diary"});
    CHECK(failed.exitCode == 3);
    failed = run({"list", nb, "--theme", "ไม่มีประเด็นนี้"});
    CHECK(failed.exitCode == 3);
    CHECK_THAT(failed.err, Catch::Contains("no theme named"));
    CHECK(run({"list", nb}).out.empty());
    CHECK(run({"new", nb}).exitCode == 3); // never overwrites

    writeBytes(dir.file("plain.txt"), "hello");
    failed = run({"list", dir.file("plain.txt")});
    CHECK(failed.exitCode == 3);
    CHECK_THAT(failed.err, Catch::Contains("not a Banthuek notebook"));
    CHECK_THAT(failed.err, !Catch::Contains("terminate"));
    CHECK(readBytes(dir.file("plain.txt")) == "hello");
    failed = run({"check", dir.file("plain.txt")});
    CHECK(failed.exitCode == 3);
}

TEST_CASE("check exits 1 with a report when the notebook is damaged", "[cli]")
{
    TempDir dir;
    const std::string nb = dir.file("team.banthuek");
    REQUIRE(run({"generate", nb, "--notes", "300"}).exitCode == 0);
    std::string bytes = readBytes(nb);
    const std::size_t page = 4096;
    const std::size_t victim = (bytes.size() / page - 3) * page; // a page of notes near the end
    for (std::size_t i = victim + 8; i < victim + page; ++i) {
        bytes[i] = '\x5a';
    }
    writeBytes(nb, bytes);
    const auto check = run({"check", nb});
    CHECK(check.exitCode != 0);
    CHECK_THAT(check.out + check.err, Catch::Contains("PROBLEM") || Catch::Contains("damaged"));
}

TEST_CASE("import-jsonl is all or nothing and names the bad lines", "[cli]")
{
    TempDir dir;
    const std::string nb = dir.file("team.banthuek");
    REQUIRE(run({"new", nb}).exitCode == 0);
    writeBytes(dir.file("bad.jsonl"), "{\"title\": \"ดี\"}\n{\"title\": \"ผิด\", \"places\": [\"000000\"]}\n");
    const auto bad = run({"import-jsonl", nb, dir.file("bad.jsonl")});
    CHECK(bad.exitCode == 3);
    CHECK_THAT(bad.err, Catch::Contains("line 2: unknown place code \"000000\""));
    CHECK(run({"list", nb}).out.empty());

    const std::string good = "{\"title\": \"หนึ่ง\", \"themes\": [\"ใหม่\"], \"comments\": [{\"author\": \"ก\", "
                             "\"body\": \"ดีมาก\"}]}\n{\"title\": \"สอง\", \"places\": [\"800801\"]}\n";
    const auto fromStdin = run({"import-jsonl", nb, "-"}, good);
    CHECK(fromStdin.exitCode == 0);
    CHECK_THAT(fromStdin.out, Catch::Contains("Imported 2 notes, 1 comments; 1 new themes."));
    CHECK(nlohmann::json::parse(run({"list", nb, "--json"}).out).size() == 2);
    const auto missing = run({"import-jsonl", nb, dir.file("missing.jsonl")});
    CHECK(missing.exitCode == 3);
    CHECK_THAT(missing.err, Catch::Contains("Cannot read"));
}

TEST_CASE("generate makes a notebook of the asked size", "[cli]")
{
    TempDir dir;
    const auto generated = run({"generate", dir.file("g.banthuek"), "--notes", "150", "--seed", "3"});
    REQUIRE(generated.exitCode == 0);
    CHECK_THAT(generated.out, Catch::Contains("Generated 150 notes"));
    CHECK(nlohmann::json::parse(run({"list", dir.file("g.banthuek"), "--json"}).out).size() == 150);
    CHECK(run({"generate", dir.file("g2.banthuek"), "--notes", "-5"}).exitCode == 2);
}

TEST_CASE("A notebook open for writing elsewhere is reported, not corrupted", "[cli]")
{
    TempDir dir;
    const std::string nb = dir.file("team.banthuek");
    REQUIRE(run({"new", nb}).exitCode == 0);
    // Hold the writer lock the way a running Banthuek does, from a child shell.
    const auto held = banthuek::test::runProcess(
        "/bin/sh",
        {"-c", "exec 9>\"$0.lock\"; flock -n 9 || exit 9; \"$1\" add \"$0\" --title blocked; echo rc=$?", nb,
         BANTHUEK_EXECUTABLE});
    CHECK_THAT(held.out, Catch::Contains("rc=3"));
    CHECK_THAT(held.err, Catch::Contains("already open in another Banthuek"));
    CHECK(run({"list", nb}).out.empty());
    CHECK(run({"check", nb}).exitCode == 0);
}

TEST_CASE("search finds Thai words with a snippet, reindex rebuilds the index", "[cli][search]")
{
    TempDir dir;
    const std::string nb = dir.file("demo.banthuek");
    REQUIRE(run({"new", nb, "--demo"}).exitCode == 0);
    const auto found = run({"search", nb, "ปูม้า", "--json"});
    REQUIRE(found.exitCode == 0);
    const auto hits = nlohmann::json::parse(found.out);
    REQUIRE(hits.size() == 2);
    CHECK(hits[0]["title"] == "ธนาคารปูม้าปากพูน: ทะเลที่ชุมชนดูแลเอง");
    CHECK(hits[0]["score"].get<double>() >= hits[1]["score"].get<double>());
    const std::string snippet = hits[0]["snippet"];
    const auto mark = hits[0]["highlights"][0];
    CHECK(snippet.substr(mark[0].get<std::size_t>(),
                         mark[1].get<std::size_t>() - mark[0].get<std::size_t>()) == "ปูม้า");
    const auto table = run({"search", nb, "ขนอม"});
    CHECK_THAT(table.out, Catch::Contains("กองทุนสวัสดิการชุมชนขนอมครบห้าปี"));
    CHECK(run({"search", nb, "\"ไม่ปิด"}).exitCode == 0); // a bad query finds nothing, calmly
    CHECK(run({"search", nb, "!!!", "--json"}).out == "[]\n");
    const auto reindexed = run({"reindex", nb});
    CHECK(reindexed.exitCode == 0);
    CHECK_THAT(reindexed.out, Catch::Contains("Indexed"));
    CHECK(nlohmann::json::parse(run({"search", nb, "ปูม้า", "--json"}).out).size() == 2);
}

TEST_CASE("search finds parts of words and takes filters typed or given", "[cli][search]")
{
    TempDir dir;
    const std::string nb = dir.file("demo.banthuek");
    REQUIRE(run({"new", nb, "--demo"}).exitCode == 0);
    const auto everywhere = nlohmann::json::parse(run({"search", nb, "ชุมชน", "--json"}).out);
    REQUIRE(everywhere.size() >= 3);
    // Part of a word: มชน sits inside ชุมชน, which ICU keeps whole.
    const auto parts = nlohmann::json::parse(run({"search", nb, "มชน", "--json"}).out);
    CHECK(parts.size() == everywhere.size());
    CHECK(parts[0]["whole_word"] == false);
    CHECK(parts[0]["score"] == 0);
    // Places typed in the query, given as an option, by name or code, agree.
    const auto typed = nlohmann::json::parse(run({"search", nb, "ชุมชน place:ขนอม", "--json"}).out);
    const auto given = nlohmann::json::parse(run({"search", nb, "ชุมชน", "--place", "801501", "--json"}).out);
    REQUIRE_FALSE(typed.empty());
    CHECK(typed.size() < everywhere.size());
    CHECK(typed == given);
    CHECK(nlohmann::json::parse(run({"search", nb, "ชุมชน", "--kind", "minutes", "--json"}).out).size() == 1);
    CHECK(run({"search", nb, "ชุมชน", "--limit", "2", "--json"}).out.find("\"record\"") != std::string::npos);
    CHECK(nlohmann::json::parse(run({"search", nb, "ชุมชน", "--limit", "2", "--json"}).out).size() == 2);
    // A filter that names nothing is an error that says which.
    const auto unknown = run({"search", nb, "ชุมชน place:ไม่มีที่นี่"});
    CHECK(unknown.exitCode == 3);
    CHECK_THAT(unknown.err, Catch::Contains("ไม่มีที่นี่"));
    const auto badDate = run({"search", nb, "ชุมชน before:2550-13-45"});
    CHECK(badDate.exitCode == 3);
    CHECK_THAT(badDate.err, Catch::Contains("before:"));
}

TEST_CASE("places, themes and coverage answer where and on what the team works", "[cli][overview]")
{
    TempDir dir;
    const std::string nb = dir.file("demo.banthuek");
    REQUIRE(run({"new", nb, "--demo"}).exitCode == 0);
    const auto provinces = nlohmann::json::parse(run({"places", nb, "--json"}).out);
    REQUIRE(provinces.size() == 1);
    CHECK(provinces[0]["code"] == "80");
    CHECK(provinces[0]["level"] == "province");
    const auto districts = nlohmann::json::parse(run({"places", nb, "--under", "80", "--json"}).out);
    REQUIRE(districts.size() >= 3);
    CHECK(districts[0]["name_th"] == "ขนอม"); // Thai order
    std::int64_t fieldNotes = 0;
    for (const auto& district : districts) {
        fieldNotes += district["field_notes"].get<std::int64_t>();
        CHECK(district["last_field_note"].is_string());
    }
    CHECK(fieldNotes >= provinces[0]["field_notes"].get<std::int64_t>()); // a note may sit in two districts
    // Every place's last field note is older than zero days ago, none older than 100 years.
    CHECK(nlohmann::json::parse(run({"places", nb, "--under", "80", "--stale", "0", "--json"}).out).size() ==
          districts.size());
    CHECK(nlohmann::json::parse(run({"places", nb, "--under", "80", "--stale", "36500", "--json"}).out)
              .empty());
    const auto missing = run({"places", nb, "--under", "99"});
    CHECK(missing.exitCode == 3);
    CHECK_THAT(missing.err, Catch::Contains("99"));
    for (const char* days : {"-5", "abc", "1.5"}) { // said in words, not as a range of doubles
        const auto wrong = run({"places", nb, "--stale", days});
        CHECK(wrong.exitCode == 2);
        CHECK_THAT(wrong.err, Catch::Contains("--stale: must be a whole number, 0 or more"));
    }

    const auto themes = nlohmann::json::parse(run({"themes", nb, "--json"}).out);
    REQUIRE(themes.size() > 10);
    CHECK(themes[0]["depth"] == 0);
    CHECK_THAT(run({"themes", nb}).out, Catch::Contains("การจัดการความรู้\t"));

    const auto csv = run({"coverage", nb, "--from", "2500-01-01", "--to", "2600-12-31", "--csv"});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.rfind("province,district,subdistrict_code,subdistrict,notes,", 0) == 0);
    CHECK_THAT(csv.out, Catch::Contains("\r\nนครศรีธรรมราช,ขนอม,801501,ขนอม,"));
    const auto backwards = run({"coverage", nb, "--from", "2007-02-01", "--to", "2007-01-01"});
    CHECK(backwards.exitCode == 3);
    CHECK_THAT(backwards.err, Catch::Contains("before --from"));
}

TEST_CASE("people, organisations, merges and links from the command line", "[cli][people]")
{
    TempDir dir;
    const std::string nb = dir.file("team.banthuek");
    REQUIRE(run({"new", nb}).exitCode == 0);
    const auto added = run({"add", nb, "--title", "เวทีประชาคม", "--place", "800801", "--person", "มาลี ศรีสุข",
                            "--organisation", "พอช", "--organisation", "ธ.ก.ส."});
    REQUIRE(added.exitCode == 0);
    CHECK_THAT(added.err, Catch::Contains("New person: มาลี ศรีสุข"));
    REQUIRE(run({"add", nb, "--title", "ซ้ำ", "--person", "มาลี  ศรีสุข"}).exitCode == 0); // a second person

    auto people = nlohmann::json::parse(run({"people", nb, "--json"}).out);
    REQUIRE(people.size() == 2);
    const auto organisations = nlohmann::json::parse(run({"organisations", nb, "--json"}).out);
    bool codiFound = false;
    for (const auto& organisation : organisations) {
        if (organisation["abbreviation"] == "พอช.") {
            codiFound = true;
            CHECK(organisation["name_th"] == "สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)");
            CHECK(organisation["type"] == "central_agency");
            CHECK(organisation["notes"] == 1);
        }
    }
    CHECK(codiFound);
    const auto atPlace = nlohmann::json::parse(run({"people", nb, "--place", "80", "--json"}).out);
    REQUIRE(atPlace.size() == 1);
    CHECK(atPlace[0]["name"] == "มาลี ศรีสุข");

    // Merging by name keeps both notes' tags on the one kept.
    const auto merged = run({"merge-people", nb, "มาลี ศรีสุข", "มาลี  ศรีสุข"});
    REQUIRE(merged.exitCode == 0);
    people = nlohmann::json::parse(run({"people", nb, "--json"}).out);
    REQUIRE(people.size() == 1);
    CHECK(people[0]["notes"] == 2);
    CHECK(nlohmann::json::parse(run({"list", nb, "--person", "มาลี ศรีสุข", "--json"}).out).size() == 2);
    const auto unknown = run({"list", nb, "--organisation", "ไม่มีหน่วยงานนี้"});
    CHECK(unknown.exitCode != 0);
    CHECK_THAT(unknown.err, Catch::Contains("ไม่มีหน่วยงานนี้"));

    // A link written in a body shows from both sides; a deleted target stays, broken.
    writeBytes(dir.file("link.md"),
               "ต่อจาก [เวที](banthuek:note/" +
                   nlohmann::json::parse(run({"list", nb, "--json"}).out)[1]["id"].get<std::string>() +
                   ")\n");
    REQUIRE(run({"add", nb, "--title", "ติดตามผล", "--body-file", dir.file("link.md")}).out == "3\n");
    auto links = nlohmann::json::parse(run({"links", nb, "1", "--json"}).out);
    REQUIRE(links["backlinks"].size() == 1);
    CHECK(links["backlinks"][0]["record"] == 3);
    links = nlohmann::json::parse(run({"links", nb, "3", "--json"}).out);
    REQUIRE(links["links"].size() == 1);
    CHECK(links["links"][0]["title"] == "เวทีประชาคม");
    CHECK(links["links"][0]["state"] == "live");
    CHECK(run({"links", nb, "99"}).exitCode != 0);
}

TEST_CASE("places --subdistricts --stale lists every subdistrict without a recent field note",
          "[cli][overview]")
{
    TempDir dir;
    const std::string nb = dir.file("team.banthuek");
    REQUIRE(run({"new", nb}).exitCode == 0);
    REQUIRE(run({"add", nb, "--title", "นานแล้ว", "--place", "800801", "--date", "2020-01-01"}).exitCode == 0);
    REQUIRE(run({"add", nb, "--title", "เพิ่งไป", "--place", "800802", "--date", todayIso()}).exitCode == 0);
    REQUIRE(run({"add", nb, "--title", "อีกจังหวัด", "--place", "100101", "--date", "2021-05-05"}).exitCode ==
            0);
    const auto stale =
        nlohmann::json::parse(run({"places", nb, "--subdistricts", "--stale", "60", "--json"}).out);
    REQUIRE(stale.size() == 2);
    CHECK(stale[0]["code"] == "100101");
    CHECK(stale[1]["code"] == "800801");
    CHECK(stale[1]["last_field_note"] == "2020-01-01");
    const auto inProvince =
        nlohmann::json::parse(run({"places", nb, "--under", "80", "--subdistricts", "--json"}).out);
    CHECK(inProvince.size() == 2); // both subdistricts of 80, recent or not
}

TEST_CASE("actions lists the meetings' action items: by owner, status, overdue", "[cli][minutes]")
{
    TempDir dir;
    const std::string nb = dir.file("demo.banthuek");
    REQUIRE(run({"new", nb, "--demo"}).exitCode == 0);
    const auto all = nlohmann::json::parse(run({"actions", nb, "--json"}).out);
    REQUIRE(all.size() == 2);
    CHECK(all[0]["due"] == "2026-11-15"); // by due date
    CHECK(all[0]["owner"] == "มาลี บุญมา");
    CHECK(all[0]["status"] == "open");
    CHECK(all[0]["meeting_title"] == "รายงานการประชุมวงคุณเอื้อ ประจำเดือนตุลาคม 2569");
    CHECK(all[0]["series"] == "วงคุณเอื้อ ประจำเดือน");
    CHECK(all[0]["overdue"] == (todayIso() > "2026-11-15"));
    const auto mine = nlohmann::json::parse(run({"actions", nb, "--owner", "ชูชาติ ชูแก้ว", "--json"}).out);
    REQUIRE(mine.size() == 1);
    CHECK(mine[0]["text"] == "ประสาน อบต.ปากพูน เรื่องแผนพัฒนาสามปี");
    const auto overdue = nlohmann::json::parse(run({"actions", nb, "--overdue", "--json"}).out);
    CHECK(overdue.size() ==
          static_cast<std::size_t>((todayIso() > "2026-11-15") + (todayIso() > "2026-11-30")));
    CHECK(nlohmann::json::parse(run({"actions", nb, "--status", "done", "--json"}).out).empty());
    CHECK(run({"actions", nb, "--status", "finished"}).exitCode == 3);
    const auto nobody = run({"actions", nb, "--owner", "ไม่มีใคร"});
    CHECK(nobody.exitCode == 3);
    CHECK_THAT(nobody.err, Catch::Contains("ไม่มีใคร"));
}

TEST_CASE("export-minutes writes one meeting as PDF or ODT, in either language, bad requests fail by name",
          "[cli][minutes][report]")
{
    TempDir dir;
    const std::string nb = dir.file("demo.banthuek");
    REQUIRE(run({"new", nb, "--demo"}).exitCode == 0);
    const std::string record = "6"; // the demo's minutes
    REQUIRE(run({"list", nb}).out.find("6\t2026-10-28\tminutes") != std::string::npos);
    const std::string before = readBytes(nb);

    const std::string pdf = dir.file("minutes.pdf");
    const auto thai = run({"export-minutes", nb, record, "--format", "pdf", "-o", pdf});
    REQUIRE(thai.exitCode == 0);
    const auto info = banthuek::test::runProcess("pdfinfo", {pdf});
    CHECK_THAT(info.out, Catch::Contains("Pages:"));
    const auto text = banthuek::test::runProcess("pdftotext", {pdf, "-"});
    CHECK_THAT(text.out, Catch::Contains("10/2569")); // ครั้งที่ 10 of 2569 B.E.
    CHECK_THAT(text.out, Catch::Contains("ประชุมเวลา 09.30")); // เริ่มประชุมเวลา 09.30 น.

    const std::string english = dir.file("minutes-en.pdf");
    REQUIRE(run({"export-minutes", nb, record, "--format", "pdf", "-o", english, "--lang", "en"}).exitCode ==
            0);
    const auto englishText = banthuek::test::runProcess("pdftotext", {english, "-"}).out;
    CHECK_THAT(englishText, Catch::Contains("Meeting no. 10/2026"));
    CHECK_THAT(englishText, Catch::Contains("The meeting opened at 09:30"));
    const std::string thaiDigits = dir.file("minutes-th.pdf");
    REQUIRE(run({"export-minutes", nb, record, "--format", "pdf", "-o", thaiDigits, "--digits", "thai"})
                .exitCode == 0);
    CHECK_THAT(banthuek::test::runProcess("pdftotext", {thaiDigits, "-"}).out, Catch::Contains("๑๐/๒๕๖๙"));

    const std::string odt = dir.file("minutes.odt");
    REQUIRE(run({"export-minutes", nb, record, "--format", "odt", "-o", odt}).exitCode == 0);
    CHECK(readBytes(odt).substr(30, 47) == "mimetypeapplication/vnd.oasis.opendocument.text");

    const auto fieldNote = run({"export-minutes", nb, "1", "--format", "pdf", "-o", dir.file("x.pdf")});
    CHECK(fieldNote.exitCode == 3);
    CHECK_THAT(fieldNote.err, Catch::Contains("is not meeting minutes"));
    const auto unknown = run({"export-minutes", nb, "999", "--format", "pdf", "-o", dir.file("x.pdf")});
    CHECK(unknown.exitCode == 3);
    CHECK_THAT(unknown.err, Catch::Contains("999"));
    const auto format = run({"export-minutes", nb, record, "--format", "docx", "-o", dir.file("x.docx")});
    CHECK(format.exitCode == 3);
    CHECK_THAT(format.err, Catch::Contains("docx"));
    CHECK(run({"export-minutes", nb, record, "--format", "pdf", "-o", dir.file("x.pdf"), "--era", "julian"})
              .exitCode == 3);
    CHECK_FALSE(std::filesystem::exists(dir.file("x.pdf")));
    CHECK(readBytes(nb) == before); // exporting reads the notebook, never writes it
}

TEST_CASE("summary writes a month, a quarter or a fiscal year in every format, bad requests fail by name",
          "[cli][summary][report]")
{
    TempDir dir;
    const std::string nb = dir.file("team.banthuek");
    REQUIRE(run({"new", nb}).exitCode == 0);
    REQUIRE(run({"add", nb, "--title", "<script>alert(1)</script>", "--place", "800801", "--theme",
                 "สวัสดิการชุมชน", "--date", "2550-01-22", "--author", "มาลี"})
                .exitCode == 0);
    REQUIRE(run({"add", nb, "--title", "ขนอมเดือนก่อน", "--place", "801501", "--date", "2549-12-05", "--author",
                 "มาลี"})
                .exitCode == 0);
    const std::string before = readBytes(nb);

    const std::string pdf = dir.file("summary.pdf");
    const auto written = run({"summary", nb, "--month", "2550-01", "--format", "pdf", "-o", pdf});
    REQUIRE(written.exitCode == 0);
    CHECK_THAT(written.out, Catch::Contains("มกราคม 2550") && Catch::Contains("1 notes"));
    CHECK_THAT(banthuek::test::runProcess("pdfinfo", {pdf}).out, Catch::Contains("Pages:"));
    const std::string text = banthuek::test::runProcess("pdftotext", {pdf, "-"}).out;
    CHECK_THAT(text, Catch::Contains("มกราคม 2550") &&
                         Catch::Contains("<script>alert(1)</script>")); // pdftotext loses some Thai marks
    CHECK_THAT(text, Catch::Contains("team")); // the running header names the notebook

    const std::string english = dir.file("summary-en.pdf");
    REQUIRE(run({"summary", nb, "--month", "2007-01", "--lang", "en", "--format", "pdf", "-o", english})
                .exitCode == 0);
    CHECK_THAT(banthuek::test::runProcess("pdftotext", {english, "-"}).out,
               Catch::Contains("Activity summary") && Catch::Contains("January 2007"));

    const std::string odt = dir.file("summary.odt");
    REQUIRE(run({"summary", nb, "--month", "2550-01", "--format", "odt", "-o", odt}).exitCode == 0);
    CHECK(readBytes(odt).substr(30, 47) == "mimetypeapplication/vnd.oasis.opendocument.text");

    const std::string html = dir.file("summary.html");
    REQUIRE(run({"summary", nb, "--month", "2550-01", "--format", "html", "-o", html}).exitCode == 0);
    const std::string page = readBytes(html);
    CHECK_THAT(page, Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK(page.find("<script>") == std::string::npos);

    const std::string md = dir.file("summary.md");
    REQUIRE(run({"summary", nb, "--quarter", "FY2550-Q2", "--format", "md", "-o", md}).exitCode == 0);
    CHECK_THAT(readBytes(md), Catch::Contains("ไตรมาสที่ 2 ปีงบประมาณ 2550 (มกราคม – มีนาคม 2550)"));

    const std::string csv = dir.file("summary.csv");
    REQUIRE(run({"summary", nb, "--fiscal-year", "2550", "--place", "8015", "--format", "csv", "-o", csv})
                .exitCode == 0);
    const std::string table = readBytes(csv);
    CHECK_THAT(table, Catch::StartsWith("\xEF\xBB\xBF"));
    CHECK_THAT(table, Catch::Contains("ขนอมเดือนก่อน"));
    CHECK(table.find("alert") == std::string::npos); // Tha Sala's note is not under Khanom

    // Thai digits in the report, the theme filter by name.
    const std::string digits = dir.file("digits.md");
    REQUIRE(run({"summary", nb, "--month", "2550-01", "--theme", "สวัสดิการชุมชน", "--digits", "thai",
                 "--format", "md", "-o", digits})
                .exitCode == 0);
    CHECK_THAT(readBytes(digits), Catch::Contains("มกราคม ๒๕๕๐"));

    const std::string bad = dir.file("bad.pdf");
    const auto month = run({"summary", nb, "--month", "2550-13", "--format", "pdf", "-o", bad});
    CHECK(month.exitCode == 3);
    CHECK_THAT(month.err, Catch::Contains("2550-13"));
    const auto format = run({"summary", nb, "--month", "2550-01", "--format", "docx", "-o", bad});
    CHECK(format.exitCode == 3);
    CHECK_THAT(format.err, Catch::Contains("docx"));
    const auto place = run({"summary", nb, "--place", "999999", "--format", "pdf", "-o", bad});
    CHECK(place.exitCode == 3);
    CHECK_THAT(place.err, Catch::Contains("999999"));
    const auto theme = run({"summary", nb, "--theme", "ไม่มีประเด็นนี้", "--format", "pdf", "-o", bad});
    CHECK(theme.exitCode == 3);
    CHECK_THAT(theme.err, Catch::Contains("ไม่มีประเด็นนี้"));
    CHECK(run({"summary", nb, "--month", "2550-01", "--quarter", "2550-Q1", "--format", "pdf", "-o", bad})
              .exitCode == 2);
    const auto unwritable = run({"summary", nb, "--format", "html", "-o", dir.file("no/such/folder/x.html")});
    CHECK(unwritable.exitCode != 0);
    CHECK_THAT(unwritable.err, Catch::Contains("no/such/folder"));
    CHECK_FALSE(std::filesystem::exists(bad));
    CHECK(readBytes(nb) == before); // a summary reads the notebook, never writes it

    // Without a period: last month, whatever today is.
    REQUIRE(run({"summary", nb, "--format", "md", "-o", dir.file("last.md")}).exitCode == 0);
}

TEST_CASE("import-plan, plan and export-plan: a LibreOffice CSV in, JSON and CSV out, broken files refused",
          "[cli][plans]")
{
    TempDir dir;
    const std::string nb = dir.file("team.banthuek");
    REQUIRE(run({"new", nb}).exitCode == 0);
    const std::string csv = std::string(BANTHUEK_TEST_DATA) + "/plan-items-libreoffice-th.csv";
    const std::string empty = readBytes(nb);

    const auto dry = run({"import-plan", nb, csv, "--dry-run"});
    REQUIRE(dry.exitCode == 0);
    CHECK_THAT(dry.out, Catch::Contains("Would add 20, update 0 plan items."));
    CHECK_THAT(dry.out, Catch::Contains("line 2: add new plan \"แผนแม่บทชุมชนท่าศาลา\""));
    CHECK_THAT(dry.out, Catch::Contains("line 3: add item \"ธนาคารปูม้า\""));
    CHECK(readBytes(nb) == empty); // a dry run writes nothing

    REQUIRE(run({"import-plan", nb, csv}).exitCode == 0);
    const auto shown = run({"plan", nb, "--community", "800801", "--json"});
    REQUIRE(shown.exitCode == 0);
    const auto json = nlohmann::json::parse(shown.out);
    CHECK(json["community"]["name_th"] == "ท่าศาลา");
    REQUIRE(json["plans"].size() == 1);
    const auto& plan = json["plans"][0];
    CHECK(plan["first_year"] == 2007);
    CHECK(plan["items"].size() == 20);
    CHECK(plan["items"][0]["title"] == "กองทุนปุ๋ยอินทรีย์");
    CHECK(plan["items"][0]["budget_requested"] == 30000.0);
    CHECK(plan["items"][0]["partners"][0] == "พอช.");
    CHECK(plan["totals"]["by_status"]["done"] == 4);
    CHECK(plan["totals"]["by_category"]["agencies"]["items"] == 4);
    CHECK_THAT(run({"plan", nb, "--community", "800801"}).out, Catch::Contains("ธนาคารปูม้า"));

    const std::string exported = dir.file("out.csv");
    REQUIRE(run({"export-plan", nb, "--community", "800801", "-o", exported}).exitCode == 0);
    const auto again = run({"import-plan", nb, exported});
    REQUIRE(again.exitCode == 0);
    CHECK_THAT(again.out, Catch::Contains("Added 0, updated 20 plan items."));
    CHECK(nlohmann::json::parse(
              run({"plan", nb, "--community", "800801", "--json"}).out)["plans"][0]["items"] ==
          plan["items"]); // the round trip changes nothing

    const std::string broken = dir.file("broken.csv");
    writeBytes(broken, "community,plan,title,progress\n800801,แผนใหม่,งานดี,10\n800801,แผนใหม่,งานเสีย,สิบ\n");
    const std::string before = readBytes(nb);
    const auto refused = run({"import-plan", nb, broken});
    CHECK(refused.exitCode == 3);
    CHECK_THAT(refused.err, Catch::Contains("broken.csv:3: column \"progress\": \"สิบ\" is not a percentage"));
    CHECK_THAT(refused.err, Catch::Contains("Nothing was imported"));
    CHECK(nlohmann::json::parse(run({"plan", nb, "--community", "800801", "--json"}).out)["plans"].size() ==
          1);
    CHECK(run({"import-plan", nb, dir.file("missing.csv")}).exitCode == 3);
    CHECK(run({"export-plan", nb, "--community", "800801", "-o", exported, "--table", "budget"}).exitCode ==
          3);
    CHECK(run({"plan", nb, "--community", "999999"}).exitCode == 3);
    CHECK(run({"plan", nb}).exitCode == 3); // neither a community nor a search

    // Found by words of a title or description, in any community.
    const auto found = nlohmann::json::parse(run({"plan", nb, "--search", "ปูม้า", "--json"}).out);
    REQUIRE(found.size() == 4); // ธนาคารปูม้า and its three later phases
    CHECK(found[0]["community"] == "800801");
    CHECK(found[0]["plan"] == "แผนแม่บทชุมชนท่าศาลา");
    CHECK_THAT(run({"plan", nb, "--search", "ป่าชายเลน ระยะที่ 2"}).out,
               Catch::Contains("ป่าชายเลนชุมชน ระยะที่ 2"));
}

TEST_CASE("Errors follow the locale: Thai under a Thai LANG or LANGUAGE, English otherwise", "[cli][i18n]")
{
    TempDir dir;
    const std::string missing = dir.file("missing.banthuek");
    auto runIn = [&](std::vector<std::string> environment) {
        environment.insert(environment.begin(), {"-u", "LANGUAGE", "-u", "LC_ALL", "-u", "LC_MESSAGES"});
        environment.insert(environment.end(), {BANTHUEK_EXECUTABLE, "check", missing});
        return banthuek::test::runProcess("env", environment);
    };
    const auto thai = runIn({"LANG=th_TH.UTF-8"});
    CHECK(thai.exitCode == 3);
    CHECK(thai.err == "banthuek: ไม่มีสมุดบันทึกที่ " + missing + "\n");
    const auto english = runIn({"LANG=en_GB.UTF-8"});
    CHECK(english.exitCode == 3);
    CHECK(english.err == "banthuek: There is no notebook at " + missing + ".\n");
    // LANGUAGE comes first, as for every gettext program, unless the locale is C.
    CHECK(runIn({"LANG=en_GB.UTF-8", "LANGUAGE=th:en"}).err.find("ไม่มีสมุดบันทึก") != std::string::npos);
    CHECK(runIn({"LANG=C", "LANGUAGE=th"}).err.find("There is no notebook") != std::string::npos);
    // A bad date in a command: the sentence in Thai, the option as typed.
    const std::string notebook = dir.file("nb.banthuek");
    REQUIRE(run({"new", notebook}).exitCode == 0);
    const auto badDate = banthuek::test::runProcess(
        "env", {"-u", "LANGUAGE", "-u", "LC_ALL", "LANG=th_TH.UTF-8", BANTHUEK_EXECUTABLE, "add", notebook,
                "--title", "ลงพื้นที่", "--date", "2569-13-40"});
    CHECK(badDate.exitCode != 0);
    CHECK(badDate.err.find("\"2569-13-40\" ไม่ใช่วันที่") != std::string::npos);
}

TEST_CASE("Place codes typed in Thai digits are the same codes", "[cli][places]")
{
    TempDir dir;
    const std::string notebook = dir.file("n.banthuek");
    REQUIRE(run({"new", notebook}).exitCode == 0);
    const auto added =
        run({"add", notebook, "--title", "เยี่ยมบ้าน", "--place", "๘๐๐๘๐๑", "--date", "๒๕๖๙-๑๑-๒๐"});
    REQUIRE(added.exitCode == 0);
    const auto listed = nlohmann::json::parse(run({"list", notebook, "--place", "800801", "--json"}).out);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0]["places"][0] == "800801");
    CHECK(listed[0]["date"] == "2026-11-20");
    CHECK(run({"list", notebook, "--place", "๘๐๐๘"}).out == run({"list", notebook, "--place", "8008"}).out);
    const auto places = run({"places", notebook, "--under", "๘๐๐๘"});
    CHECK(places.exitCode == 0);
    CHECK_THAT(places.out, Catch::Contains("800801"));
}
