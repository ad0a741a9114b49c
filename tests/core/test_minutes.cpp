// SPDX-License-Identifier: GPL-3.0-or-later
// Minutes: details, attendees, agenda, action items, carry-forward, and the data rules.
#include "core/error.h"
#include "tests/support/freshnotebook.h"

#include <catch2/catch.hpp>

using namespace banthuek::core;
using banthuek::test::FreshNotebook;

namespace {

Note addMinutes(Notebook& nb, const std::string& title, CivilDate date)
{
    NoteDraft draft;
    draft.kind = NoteKind::Minutes;
    draft.title = title;
    draft.eventDate = date;
    draft.placeCodes = {"800801"};
    return nb.notes().create(draft);
}

ActionItem action(const std::string& noteId, const std::string& text, std::optional<std::string> owner,
                  std::optional<CivilDate> due)
{
    ActionItem item;
    item.noteId = noteId;
    item.text = text;
    item.ownerPersonId = std::move(owner);
    item.due = due;
    return item;
}

} // namespace

TEST_CASE("A minutes note keeps its meeting details, attendees and agenda", "[minutes]")
{
    FreshNotebook nb;
    const Person chair = nb->people().add("จำนง หนูนิล", KmRole::KhunUea);
    const Person recorder = nb->people().add("มาลี บุญมา", KmRole::KhunLikhit);
    const Person absent = nb->people().add("ชูชาติ ชูแก้ว", KmRole::KhunAmnuay);
    const MeetingSeries series = nb->minutes().findOrAddSeries("วงคุณเอื้อ ประจำเดือน");
    CHECK(nb->minutes().findOrAddSeries(" วงคุณเอื้อ ประจำเดือน ").id == series.id);
    const Note meeting = addMinutes(*nb.notebook, "ประชุมวงคุณเอื้อ ครั้งที่ 10", {2026, 10, 28});

    MinutesDetails details;
    details.seriesId = series.id;
    details.number = 10;
    details.startTime = "9.30"; // as Thai minutes write it
    details.endTime = "12:00";
    details.venue = "ห้องประชุมศูนย์ประสานงาน";
    details.venuePlace = "800801";
    details.chairId = chair.id;
    details.recorderId = recorder.id;
    details.attendees = {{chair.id, Attendance::Present, {}},
                         {recorder.id, Attendance::Present, {}},
                         {absent.id, Attendance::Absent, "ติดภารกิจ"}};
    details.agenda = {{{}, "เรื่องแจ้งเพื่อทราบ", "ทีมรายงานความคืบหน้า", "", {}},
                      {{}, "แผนแม่บทชุมชนบ้านเกาะ", "สำรวจแล้ว 146 ครัวเรือน", "จัดเวทีประชาคมภายในพฤศจิกายน", {}}};
    details.aarNext = "ชวนทีมขนอมมาแลกเปลี่ยน";
    const MinutesDetails saved = nb->minutes().saveDetails(meeting.id, details);
    nb.reopen();
    const MinutesDetails read = nb->minutes().details(meeting.id);
    CHECK(read.startTime == "09:30");
    CHECK(read.endTime == "12:00");
    CHECK(read.number == 10);
    REQUIRE(read.attendees.size() == 3);
    CHECK(read.attendees[2].attendance == Attendance::Absent);
    CHECK(read.attendees[2].reason == "ติดภารกิจ");
    REQUIRE(read.agenda.size() == 2);
    CHECK(read.agenda[1].resolution == "จัดเวทีประชาคมภายในพฤศจิกายน");
    CHECK(read.aarNext == "ชวนทีมขนอมมาแลกเปลี่ยน");

    // Agenda items given back keep their ids; one left out goes.
    MinutesDetails edited = read;
    edited.agenda.erase(edited.agenda.begin());
    edited.agenda[0].resolution = "จัดเวทีวันที่ 20 พฤศจิกายน";
    const MinutesDetails again = nb->minutes().saveDetails(meeting.id, edited);
    REQUIRE(again.agenda.size() == 1);
    CHECK(again.agenda[0].id == saved.agenda[1].id);

    // Bad input names what is wrong and changes nothing.
    MinutesDetails wrong = again;
    wrong.endTime = "25:00";
    CHECK_THROWS_WITH(nb->minutes().saveDetails(meeting.id, wrong), Catch::Contains("25:00"));
    wrong = again;
    wrong.attendees.push_back({"nobody", Attendance::Guest, {}});
    CHECK_THROWS_WITH(nb->minutes().saveDetails(meeting.id, wrong), Catch::Contains("nobody"));
    CHECK(nb->minutes().details(meeting.id).attendees.size() == 3);
    NoteDraft fieldNote;
    fieldNote.title = "ลงพื้นที่";
    const Note notMinutes = nb->notes().create(fieldNote);
    CHECK_THROWS_WITH(nb->minutes().saveDetails(notMinutes.id, details), Catch::Contains("not minutes"));
}

