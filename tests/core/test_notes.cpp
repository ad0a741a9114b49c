// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demonotebook.h"
#include "core/error.h"
#include "tests/support/freshnotebook.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace banthuek::core;
using banthuek::test::FreshNotebook;

namespace {

NoteDraft draft(const std::string& title, NoteKind kind = NoteKind::FieldNote)
{
    NoteDraft d;
    d.title = title;
    d.kind = kind;
    return d;
}

std::vector<std::string> titles(const std::vector<NoteSummary>& notes)
{
    std::vector<std::string> out;
    for (const auto& note : notes) {
        out.push_back(note.title);
    }
    return out;
}

} // namespace

TEST_CASE("A Thai note is created, numbered and read back from disk", "[notes]")
{
    FreshNotebook nb;
    const Theme welfare = *nb->themes().findByName("สวัสดิการชุมชน");
    NoteDraft d = draft("  ลงพื้นที่ท่าศาลา\u00a0");
    d.body = "## ที่มา\n\nชาวบ้าน**รวมกลุ่ม**ออมทรัพย์\n";
    d.author = "สมชาย ใจดี";
    d.eventDate = CivilDate{2007, 1, 22};
    d.placeCodes = {"800801", "8008"};
    d.themeIds = {welfare.id};
    d.licence = "CC BY-NC-SA 4.0";
    d.published = true;
    const Note first = nb->notes().create(d);
    const Note second = nb->notes().create(draft("บันทึกที่สอง"));
    CHECK(first.record == 1);
    CHECK(second.record == 2);
    nb.reopen();
    const Note read = nb->notes().get(first.id);
    CHECK(read.content.title == "ลงพื้นที่ท่าศาลา");
    CHECK(read.content.body == d.body);
    CHECK(read.content.author == "สมชาย ใจดี");
    CHECK(read.content.eventDate == CivilDate{2007, 1, 22});
    CHECK(read.content.placeCodes == std::vector<std::string>{"8008", "800801"});
    CHECK(read.content.themeIds == std::vector<std::string>{welfare.id});
    CHECK(read.content.licence == "CC BY-NC-SA 4.0");
    CHECK(read.content.published);
    CHECK(read.createdMs > 0);
    CHECK(nb->notes().findByRecord(2)->id == second.id);
    CHECK_FALSE(nb->notes().findByRecord(3).has_value());
}

TEST_CASE("Bad notes are refused with a reason and nothing is written", "[notes]")
{
    FreshNotebook nb;
    CHECK_THROWS_WITH(nb->notes().create(draft(" \u00a0 ")), Catch::Contains("needs a title"));
    NoteDraft unknownPlace = draft("x");
    unknownPlace.placeCodes = {"999999"};
    CHECK_THROWS_WITH(nb->notes().create(unknownPlace), Catch::Contains("999999"));
    NoteDraft huge = draft("ใหญ่");
    huge.body.assign(17 * 1024 * 1024, 'a');
    CHECK_THROWS_WITH(nb->notes().create(huge), Catch::Contains("too large"));
    CHECK(nb->notes().count() == 0);
    // The failed inserts used no record number.
    CHECK(nb->notes().create(draft("ok")).record == 1);
}

TEST_CASE("Saving changed text keeps the previous version as a revision", "[notes][revisions]")
{
    FreshNotebook nb;
    Note note = nb->notes().create(draft("ร่างแรก"));
    NoteDraft edited = note.content;
    edited.body = "เนื้อหาใหม่";
    note = nb->notes().update(note.id, edited);
    edited.published = true; // no text change: no revision
    note = nb->notes().update(note.id, edited);
    edited.title = "ฉบับสุดท้าย";
    note = nb->notes().update(note.id, edited);

    auto revisions = nb->notes().revisions(note.id);
    REQUIRE(revisions.size() == 2);
    CHECK(revisions[0].title == "ร่างแรก"); // newest first: the text before the last change
    CHECK(revisions[0].body == "เนื้อหาใหม่");
    CHECK(revisions[1].body == "");
    CHECK(note.updatedMs > note.createdMs);

    const Note restored = nb->notes().restoreRevision(revisions[1].id);
    CHECK(restored.content.title == "ร่างแรก");
    CHECK(restored.content.body == "");
    CHECK(restored.content.published); // restoring text keeps the other fields
    CHECK(nb->notes().revisions(note.id).size() == 3);
    CHECK_THROWS_AS(nb->notes().restoreRevision(9999), Error);
}

