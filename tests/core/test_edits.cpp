// SPDX-License-Identifier: GPL-3.0-or-later
// core::Edits: the named operations the window writes through, each one transaction.
#include "core/edits/edits.h"
#include "core/error.h"
#include "tests/support/freshnotebook.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace banthuek::core;
using banthuek::test::FreshNotebook;
using banthuek::test::readBytes;

namespace {

TypedName typed(const std::string& text)
{
    return TypedName{text, {}, {}, {}};
}

TypedName loaded(const Person& person)
{
    return TypedName{person.name, person.name, person.id, {}};
}

Note minutesNote(Notebook& nb)
{
    NoteDraft draft;
    draft.kind = NoteKind::Minutes;
    draft.title = "วงคุณเอื้อ ครั้งที่ 3";
    draft.eventDate = CivilDate{2026, 11, 20};
    return nb.notes().create(draft);
}

} // namespace

TEST_CASE("Saving a meeting resolves typed names: loaded people stand, new names join the register",
          "[edits][minutes]")
{
    FreshNotebook nb;
    Edits edits(*nb.notebook);
    const Note note = minutesNote(*nb.notebook);
    // Two people share a name: the one the field was loaded with must stay.
    const Person first = nb->people().add("สมศรี ใจดี", KmRole::KhunAmnuay);
    const Person second = nb->people().add("สมศรี ใจดี", KmRole::KhunKij);
    const auto registerBefore = nb->people().list().size() + nb->organisations().list().size();

    MeetingEntry entry;
    entry.series = "วงคุณเอื้อ";
    entry.details.startTime = "9.30";
    entry.chair = loaded(second);
    entry.recorder = typed("ประภาพร ทองคำ"); // new
    entry.attendees.push_back({loaded(second), "พอช.", Attendance::Present, {}});
    entry.attendees.push_back({typed("ลุงสมบูรณ์ แก้วดี"), "กลุ่มออมทรัพย์บ้านนาดี", Attendance::Absent, "ไปสวน"});
    TypedAction byOrganisation;
    byOrganisation.item.noteId = note.id;
    byOrganisation.item.text = "ทำบัญชีครัวเรือน";
    byOrganisation.owner = typed("พอช.");
    TypedAction byNewPerson;
    byNewPerson.item.noteId = note.id;
    byNewPerson.item.text = "นัดเวทีหมู่ 5";
    byNewPerson.owner = typed("น้องใหม่ ทดสอบ");
    entry.actions = {byOrganisation, byNewPerson};

    NoteDraft draft = note.content;
    draft.body = "สรุปการประชุม";
    const Edits::MeetingSaved saved = edits.saveMeeting(note.id, draft, entry);

    CHECK(saved.saved.changed.body);
    CHECK(saved.saved.note.content.body == "สรุปการประชุม");
    const MeetingRecord record = nb->minutes().record(note.id);
    REQUIRE(record.details.seriesId);
    CHECK(record.details.chairId == second.id); // not the first of that name
    REQUIRE(record.details.recorderId);
    CHECK(nb->people().get(*record.details.recorderId).name == "ประภาพร ทองคำ");
    REQUIRE(record.details.attendees.size() == 2);
    CHECK(record.details.attendees[0].personId == second.id);
    CHECK(nb->people().get(second.id).organisationId == nb->organisations().find("พอช.")[0].id);
    const Person uncle = nb->people().get(record.details.attendees[1].personId);
    CHECK(uncle.name == "ลุงสมบูรณ์ แก้วดี");
    REQUIRE(uncle.organisationId);
    CHECK(nb->organisations().get(*uncle.organisationId).nameTh == "กลุ่มออมทรัพย์บ้านนาดี");
    CHECK(record.details.attendees[1].reason == "ไปสวน");
    REQUIRE(record.actions.size() == 2);
    CHECK(record.actions[0].ownerOrganisationId == nb->organisations().find("พอช.")[0].id);
    CHECK_FALSE(record.actions[0].ownerPersonId);
    REQUIRE(record.actions[1].ownerPersonId);
    CHECK(nb->people().get(*record.actions[1].ownerPersonId).name == "น้องใหม่ ทดสอบ");
    // Recorder, uncle, newcomer and the uncle's savings group joined.
    const auto registerAfter = nb->people().list().size() + nb->organisations().list().size();
    CHECK(saved.registered == 4);
    CHECK(registerAfter == registerBefore + 4);
    CHECK(first.id != second.id);
}

