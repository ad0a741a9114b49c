// SPDX-License-Identifier: GPL-3.0-or-later
// The team lead's views: places and themes with what was written, coverage by subdistrict and theme.
#include "core/demo/demonotebook.h"
#include "core/generate/generator.h"
#include "core/notes/notestore.h"
#include "core/overview/overview.h"
#include "core/overview/tallies.h"
#include "core/storage/database.h"
#include "core/text/csv.h"
#include "tests/support/freshnotebook.h"

#include <catch2/catch.hpp>

using namespace banthuek::core;

namespace {

Note addNote(banthuek::test::FreshNotebook& nb, NoteKind kind, const std::string& date,
             std::vector<std::string> places, std::vector<std::string> themes = {})
{
    NoteDraft draft;
    draft.kind = kind;
    draft.title = "บันทึก " + date;
    draft.eventDate = parseIsoDate(date);
    draft.placeCodes = std::move(places);
    draft.themeIds = std::move(themes);
    return nb->notes().create(draft);
}

} // namespace

TEST_CASE("Places list what was written under them, in Thai order, each note once", "[overview]")
{
    banthuek::test::FreshNotebook nb;
    REQUIRE(nb->places().addVillage("800801", 3, "บ้านกลาง").code == "80080103");
    addNote(nb, NoteKind::FieldNote, "2007-01-22", {"800801", "80080103"}); // two tags under ท่าศาลา: one note
    addNote(nb, NoteKind::Minutes, "2007-03-01", {"800807"});
    addNote(nb, NoteKind::FieldNote, "2007-02-10", {"801501"});
    const Note trashed = addNote(nb, NoteKind::FieldNote, "2007-04-01", {"801501"});
    nb->notes().trash(trashed.id);

    const auto provinces = nb->overview().places();
    REQUIRE(provinces.size() == 1);
    CHECK(provinces[0].place.code == "80");
    CHECK(provinces[0].fieldNotes == 2);
    CHECK(provinces[0].minutes == 1);
    CHECK(provinces[0].lastFieldNote == CivilDate{2007, 2, 10}); // the Trash does not count

    const auto districts = nb->overview().places("80");
    REQUIRE(districts.size() == 2);
    CHECK(districts[0].place.nameTh == "ขนอม"); // Thai order: ข before ท
    CHECK(districts[1].place.nameTh == "ท่าศาลา");
    CHECK(districts[1].fieldNotes == 1);
    CHECK(districts[1].minutes == 1);
    CHECK(districts[1].lastFieldNote == CivilDate{2007, 1, 22});

    const auto subdistricts = nb->overview().places("8008");
    REQUIRE(subdistricts.size() == 2);
    CHECK(subdistricts[0].place.code == "800801");
    CHECK(subdistricts[0].fieldNotes == 1);
    CHECK_FALSE(subdistricts[1].lastFieldNote); // only minutes at โมคลาน
    CHECK(nb->overview().places("50").empty());

    // One place's own page: itself and everything under it.
    const PlaceActivity thaSala = nb->overview().placeActivity("8008");
    CHECK(thaSala.place.nameTh == "ท่าศาลา");
    CHECK(thaSala.fieldNotes == 1);
    CHECK(thaSala.minutes == 1);
    CHECK(thaSala.lastFieldNote == CivilDate{2007, 1, 22});
    CHECK(nb->overview().placeActivity("80080103").fieldNotes == 1);
    CHECK(nb->overview().placeActivity("800807").fieldNotes == 0);
}