TEST_CASE("A save says what it changed, writes only that, and a save of nothing writes nothing",
          "[notes][changes]")
{
    FreshNotebook nb;
    const Theme welfare = *nb->themes().findByName("สวัสดิการชุมชน");
    NoteDraft typed = draft("ลงพื้นที่");
    typed.placeCodes = {"800807", "800801"};
    typed.themeIds = {welfare.id};
    const Note created = nb->notes().create(typed);
    // Every row written to note_places from here on is counted.
    nb->database().exec("CREATE TEMP TABLE place_writes (n INTEGER)");
    nb->database().exec("CREATE TEMP TRIGGER place_deleted AFTER DELETE ON note_places "
                        "BEGIN INSERT INTO place_writes VALUES (1); END");
    nb->database().exec("CREATE TEMP TRIGGER place_added AFTER INSERT ON note_places "
                        "BEGIN INSERT INTO place_writes VALUES (1); END");
    auto placeWrites = [&] {
        auto rows = nb->database().prepare("SELECT count(*) FROM place_writes");
        REQUIRE(rows.step());
        return rows.integer(0);
    };

    SECTION("the body alone: the tags' rows stay, the note comes back whole")
    {
        NoteDraft edited = created.content;
        edited.body = "ชาวบ้าน[รวมกลุ่ม](https://example.org)";
        edited.placeCodes = {"800801", "800807"}; // the same places in another order
        const NoteSaved saved = nb->notes().save(created.id, edited);
        NoteChanges expected;
        expected.body = true;
        CHECK(saved.changed == expected);
        CHECK_FALSE(saved.changed.tags());
        CHECK(placeWrites() == 0);
        const Note read = nb->notes().get(created.id);
        CHECK(saved.note.content.body == read.content.body);
        CHECK(saved.note.content.placeCodes == read.content.placeCodes);
        CHECK(saved.note.content.themeIds == read.content.themeIds);
        CHECK(saved.note.updatedMs == read.updatedMs);
        CHECK(saved.note.record == read.record);
        CHECK(nb->notes().revisions(created.id).size() == 1);
    }
    SECTION("places and kind: the places are rewritten and read back in order")
    {
        NoteDraft edited = created.content;
        edited.kind = NoteKind::Article;
        edited.placeCodes = {"800807"};
        const NoteSaved saved = nb->notes().save(created.id, edited);
        CHECK(saved.changed.kind);
        CHECK(saved.changed.places);
        CHECK_FALSE(saved.changed.themes);
        CHECK_FALSE(saved.changed.body);
        CHECK(saved.note.content.placeCodes == std::vector<std::string>{"800807"});
        CHECK(placeWrites() == 3); // two removed, one added
        CHECK(nb->notes().get(created.id).content.placeCodes == saved.note.content.placeCodes);
        CHECK(nb->notes().revisions(created.id).empty()); // no text changed
    }
    SECTION("the same content: nothing written, not even the time")
    {
        NoteDraft same = created.content;
        same.title = " ลงพื้นที่\u00a0"; // what normalising makes of it is what is stored
        const NoteSaved saved = nb->notes().save(created.id, same);
        CHECK_FALSE(saved.changed.any());
        CHECK(nb->notes().get(created.id).updatedMs == created.updatedMs);
        CHECK(placeWrites() == 0);
        CHECK(nb->notes().revisions(created.id).empty());
    }
}

TEST_CASE("Trash, restore, delete forever and empty the Trash", "[notes][trash]")
{
    FreshNotebook nb;
    const Note keep = nb->notes().create(draft("เก็บไว้"));
    const Note bin = nb->notes().create(draft("ทิ้ง"));
    (void)nb->comments().add(bin.id, "มาลี", "ความเห็น");
    CHECK_THROWS_WITH(nb->notes().deleteForever(bin.id), Catch::Contains("Trash first"));

    nb->notes().trash(bin.id);
    CHECK(titles(nb->notes().list()) == std::vector<std::string>{"เก็บไว้"});
    NoteFilter trash;
    trash.trash = TrashFilter::Only;
    CHECK(titles(nb->notes().list(trash)) == std::vector<std::string>{"ทิ้ง"});

    nb->notes().restore(bin.id);
    CHECK(nb->notes().count() == 2);

    nb->notes().trash(bin.id);
    nb->notes().deleteForever(bin.id);
    CHECK_THROWS_AS(nb->notes().get(bin.id), Error);
    CHECK(nb->comments().forNote(bin.id).empty());

    nb->notes().trash(keep.id);
    CHECK(nb->notes().emptyTrash() == 1);
    NoteFilter all;
    all.trash = TrashFilter::Include;
    CHECK(nb->notes().count(all) == 0);
    CHECK(nb.notebook->check().sound());
}