TEST_CASE("A meeting that cannot be saved writes nothing, not even the names it would have added",
          "[edits][minutes][transactions]")
{
    FreshNotebook nb;
    Edits edits(*nb.notebook);
    const Note note = minutesNote(*nb.notebook);
    nb->checkpoint();
    const auto people = nb->people().list().size();
    MeetingEntry entry;
    entry.series = "วงใหม่";
    entry.recorder = typed("คนใหม่ หนึ่ง");
    entry.details.startTime = "25.99"; // not a time: refused after the names were resolved
    NoteDraft draft = note.content;
    draft.body = "ข้อความที่ต้องไม่ถูกบันทึก";
    CHECK_THROWS_AS(edits.saveMeeting(note.id, draft, entry), Error);
    CHECK(nb->people().list().size() == people);
    CHECK(nb->minutes().series().empty());
    CHECK(nb->notes().get(note.id).content.body.empty());
}

TEST_CASE("Plan edits save together: unchanged items keep their time, rows gone are removed",
          "[edits][plans]")
{
    FreshNotebook nb;
    Edits edits(*nb.notebook);
    const Plan plan =
        nb->plans().savePlan(Plan{{}, "800801", "แผนท่าศาลา", 2007, 2009, {}, {}, PlanStatus::Draft});
    auto item = [&](const char* title) {
        PlanItem planned;
        planned.planId = plan.id;
        planned.title = title;
        return nb->plans().saveItem(planned);
    };
    const PlanItem fund = item("กองทุนปุ๋ย");
    const PlanItem road = item("ถนนเข้าหมู่บ้าน");
    const PlanItem market = item("ตลาดนัดชุมชน");
    const std::vector<PlanItem> shown = nb->plans().items(plan.id);
    REQUIRE(shown.size() == 3);

    PlanEdits typedEdits;
    typedEdits.plan = plan;
    typedEdits.plan->status = PlanStatus::Approved;
    typedEdits.shown = shown;
    PlanItem roadEdited = road;
    roadEdited.progress = 40;
    PlanItem added;
    added.title = "ธนาคารปูม้า";
    typedEdits.items = {{fund, {}}, {roadEdited, "ประภาพร ทองคำ"}, {added, {}}}; // the market row is gone
    typedEdits.problems = {{"หนี้นอกระบบ", "หนี้สินครัวเรือน"}, {"ขยะ", ""}};
    Survey survey;
    survey.communityCode = "800801";
    survey.year = 2008;
    survey.households = 120;
    typedEdits.survey = survey;
    edits.savePlanEdits(typedEdits);

    CHECK(nb->plans().plan(plan.id).status == PlanStatus::Approved);
    const std::vector<PlanItem> now = nb->plans().items(plan.id);
    REQUIRE(now.size() == 3);
    auto find = [&](const std::string& title) {
        return *std::find_if(now.begin(), now.end(), [&](const PlanItem& i) { return i.title == title; });
    };
    CHECK(find("กองทุนปุ๋ย").updatedMs == fund.updatedMs); // unchanged: not written again
    CHECK(find("ถนนเข้าหมู่บ้าน").progress == 40);
    REQUIRE(find("ถนนเข้าหมู่บ้าน").responsiblePersonId);
    CHECK(nb->people().get(*find("ถนนเข้าหมู่บ้าน").responsiblePersonId).name == "ประภาพร ทองคำ");
    CHECK_FALSE(find("ธนาคารปูม้า").id.empty());
    CHECK(std::none_of(now.begin(), now.end(), [&](const PlanItem& i) { return i.id == market.id; }));
    const auto problems = nb->plans().problems(plan.id);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].rank == 1);
    CHECK(problems[0].themeId == nb->themes().findByName("หนี้สินครัวเรือน")->id);
    CHECK_FALSE(problems[1].themeId);
    REQUIRE(nb->plans().survey("800801", 2008));
    CHECK(nb->plans().survey("800801", 2008)->households == 120);

    SECTION("a row that cannot be saved leaves the plan as it was")
    {
        PlanEdits bad = typedEdits;
        bad.shown = nb->plans().items(plan.id);
        bad.items = {{fund, {}}};
        bad.items[0].item.title = ""; // an item needs a title
        nb->checkpoint();
        const std::string before = readBytes(nb.path);
        CHECK_THROWS_AS(edits.savePlanEdits(bad), Error);
        CHECK(nb->plans().items(plan.id).size() == 3);
        nb->checkpoint();
        CHECK(readBytes(nb.path) == before);
    }
}