TEST_CASE("Action items belong to their meeting, the Trash hides them, the view finds what is overdue",
          "[minutes][actions]")
{
    FreshNotebook nb;
    const Person malee = nb->people().add("มาลี บุญมา", KmRole::KhunLikhit);
    const Person chuchat = nb->people().add("ชูชาติ ชูแก้ว", KmRole::KhunAmnuay);
    const Note meeting = addMinutes(*nb.notebook, "ประชุมเดือนตุลาคม", {2026, 10, 28});
    const ActionItem first =
        nb->actions().add(action(meeting.id, "สรุปข้อมูลครัวเรือน", malee.id, CivilDate{2026, 11, 15}));
    const ActionItem second =
        nb->actions().add(action(meeting.id, "ประสาน อบต.", chuchat.id, CivilDate{2026, 11, 30}));
    (void)nb->actions().add(action(meeting.id, "หาวิทยากร", std::nullopt, std::nullopt));

    const CivilDate day{2026, 11, 20};
    auto overdue = nb->actions().list({.overdueOn = day}, day);
    REQUIRE(overdue.size() == 1);
    CHECK(overdue[0].item.id == first.id);
    CHECK(overdue[0].owner == "มาลี บุญมา");
    CHECK(overdue[0].overdue);
    CHECK(overdue[0].meetingTitle == "ประชุมเดือนตุลาคม");
    auto all = nb->actions().list({}, day);
    REQUIRE(all.size() == 3);
    CHECK(all[0].item.id == first.id); // by due date, undated last
    CHECK(all[2].item.text == "หาวิทยากร");
    CHECK(nb->actions().list({.ownerPersonId = chuchat.id}, day).size() == 1);

    const ActionItem done = nb->actions().markDone(first.id, CivilDate{2026, 11, 21});
    CHECK(done.status == ActionStatus::Done);
    CHECK(done.doneDate == CivilDate{2026, 11, 21});
    CHECK(nb->actions().list({.overdueOn = day}, day).empty());
    CHECK(nb->actions().list({.status = ActionStatus::Done}, day).size() == 1);

    // An item cannot lose its meeting: it needs one, and the meeting never changes.
    CHECK_THROWS_WITH(nb->actions().add(action("no-such-meeting", "x", std::nullopt, std::nullopt)),
                      Catch::Contains("meeting"));
    ActionItem moved = second;
    const Note other = addMinutes(*nb.notebook, "อีกการประชุม", {2026, 11, 1});
    moved.noteId = other.id;
    CHECK(nb->actions().update(moved).noteId == meeting.id);
    CHECK_THROWS_WITH(nb->actions().add(action(meeting.id, "  ", std::nullopt, std::nullopt)),
                      Catch::Contains("text"));

    // Trashing the meeting hides its items; restoring brings them back; deleting removes them.
    nb->notes().trash(meeting.id);
    CHECK(nb->actions().list({}, day).empty());
    CHECK(nb->actions().get(second.id).noteId == meeting.id); // hidden, not deleted
    nb->notes().restore(meeting.id);
    CHECK(nb->actions().list({}, day).size() == 3);
    nb->notes().trash(meeting.id);
    nb->notes().deleteForever(meeting.id);
    CHECK_THROWS_AS(nb->actions().get(second.id), Error);
    CHECK(nb->check().sound());
}