TEST_CASE("Lists filter by kind, place (with everything under it), theme, author and dates", "[notes][list]")
{
    FreshNotebook nb;
    const Theme economy = *nb->themes().findByName("เศรษฐกิจชุมชน");
    const Theme savings = *nb->themes().findByName("กลุ่มออมทรัพย์"); // a sub-theme of economy
    auto add = [&](const std::string& title, NoteKind kind, const std::string& place,
                   const std::string& theme, const std::string& author, CivilDate date) {
        NoteDraft d = draft(title, kind);
        d.placeCodes = {place};
        d.themeIds = {theme};
        d.author = author;
        d.eventDate = date;
        return nb->notes().create(d);
    };
    add("ท่าศาลา", NoteKind::FieldNote, "800801", savings.id, "มาลี", {2007, 1, 22});
    add("ประชุมนคร", NoteKind::Minutes, "800101", economy.id, "สมชาย", {2007, 2, 5});
    add("เชียงใหม่", NoteKind::FieldNote, "500101", economy.id, "มาลี", {2006, 12, 31});

    NoteFilter f;
    f.kind = NoteKind::Minutes;
    CHECK(titles(nb->notes().list(f)) == std::vector<std::string>{"ประชุมนคร"});
    f = {};
    f.placeCode = "80"; // the province finds notes tagged with its subdistricts
    CHECK(nb->notes().count(f) == 2);
    f.placeCode = "8008";
    CHECK(titles(nb->notes().list(f)) == std::vector<std::string>{"ท่าศาลา"});
    f = {};
    f.themeId = economy.id; // includes the sub-theme
    CHECK(nb->notes().count(f) == 3);
    f.themeId = savings.id;
    CHECK(nb->notes().count(f) == 1);
    f = {};
    f.author = "มาลี";
    CHECK(nb->notes().count(f) == 2);
    f = {};
    f.from = CivilDate{2007, 1, 1};
    f.to = CivilDate{2007, 1, 31};
    CHECK(titles(nb->notes().list(f)) == std::vector<std::string>{"ท่าศาลา"});
    f = {};
    CHECK(titles(nb->notes().list(f)) == std::vector<std::string>{"ประชุมนคร", "ท่าศาลา", "เชียงใหม่"});
    f.sort = NoteSort::TitleThai; // เชียงใหม่ sorts under ช, before ท and ป
    CHECK(titles(nb->notes().list(f)) == std::vector<std::string>{"เชียงใหม่", "ท่าศาลา", "ประชุมนคร"});
    f.sort = NoteSort::RecordAsc;
    f.limit = 1;
    f.offset = 1;
    CHECK(titles(nb->notes().list(f)) == std::vector<std::string>{"ประชุมนคร"});

    const auto summary = nb->notes().list({}).front();
    CHECK(summary.placeCodes == std::vector<std::string>{"800101"});
    CHECK(summary.themeNames == std::vector<std::string>{"เศรษฐกิจชุมชน"});
}