TEST_CASE("Links to plan items and removals from the register are all or none", "[edits]")
{
    FreshNotebook nb;
    Edits edits(*nb.notebook);
    const Plan plan = nb->plans().savePlan(Plan{{}, "800801", "แผน", 2007, 2009, {}, {}, PlanStatus::Draft});
    PlanItem planned;
    planned.planId = plan.id;
    planned.title = "กองทุนปุ๋ย";
    const PlanItem fund = nb->plans().saveItem(planned);
    planned.title = "ถนน";
    const PlanItem road = nb->plans().saveItem(planned);
    NoteDraft draft;
    draft.title = "เวทีหมู่ 1";
    const Note note = nb->notes().create(draft);

    edits.linkPlanItems(note.id, {{fund.id, true}, {road.id, true}});
    CHECK(nb->plans().item(fund.id).noteIds == std::vector<std::string>{note.id});
    CHECK(nb->plans().item(road.id).noteIds == std::vector<std::string>{note.id});
    CHECK_THROWS_AS(edits.linkPlanItems(note.id, {{road.id, false}, {"no-such-item", true}}), Error);
    CHECK(nb->plans().item(road.id).noteIds == std::vector<std::string>{note.id}); // unlinking undone

    const Person a = nb->people().add("ก ไก่", KmRole::Other);
    const Person b = nb->people().add("ข ไข่", KmRole::Other);
    CHECK_THROWS_AS(edits.removePeople({a.id, "no-such-person", b.id}), Error);
    CHECK(nb->people().list().size() >= 2);
    CHECK_NOTHROW(nb->people().get(a.id));
    edits.removePeople({a.id, b.id});
    CHECK_THROWS_AS(nb->people().get(a.id), Error);
    CHECK_THROWS_AS(nb->people().get(b.id), Error);
}

TEST_CASE("A note added with tags by name brings its new themes and people, or nothing at all", "[edits]")
{
    FreshNotebook nb;
    Edits edits(*nb.notebook);
    NoteDraft draft;
    draft.title = "เวทีธนาคารปูม้า";
    const auto added = edits.addNote(draft, {{"สวัสดิการชุมชน", "ธนาคารปูม้า"}, {"ลุงสมบูรณ์ แก้วดี"}, {"พอช."}});
    CHECK(added.newThemes == std::vector<std::string>{"ธนาคารปูม้า"});
    CHECK(added.newPeople == std::vector<std::string>{"ลุงสมบูรณ์ แก้วดี"});
    const Note stored = nb->notes().get(added.note.id);
    CHECK(stored.content.themeIds.size() == 2);
    CHECK(stored.content.personIds.size() == 1);
    CHECK(stored.content.organisationIds == std::vector<std::string>{nb->organisations().find("พอช.")[0].id});

    const auto notes = nb->notes().count({});
    CHECK_THROWS_AS(edits.addNote(draft, {{"ประเด็นใหม่"}, {"คนใหม่"}, {"ไม่มีองค์กรนี้"}}), Error);
    CHECK(nb->notes().count({}) == notes);
    CHECK_FALSE(nb->themes().findByName("ประเด็นใหม่"));
    CHECK(nb->people().findByName("คนใหม่").empty());
}