TEST_CASE("The next meeting of a series starts from the last: attendees, venue and open items carried",
          "[minutes]")
{
    FreshNotebook nb;
    const MeetingSeries series = nb->minutes().findOrAddSeries("วงคุณเอื้อ");
    std::vector<Person> people;
    for (int i = 0; i < 15; ++i) {
        people.push_back(nb->people().add("สมาชิก " + std::to_string(i + 1), KmRole::KhunKij));
    }
    const Note first = addMinutes(*nb.notebook, "ครั้งที่ 1", {2026, 10, 1});
    MinutesDetails details;
    details.seriesId = series.id;
    details.number = 1;
    details.venue = "ศาลาหมู่บ้าน";
    details.chairId = people[0].id;
    for (const Person& p : people) {
        details.attendees.push_back(
            {p.id, p.id == people[14].id ? Attendance::Absent : Attendance::Present, {}});
    }
    details.agenda = {{{}, "ติดตามงาน", "", "", {}}};
    (void)nb->minutes().saveDetails(first.id, details);
    std::vector<std::string> open;
    for (int i = 0; i < 8; ++i) {
        open.push_back(nb->actions()
                           .add(action(first.id, "งาน " + std::to_string(i + 1),
                                       people[static_cast<std::size_t>(i)].id, CivilDate{2026, 10, 10 + i}))
                           .id);
    }
    (void)nb->actions().markDone(open[7], CivilDate{2026, 10, 20}); // one already done: not carried
    (void)nb->actions().add(action(first.id, "งานเลิกแล้ว", std::nullopt, std::nullopt));
    ActionItem dropped = nb->actions().list({.noteId = first.id}, CivilDate{2026, 10, 1}).back().item;
    dropped.status = ActionStatus::Dropped;
    CHECK(nb->actions().update(dropped).status == ActionStatus::Dropped);

    const Note next =
        nb->minutes().startNext(series.id, {"ครั้งที่ 2", "ติดตามผลจากการประชุมครั้งที่แล้ว", "มาลี", {2026, 11, 1}});
    CHECK(next.content.kind == NoteKind::Minutes);
    CHECK(next.content.placeCodes == std::vector<std::string>{"800801"});
    const MinutesDetails carried = nb->minutes().details(next.id);
    CHECK(carried.number == 2);
    CHECK(carried.venue == "ศาลาหมู่บ้าน");
    CHECK(carried.chairId == people[0].id);
    REQUIRE(carried.attendees.size() == 15);
    CHECK(std::all_of(carried.attendees.begin(), carried.attendees.end(),
                      [](const Attendee& a) { return a.attendance == Attendance::Present; }));
    REQUIRE(carried.agenda.size() == 1);
    CHECK(carried.agenda[0].title == "ติดตามผลจากการประชุมครั้งที่แล้ว");
    REQUIRE(carried.agenda[0].followUpActionIds.size() == 7);
    CHECK(carried.agenda[0].followUpActionIds[0] == open[0]); // oldest due first
    CHECK(nb->minutes().latestMeeting(series.id) == next.id);

    // Marking a carried item done (from the new meeting) leaves it with its first meeting.
    const ActionItem done = nb->actions().markDone(open[0], CivilDate{2026, 11, 1});
    CHECK(done.noteId == first.id);
    const Note third = nb->minutes().startNext(series.id, {"ครั้งที่ 3", "ติดตาม", "มาลี", {2026, 12, 1}});
    CHECK(nb->minutes().details(third.id).number == 3);
    CHECK(nb->minutes().details(third.id).agenda[0].followUpActionIds.size() == 6);
    CHECK(nb->check().sound());
}