TEST_CASE("Lists filtered to thousands of tagged notes agree with SQL, page by page", "[notes][list]")
{
    // Enough notes that the list tests a broad filter's notes in memory (from 4,000 tagged notes):
    // 6,000 notes, three in four in Nakhon Si Thammarat, four in five on economy, one in seven
    // in the Trash.
    FreshNotebook nb;
    Database& db = nb->database();
    const Theme economy = *nb->themes().findByName("เศรษฐกิจชุมชน");
    const Theme savings = *nb->themes().findByName("กลุ่มออมทรัพย์");
    db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000) "
            "INSERT INTO notes (id, record, kind, title, event_date, created_ms, updated_ms, trashed_ms) "
            "SELECT 'bulk-' || i, i, CASE i % 3 WHEN 0 THEN 'minutes' ELSE 'field_note' END, 'บันทึก ' || i, "
            "CASE WHEN i % 11 = 0 THEN NULL ELSE date('2020-01-01', '+' || (i % 500) || ' days') END, 1, 1, "
            "CASE WHEN i % 7 = 0 THEN 1 END FROM n");
    db.exec("INSERT INTO note_places (note_id, place_code) SELECT id, CASE WHEN record % 4 = 0 THEN '500101' "
            "ELSE '800801' END FROM notes");
    db.exec("INSERT INTO note_themes (note_id, theme_id) SELECT id, CASE WHEN record % 2 = 0 THEN '" +
            economy.id + "' ELSE '" + savings.id + "' END FROM notes WHERE record % 5 <> 0");
    auto expected = [&](const std::string& where, const std::string& order, int limit, int offset) {
        std::vector<std::string> ids;
        auto rows =
            db.prepare("SELECT id FROM notes WHERE trashed_ms IS NULL AND " + where + " ORDER BY " + order +
                       " LIMIT " + std::to_string(limit) + " OFFSET " + std::to_string(offset));
        while (rows.step()) {
            ids.push_back(rows.text(0));
        }
        return ids;
    };
    const std::string inThaSala = "id IN (SELECT note_id FROM note_places WHERE place_code LIKE '80%')";
    const std::string onEconomy = "id IN (SELECT note_id FROM note_themes WHERE theme_id IN ('" + economy.id +
                                  "', '" + savings.id + "'))";
    const std::string byDate = "event_date DESC, record DESC";
    NoteFilter f;
    f.placeCode = "80";
    const auto all = nb->notes().listIds(f);
    CHECK(all.size() > 3800);
    CHECK(all == expected(inThaSala, byDate, -1, 0));
    f.limit = 50;
    f.offset = 1000;
    CHECK(nb->notes().listIds(f) == expected(inThaSala, byDate, 50, 1000));
    f.kind = NoteKind::Minutes;
    CHECK(nb->notes().listIds(f) == expected(inThaSala + " AND kind = 'minutes'", byDate, 50, 1000));
    f = {};
    f.themeId = economy.id; // with its sub-theme
    f.sort = NoteSort::RecordAsc;
    CHECK(nb->notes().listIds(f) == expected(onEconomy, "record", -1, 0));
    f.placeCode = "80";
    f.offset = 3000;
    CHECK(nb->notes().listIds(f) == expected(onEconomy + " AND " + inThaSala, "record", -1, 3000));
    f.placeCode = "500101"; // a quarter: fewer than 4,000, fetched from the tags
    f.offset = 0;
    CHECK(nb->notes().listIds(f) == expected(onEconomy + " AND id IN (SELECT note_id FROM note_places WHERE "
                                                         "place_code = '500101')",
                                             "record", -1, 0));

    // A list's start: the first ids and the whole list's length; with a tag filter, every id.
    f = {};
    f.kind = NoteKind::Minutes;
    const auto start = nb->notes().listStart(f, 200);
    CHECK(start.ids == expected("kind = 'minutes'", byDate, 200, 0));
    CHECK(start.total == static_cast<std::int64_t>(expected("kind = 'minutes'", byDate, -1, 0).size()));
    CHECK(start.total > 1000);
    f.quickText = "บันทึก 59"; // 59, 590-599, 5900-5999 that are minutes and not in the Trash
    const auto few = nb->notes().listStart(f, 200);
    CHECK(few.total == static_cast<std::int64_t>(few.ids.size()));
    CHECK(few.ids == nb->notes().listIds(f));
    f = {};
    f.placeCode = "80";
    const auto tagged = nb->notes().listStart(f, 200);
    CHECK(tagged.ids == all);
    CHECK(tagged.total == static_cast<std::int64_t>(all.size()));
}