TEST_CASE("Themes come in hierarchy order with their sub-themes' notes", "[overview]")
{
    banthuek::test::FreshNotebook nb;
    addDemoContent(*nb.notebook);
    const auto themes = nb->overview().themes();
    REQUIRE(themes.size() == nb->themes().list().size());
    for (std::size_t i = 0; i < themes.size(); ++i) {
        if (themes[i].theme.parentId) {
            // The parent stands before its children, one level up, with at least their notes.
            const auto parent =
                std::find_if(themes.begin(), themes.begin() + static_cast<std::ptrdiff_t>(i),
                             [&](const ThemeActivity& t) { return t.theme.id == *themes[i].theme.parentId; });
            REQUIRE(parent != themes.begin() + static_cast<std::ptrdiff_t>(i));
            CHECK(parent->depth + 1 == themes[i].depth);
            CHECK(parent->notes >= themes[i].notes);
        } else {
            CHECK(themes[i].depth == 0);
        }
    }
    const auto knowledge = std::find_if(themes.begin(), themes.end(), [](const ThemeActivity& t) {
        return t.theme.nameTh == "การจัดการความรู้";
    });
    REQUIRE(knowledge != themes.end());
    NoteFilter filter;
    filter.themeId = knowledge->theme.id;
    CHECK(knowledge->notes == nb->notes().count(filter));
    // A theme's page counts its sub-themes' notes once each, by kind.
    const PlaceActivity page = nb->overview().themeActivity(knowledge->theme.id);
    CHECK(page.fieldNotes + page.minutes + page.articles == knowledge->notes);
    filter.kind = NoteKind::Minutes;
    CHECK(page.minutes == nb->notes().count(filter));
}

TEST_CASE("Coverage counts a period's notes per subdistrict and top-level theme", "[overview]")
{
    banthuek::test::FreshNotebook nb;
    REQUIRE(nb->places().addVillage("800801", 3, "บ้านกลาง").code == "80080103");
    const auto fisheries = nb->themes().findByName("ประมงพื้นบ้าน"); // under ทรัพยากรธรรมชาติฯ
    const auto welfare = nb->themes().findByName("สวัสดิการชุมชน");
    REQUIRE(fisheries);
    REQUIRE(welfare);
    addNote(nb, NoteKind::FieldNote, "2007-01-22", {"800801"}, {fisheries->id, welfare->id});
    addNote(nb, NoteKind::FieldNote, "2007-01-25", {"80080103"}, {fisheries->id});
    addNote(nb, NoteKind::FieldNote, "2007-01-28", {"801501"});
    addNote(nb, NoteKind::FieldNote, "2007-03-01", {"800801"}, {welfare->id}); // outside the period
    const Coverage coverage = nb->overview().coverage({2007, 1, 1}, {2007, 1, 31});
    REQUIRE(coverage.rows.size() == 2);
    CHECK(coverage.rows[0].subdistrict.nameTh == "ขนอม");
    CHECK(coverage.rows[0].notes == 1);
    const Coverage::Row& thaSala = coverage.rows[1];
    CHECK(thaSala.subdistrict.code == "800801");
    CHECK(thaSala.district.nameTh == "ท่าศาลา");
    CHECK(thaSala.notes == 2); // the village's note counts for its subdistrict
    auto column = [&](const std::string& name) {
        const auto it = std::find_if(coverage.themes.begin(), coverage.themes.end(),
                                     [&](const Theme& t) { return t.nameTh == name; });
        REQUIRE(it != coverage.themes.end());
        return static_cast<std::size_t>(it - coverage.themes.begin());
    };
    CHECK(thaSala.cells[column("ทรัพยากรธรรมชาติและสิ่งแวดล้อม")] == 2); // sub-theme rolls up
    CHECK(thaSala.cells[column("สวัสดิการชุมชน")] == 1);
    for (const Theme& theme : coverage.themes) {
        CHECK_FALSE(theme.parentId);
    }
}