TEST_CASE("A meeting's record saves details and action items together, and its text is searchable",
          "[minutes][search]")
{
    FreshNotebook nb;
    const Person owner = nb->people().add("สมศรี ใจดี", KmRole::KhunKij);
    const MeetingSeries series = nb->minutes().findOrAddSeries("เวทีประชาคมบ้านเกาะ");
    const Note first = addMinutes(*nb.notebook, "เวทีประชาคม ครั้งที่ 1", {2026, 10, 1});
    const Note second = addMinutes(*nb.notebook, "เวทีประชาคม ครั้งที่ 2", {2026, 11, 1});
    const ActionItem earlier =
        nb->actions().add(action(first.id, "ซ่อมฝายน้ำล้น", owner.id, CivilDate{2026, 10, 20}));

    // The editor names new agenda items and action items before they are saved.
    MeetingRecord record;
    record.details.seriesId = series.id;
    record.details.number = 2;
    AgendaItem followUp{"11111111-1111-4111-8111-111111111111", "ติดตามผล", "", "", {earlier.id}};
    AgendaItem plan{"22222222-2222-4222-8222-222222222222",
                    "กองทุนสวัสดิการ",
                    "ถกเรื่องเงินสมทบ",
                    "มติให้ตั้งคณะทำงานยกร่างระเบียบ",
                    {}};
    record.details.agenda = {followUp, plan};
    ActionItem draft = action({}, "ยกร่างระเบียบกองทุนออมทรัพย์", owner.id, CivilDate{2026, 11, 30});
    draft.id = "33333333-3333-4333-8333-333333333333";
    draft.agendaItemId = plan.id;
    ActionItem second2 = action({}, "นัดประชุมคณะทำงาน", std::nullopt, std::nullopt);
    ActionItem carried = earlier;
    carried.due = CivilDate{2026, 12, 15}; // re-dated at the follow-up
    record.actions = {second2, draft, carried};
    const MeetingRecord saved = nb->minutes().saveRecord(second.id, record);
    REQUIRE(saved.actions.size() == 3);
    CHECK(saved.actions[0].text == "นัดประชุมคณะทำงาน"); // own items first, in the order given
    CHECK(saved.actions[1].id == draft.id);
    CHECK(saved.actions[1].agendaItemId == plan.id);
    CHECK(saved.actions[2].id == earlier.id);
    CHECK(saved.actions[2].noteId == first.id); // a followed-up item keeps its meeting
    CHECK(saved.actions[2].due == CivilDate{2026, 12, 15});
    CHECK(saved.details.agenda[1].id == plan.id);

    // Words of the resolution, the discussion and an action item find the meeting; part words too.
    for (const std::string query : {"คณะทำงานยกร่าง", "เงินสมทบ", "ออมทรัพย์", "สวัสดิ"}) {
        const auto hits = nb->search().search(query, 10, 0);
        INFO(query);
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].noteId == second.id);
        CHECK_FALSE(hits[0].snippet.empty());
    }
    CHECK(nb->search().search("ซ่อมฝาย", 10, 0).at(0).noteId == first.id);

    // Dropping an item from the list deletes it and its text leaves the index.
    record = saved;
    record.actions.erase(record.actions.begin() + 1);
    const MeetingRecord fewer = nb->minutes().saveRecord(second.id, record);
    CHECK(fewer.actions.size() == 2);
    CHECK_THROWS(nb->actions().get(draft.id));
    CHECK(nb->search().search("ออมทรัพย์", 10, 0).empty());

    // An id of another meeting's agenda item is refused, and nothing is written.
    MeetingRecord foreign = fewer;
    foreign.details.agenda.push_back({plan.id, "ซ้ำ", "", "", {}});
    CHECK_THROWS_AS(nb->minutes().saveRecord(first.id, foreign), Error);
    CHECK(nb->minutes().record(second.id).details.agenda.size() == 2);
    CHECK(nb->minutes().record(first.id).details.agenda.empty());

    // The index stays what a rebuild would make.
    CHECK(nb->check().sound());
    (void)nb->search().reindex({});
    CHECK(nb->search().search("เงินสมทบ", 10, 0).size() == 1);
}

TEST_CASE("Merging two people or organisations keeps their meetings: attendance, roles and action items",
          "[minutes][people]")
{
    FreshNotebook nb;
    const Person kept = nb->people().add("มาลี บุญมา", KmRole::KhunLikhit);
    const Person duplicate = nb->people().add("มาลี บุญมา (ซ้ำ)", KmRole::Other);
    const Organisation keptOrg = nb->organisations().find("พอช.").at(0);
    Organisation copy;
    copy.abbreviation = "พอช (ซ้ำ)";
    copy.nameTh = "สถาบันพัฒนาองค์กรชุมชน (ซ้ำ)";
    const Organisation duplicateOrg = nb->organisations().add(copy);
    NoteDraft draft;
    draft.kind = NoteKind::Minutes;
    draft.title = "ประชุมทีม";
    draft.eventDate = CivilDate{2026, 10, 28};
    const Note meeting = nb->notes().create(draft);
    MeetingRecord record;
    record.details.recorderId = duplicate.id;
    record.details.chairId = duplicate.id;
    record.details.attendees = {{duplicate.id, Attendance::Present, {}}};
    ActionItem byPerson;
    byPerson.noteId = meeting.id;
    byPerson.text = "สรุปข้อมูล";
    byPerson.ownerPersonId = duplicate.id;
    ActionItem byOrganisation = byPerson;
    byOrganisation.text = "ส่งหนังสือ";
    byOrganisation.ownerPersonId.reset();
    byOrganisation.ownerOrganisationId = duplicateOrg.id;
    record.actions = {byPerson, byOrganisation};
    (void)nb->minutes().saveRecord(meeting.id, record);

    nb->people().merge(kept.id, duplicate.id);
    nb->organisations().merge(keptOrg.id, duplicateOrg.id);
    const MeetingRecord after = nb->minutes().record(meeting.id);
    CHECK(after.details.recorderId == kept.id);
    CHECK(after.details.chairId == kept.id);
    REQUIRE(after.details.attendees.size() == 1);
    CHECK(after.details.attendees[0].personId == kept.id);
    REQUIRE(after.actions.size() == 2);
    CHECK(after.actions[0].ownerPersonId == kept.id);
    CHECK(after.actions[1].ownerOrganisationId == keptOrg.id);
}