TEST_CASE("A failure part-way through a write leaves the file exactly as it was", "[notes][transactions]")
{
    FreshNotebook nb;
    const Theme health = *nb->themes().findByName("สุขภาพชุมชน");
    const Note existing = nb->notes().create(draft("มีอยู่แล้ว"));
    // Make the last step of a note write fail, after the note row itself went in.
    nb->database().exec("CREATE TRIGGER forced_failure BEFORE INSERT ON note_themes "
                        "BEGIN SELECT RAISE(ABORT, 'forced failure'); END");
    nb.reopen();
    nb.notebook.reset();
    const std::string before = banthuek::test::readBytes(nb.path);
    nb.notebook = Notebook::open(nb.path);

    NoteDraft d = draft("จะไม่ถูกบันทึก");
    d.placeCodes = {"800801"};
    d.themeIds = {health.id};
    CHECK_THROWS_WITH(nb->notes().create(d), Catch::Contains("forced failure"));
    NoteDraft edit = existing.content;
    edit.title = "แก้แล้ว";
    edit.themeIds = {health.id};
    CHECK_THROWS_WITH(nb->notes().update(existing.id, edit), Catch::Contains("forced failure"));
    CHECK(nb->notes().count() == 1);
    CHECK(nb->notes().get(existing.id).content.title == "มีอยู่แล้ว");
    CHECK(nb->notes().revisions(existing.id).empty());

    nb.notebook.reset();
    CHECK(banthuek::test::readBytes(nb.path) == before);
}

TEST_CASE("The quick filter narrows by title or author as the user types", "[notes][list]")
{
    FreshNotebook nb;
    NoteDraft a = draft("ธนาคารปูม้าปากพูน");
    a.author = "Chuchat";
    (void)nb->notes().create(a);
    (void)nb->notes().create(draft("Savings group"));
    NoteFilter f;
    f.quickText = "ปูม้า";
    CHECK(titles(nb->notes().list(f)) == std::vector<std::string>{"ธนาคารปูม้าปากพูน"});
    f.quickText = "SAVINGS";
    CHECK(nb->notes().count(f) == 1);
    f.quickText = "chuchat";
    CHECK(nb->notes().count(f) == 1);
    f.quickText = "";
    CHECK(nb->notes().count(f) == 2);
}

TEST_CASE("Sidebar counts roll places and themes up without counting a note twice", "[notes][counts]")
{
    FreshNotebook nb;
    const Theme economy = *nb->themes().findByName("เศรษฐกิจชุมชน");
    const Theme savings = *nb->themes().findByName("กลุ่มออมทรัพย์");
    NoteDraft both = draft("สองตำบล");
    both.placeCodes = {"800801", "800802"}; // two subdistricts of one district
    both.themeIds = {economy.id, savings.id};
    (void)nb->notes().create(both);
    NoteDraft other = draft("เมือง");
    other.placeCodes = {"800101"};
    other.themeIds = {savings.id};
    (void)nb->notes().create(other);
    NoteDraft trashed = draft("ในถังขยะ");
    trashed.placeCodes = {"800801"};
    nb->notes().trash(nb->notes().create(trashed).id);

    std::map<std::string, std::int64_t> places;
    for (const auto& count : nb->notes().countsByPlace()) {
        places[count.key] = count.notes;
    }
    CHECK(places["80"] == 2);
    CHECK(places["8008"] == 1);
    CHECK(places["800801"] == 1);
    CHECK(places["800802"] == 1);
    CHECK(places["8001"] == 1);
    CHECK(places.count("10") == 0);
    std::map<std::string, std::int64_t> themes;
    for (const auto& count : nb->notes().countsByTheme()) {
        themes[count.key] = count.notes;
    }
    CHECK(themes[economy.id] == 2);
    CHECK(themes[savings.id] == 2);
}

TEST_CASE("The demo notebook is a living notebook in Nakhon Si Thammarat", "[demo]")
{
    FreshNotebook nb;
    addDemoContent(*nb.notebook);
    CHECK(nb->notes().count() >= 6);
    NoteFilter minutes;
    minutes.kind = NoteKind::Minutes;
    CHECK(nb->notes().count(minutes) >= 1);
    NoteFilter drafts;
    drafts.published = false;
    CHECK(nb->notes().count(drafts) >= 1);
    std::set<std::string> subdistricts;
    for (const auto& count : nb->notes().countsByPlace()) {
        if (count.key.size() == 6 && count.key.starts_with("80")) {
            subdistricts.insert(count.key);
        }
    }
    CHECK(subdistricts.size() >= 3);
    CHECK(nb->notes().countsByTheme().size() >= 5);
    CHECK(nb->comments().count() >= 5);
    CHECK(nb.notebook->check().sound());
}