TEST_CASE("CSV records quote what needs quoting", "[csv]")
{
    CHECK(csvRecord({"a", "b c", "ท่าศาลา"}) == "a,b c,ท่าศาลา\r\n");
    CHECK(csvRecord({"a,b", "say \"hi\"", "two\nlines"}) == "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
    const std::string record = csvRecord({"a,b", "say \"hi\"", "x"});
    CsvReader reader(record);
    std::vector<std::string> fields;
    REQUIRE(reader.next(fields));
    CHECK(fields == std::vector<std::string>{"a,b", "say \"hi\"", "x"});
}

TEST_CASE("Related notes share the most places and themes, newest first among equals", "[overview]")
{
    banthuek::test::FreshNotebook nb;
    const auto fisheries = nb->themes().findByName("ประมงพื้นบ้าน");
    const auto welfare = nb->themes().findByName("สวัสดิการชุมชน");
    const Note note =
        addNote(nb, NoteKind::FieldNote, "2007-01-22", {"800801"}, {fisheries->id, welfare->id});
    const Note both = addNote(nb, NoteKind::FieldNote, "2006-01-01", {"800801"}, {fisheries->id});
    const Note placeOnly = addNote(nb, NoteKind::Minutes, "2007-06-01", {"800801"});
    const Note themeOnly = addNote(nb, NoteKind::FieldNote, "2007-05-01", {"801501"}, {welfare->id});
    addNote(nb, NoteKind::FieldNote, "2007-05-01", {"500101"}); // nothing in common
    const Note trashed =
        addNote(nb, NoteKind::FieldNote, "2008-01-01", {"800801"}, {fisheries->id, welfare->id});
    nb->notes().trash(trashed.id);

    const auto related = nb->overview().related(note.id);
    REQUIRE(related.size() == 3);
    CHECK(related[0].id == both.id); // two in common
    CHECK(related[0].sharedPlaces == 1);
    CHECK(related[0].sharedThemes == 1);
    CHECK(related[1].id == placeOnly.id); // one in common, newer
    CHECK(related[2].id == themeOnly.id);
    CHECK(nb->overview().related(note.id, 1).size() == 1);
}

TEST_CASE("Related notes found by walking the newest first are those a full join ranks first", "[overview]")
{
    banthuek::test::FreshNotebook nb;
    (void)generateNotes(*nb.notebook, {400, 5, {}});
    auto ids = nb->notes().listIds();
    for (std::size_t i = 0; i < ids.size(); i += 9) {
        nb->notes().trash(ids[i]); // the Trash takes part in neither
    }
    // The ranking as one SQL join over every note that shares a tag (the former query).
    auto joined = nb->database().cached(
        "WITH hits (note_id, place, theme) AS (SELECT note_id, 1, 0 FROM note_places WHERE place_code IN "
        "(SELECT place_code FROM note_places WHERE note_id = ?1) UNION ALL SELECT note_id, 0, 1 FROM "
        "note_themes WHERE theme_id IN (SELECT theme_id FROM note_themes WHERE note_id = ?1)) "
        "SELECT n.id, sum(h.place), sum(h.theme) FROM hits h JOIN notes n ON n.id = h.note_id WHERE "
        "n.trashed_ms IS NULL AND n.id <> ?1 GROUP BY n.id ORDER BY sum(h.place) + sum(h.theme) DESC, "
        "n.event_date DESC, n.record DESC LIMIT ?2");
    int compared = 0;
    for (std::size_t i = 1; i < ids.size(); i += 13) {
        for (const int limit : {1, 10, 400}) {
            joined->reset();
            joined->bind(1, ids[i]).bind(2, limit);
            std::vector<std::string> expected;
            std::vector<std::pair<std::int64_t, std::int64_t>> counts;
            while (joined->step()) {
                expected.push_back(joined->text(0));
                counts.emplace_back(joined->integer(1), joined->integer(2));
            }
            std::vector<std::string> got;
            std::vector<std::pair<std::int64_t, std::int64_t>> gotCounts;
            for (const RelatedNote& note : nb->overview().related(ids[i], limit)) {
                got.push_back(note.id);
                gotCounts.emplace_back(note.sharedPlaces, note.sharedThemes);
            }
            INFO("note " << i << ", limit " << limit);
            CHECK(got == expected);
            CHECK(gotCounts == counts);
            compared += expected.empty() ? 0 : 1;
        }
    }
    CHECK(compared > 50);
}

TEST_CASE("The place tally follows every change of a note and matches a count from scratch",
          "[overview][tally]")
{
    banthuek::test::FreshNotebook nb;
    REQUIRE(nb->places().addVillage("800801", 3, "บ้านกลาง").code == "80080103");
    Database& db = nb->database();
    auto tallied = [&](const std::string& code) { return nb->overview().placeActivity(code); };

    // Two tags under one subdistrict: the note counts once there, and once in its district.
    Note note = addNote(nb, NoteKind::FieldNote, "2007-01-22", {"800801", "80080103"});
    const Note other = addNote(nb, NoteKind::Minutes, "2007-02-01", {"800807"});
    CHECK(tallyMismatches(db) == 0);
    CHECK(tallied("800801").fieldNotes == 1);
    CHECK(tallied("8008").fieldNotes == 1);
    CHECK(tallied("8008").minutes == 1);
    CHECK(tallied("80080103").fieldNotes == 1);

    // Retagged: away from the village, into another province.
    NoteDraft draft;
    draft.kind = NoteKind::Article;
    draft.title = "บันทึก";
    draft.eventDate = CivilDate{2008, 5, 1};
    draft.placeCodes = {"800801", "500101"};
    note = nb->notes().update(note.id, draft);
    CHECK(tallyMismatches(db) == 0);
    CHECK(tallied("80080103").articles == 0);
    CHECK(tallied("80080103").fieldNotes == 0);
    CHECK(tallied("800801").articles == 1);
    CHECK(tallied("50").articles == 1);
    CHECK_FALSE(tallied("8008").lastFieldNote); // the only field note became an article

    // Tags of places are replaced, never changed in place: the tally could not follow that.
    CHECK_THROWS(db.exec("UPDATE note_places SET place_code = '800802' WHERE place_code = '800801'"));

    // Kind and date back; no date at all.
    draft.kind = NoteKind::FieldNote;
    draft.eventDate.reset();
    note = nb->notes().update(note.id, draft);
    CHECK(tallyMismatches(db) == 0);
    CHECK(tallied("800801").fieldNotes == 1);
    CHECK_FALSE(tallied("800801").lastFieldNote);

    // The Trash takes a note out; restoring puts it back; deleting it forever changes nothing more.
    nb->notes().trash(other.id);
    CHECK(tallyMismatches(db) == 0);
    CHECK(tallied("8008").minutes == 0);
    nb->notes().restore(other.id);
    CHECK(tallyMismatches(db) == 0);
    CHECK(tallied("8008").minutes == 1);
    nb->notes().trash(other.id);
    nb->notes().deleteForever(other.id);
    CHECK(tallyMismatches(db) == 0);
    CHECK(tallied("8008").minutes == 0);

    // A live note deleted outright (its tags go by ON DELETE CASCADE) leaves no count behind.
    db.exec("DELETE FROM notes WHERE id = '" + note.id + "'");
    CHECK(tallyMismatches(db) == 0);
    CHECK(tallied("80").fieldNotes == 0);
    auto rows = db.prepare("SELECT count(*) FROM place_tally");
    REQUIRE(rows.step());
    CHECK(rows.integer(0) == 0); // no rows of zero notes are kept
}

TEST_CASE("The tallies stay right through many random edits of notes, tags and themes", "[overview][tally]")
{
    banthuek::test::FreshNotebook nb;
    REQUIRE(nb->places().addVillage("800801", 3, "บ้านกลาง").code == "80080103");
    const std::vector<std::string> codes{"800801", "800802", "800807", "801501", "500101", "80080103", "80"};
    const Theme top = nb->themes().add("ประเด็นทดสอบ");
    const Theme middle = nb->themes().add("ประเด็นย่อย", {}, top.id);
    const Theme leaf = nb->themes().add("ประเด็นย่อยลงไปอีก", {}, middle.id);
    const std::vector<std::string> themes{top.id, middle.id, leaf.id,
                                          nb->themes().findByName("ประมงพื้นบ้าน")->id,
                                          nb->themes().findByName("สวัสดิการชุมชน")->id};
    std::vector<std::string> people;
    for (const char* name : {"สมชาย ใจดี", "สมหญิง รักถิ่น", "ประยูร ทองคำ", "สมชาย  ใจดี (ซ้ำ)"}) {
        people.push_back(nb->people().add(name, KmRole::KhunAmnuay).id);
    }
    std::vector<std::string> organisations;
    for (const Organisation& organisation : nb->organisations().list()) {
        if (organisations.size() < 4) {
            organisations.push_back(organisation.id);
        }
    }
    REQUIRE(organisations.size() == 4);
    std::vector<std::string> ids;
    std::uint32_t seed = 12345;
    auto next = [&](std::uint32_t n) {
        seed = seed * 1103515245U + 12345U;
        return (seed >> 16) % n;
    };
    auto pick = [&](const std::vector<std::string>& from, std::vector<std::string>& into) {
        for (std::uint32_t tags = next(4); tags > 0; --tags) {
            const std::string& value = from[next(static_cast<std::uint32_t>(from.size()))];
            if (std::find(into.begin(), into.end(), value) == into.end()) {
                into.push_back(value);
            }
        }
    };
    auto draftOf = [&] {
        NoteDraft draft;
        draft.kind = static_cast<NoteKind>(next(3));
        draft.title = "บันทึก";
        if (next(4) != 0) {
            draft.eventDate = CivilDate{2020, static_cast<int>(1 + next(3)), static_cast<int>(1 + next(3))};
        }
        pick(codes, draft.placeCodes);
        pick(themes, draft.themeIds);
        pick(people, draft.personIds);
        pick(organisations, draft.organisationIds);
        return draft;
    };
    for (int step = 0; step < 200; ++step) {
        const std::uint32_t action = ids.empty() ? 0 : next(6);
        const std::string id =
            ids.empty() ? std::string() : ids[next(static_cast<std::uint32_t>(ids.size()))];
        if (action == 0) {
            ids.push_back(nb->notes().create(draftOf()).id);
        } else if (action == 1) {
            (void)nb->notes().update(id, draftOf());
        } else if (action == 2) {
            nb->notes().trash(id);
        } else if (action == 3) {
            nb->notes().restore(id);
        } else if (action == 4) {
            nb->notes().trash(id);
            nb->notes().deleteForever(id);
            ids.erase(std::find(ids.begin(), ids.end(), id));
        } else {
            // The middle theme moves, with its sub-theme, between the top theme, another and the top level.
            const std::optional<std::string> parents[] = {top.id, std::nullopt, themes[4]};
            (void)nb->themes().move(middle.id, parents[next(3)]);
        }
        REQUIRE(tallyMismatches(nb->database()) == 0);
    }
    auto tallied = nb->database().prepare("SELECT count(*) FROM theme_place_tally");
    REQUIRE(tallied.step());
    CHECK(tallied.integer(0) > 0); // the edits left something to count
    nb->themes().remove(leaf.id);  // its notes lose the tag
    CHECK(tallyMismatches(nb->database()) == 0);
    // Merging repoints tags, also onto notes that already name the one kept.
    nb->people().merge(people[0], people[3]);
    CHECK(tallyMismatches(nb->database()) == 0);
    nb->organisations().merge(organisations[0], organisations[1]);
    CHECK(tallyMismatches(nb->database()) == 0);
    const PlaceActivity merged = nb->overview().personActivity(people[3]);
    CHECK(merged.fieldNotes + merged.minutes + merged.articles == 0);
    CHECK(nb->overview().themeActivity(leaf.id).fieldNotes == 0);
}
