// SPDX-License-Identifier: GPL-3.0-or-later
// JSON Lines import and the generator.
#include "core/error.h"
#include "core/formats/jsonlimport.h"
#include "core/generate/generator.h"
#include "tests/support/freshnotebook.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace banthuek::core;
using banthuek::test::FreshNotebook;

TEST_CASE("JSON Lines notes are imported with places, themes and comments", "[import]")
{
    FreshNotebook nb;
    std::istringstream input(
        R"({"title": "ลงพื้นที่ท่าศาลา", "body": "## ที่มา\n\nข้อความ", "kind": "field_note", "date": "2007-01-22", )"
        R"("author": "มาลี", "places": ["800801"], "themes": ["สวัสดิการชุมชน", "ประเด็นใหม่"], )"
        R"("comments": [{"author": "สมชาย", "body": "ขอบคุณครับ"}]})"
        "\n\n"
        R"({"title": "ประชุม", "kind": "minutes", "date": "2550-02-01"})"
        "\n");
    const ImportSummary summary = importJsonl(*nb.notebook, input, "notes.jsonl");
    CHECK(summary.notes == 2);
    CHECK(summary.comments == 1);
    CHECK(summary.themesCreated == 1);
    const Note note = *nb->notes().findByRecord(1);
    CHECK(note.content.body == "## ที่มา\n\nข้อความ");
    CHECK(note.content.placeCodes == std::vector<std::string>{"800801"});
    CHECK(note.content.themeIds.size() == 2);
    CHECK(nb->comments().forNote(note.id).front().author == "สมชาย");
    CHECK(nb->notes().findByRecord(2)->content.eventDate == CivilDate{2007, 2, 1});
}

TEST_CASE("A JSON Lines import with bad lines imports nothing and names every bad line", "[import]")
{
    FreshNotebook nb;
    std::istringstream input(R"({"title": "ดี"})"
                             "\n"
                             R"({"title": "ผิด", "places": ["123456"]})"
                             "\n"
                             "not json\n"
                             R"({"body": "no title"})"
                             "\n"
                             R"({"title": "วันผิด", "date": "2007-02-30"})"
                             "\n"
                             R"({"title": "ชนิดผิด", "kind": "diary", "themes": ["ใหม่"]})"
                             "\n"
                             "{\"title\": \"bad \xff utf8\"}\n");
    const auto themesBefore = nb->themes().list().size();
    try {
        (void)importJsonl(*nb.notebook, input, "bad.jsonl");
        FAIL("bad lines were accepted");
    } catch (const Error& error) {
        const std::string message = error.what();
        CHECK_THAT(message, Catch::Contains("Nothing was imported"));
        CHECK_THAT(message, Catch::Contains("bad.jsonl"));
        CHECK_THAT(message, Catch::Contains("line 2: unknown place code \"123456\""));
        CHECK_THAT(message, Catch::Contains("line 3:"));
        CHECK_THAT(message, Catch::Contains("line 4: \"title\" is missing"));
        CHECK_THAT(message, Catch::Contains("line 5:"));
        CHECK_THAT(message, Catch::Contains("line 6: \"kind\""));
        CHECK_THAT(message, Catch::Contains("line 7:"));
        CHECK_THAT(message, !Catch::Contains("line 1:"));
    }
    CHECK(nb->notes().count() == 0);
    CHECK(nb->themes().list().size() == themesBefore);
}

TEST_CASE("The generator makes realistic, deterministic notes", "[generate]")
{
    FreshNotebook a;
    FreshNotebook b;
    FreshNotebook c;
    const auto summary = generateNotes(*a.notebook, {200, 7, {}});
    (void)generateNotes(*b.notebook, {200, 7, {}});
    (void)generateNotes(*c.notebook, {200, 8, {}});
    CHECK(summary.notes == 200);
    CHECK(summary.comments > 100);
    NoteFilter byRecord;
    byRecord.sort = NoteSort::RecordAsc;
    const auto notesA = a->notes().list(byRecord);
    const auto notesB = b->notes().list(byRecord);
    const auto notesC = c->notes().list(byRecord);
    REQUIRE(notesA.size() == 200);
    int same = 0;
    int kinds[3] = {0, 0, 0};
    int nakhon = 0;
    for (std::size_t i = 0; i < notesA.size(); ++i) {
        CHECK(notesA[i].title == notesB[i].title);
        CHECK(a->notes().get(notesA[i].id).content.body == b->notes().get(notesB[i].id).content.body);
        same += notesA[i].title == notesC[i].title ? 1 : 0;
        ++kinds[static_cast<int>(notesA[i].kind)];
        nakhon += notesA[i].placeCodes.front().starts_with("80") ? 1 : 0;
        const auto size = a->notes().get(notesA[i].id).content.body.size();
        CHECK(size >= 1000);
        CHECK(size <= 8000);
    }
    CHECK(same < 100); // another seed gives other notes
    CHECK(kinds[0] > kinds[1]);
    CHECK(kinds[1] > 0);
    CHECK(kinds[2] > 0);
    CHECK(nakhon > 100);
    CHECK(a.notebook->check().sound());
}
