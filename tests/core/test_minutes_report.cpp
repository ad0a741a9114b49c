// SPDX-License-Identifier: GPL-3.0-or-later
// รายงานการประชุม: one meeting's minutes laid out as Thai offices write them.
#include "core/error.h"
#include "core/summary/minutesreport.h"
#include "tests/support/freshnotebook.h"

#include <catch2/catch.hpp>

using namespace banthuek::core;
using banthuek::test::FreshNotebook;
using Kind = ReportBlock::Kind;

namespace {

struct Meeting
{
    Note note;
    Person chair, recorder, approver, absent, guest;
};

Meeting recordMeeting(Notebook& nb)
{
    Meeting m;
    const Organisation codi = nb.organisations().find("พอช.").at(0);
    Person chair;
    chair.name = "จำนง หนูนิล";
    chair.organisationId = codi.id;
    m.chair = nb.people().add(chair);
    m.recorder = nb.people().add("มาลี บุญมา", KmRole::KhunLikhit);
    m.approver = nb.people().add("ประภาพร ทองคำ", KmRole::KhunUea);
    m.absent = nb.people().add("ชูชาติ ชูแก้ว", KmRole::KhunAmnuay);
    m.guest = nb.people().add("สุดา ใจดี", KmRole::Other);
    NoteDraft draft;
    draft.kind = NoteKind::Minutes;
    draft.title = "ประชุมวงคุณเอื้อ ตุลาคม";
    draft.eventDate = CivilDate{2026, 10, 28};
    m.note = nb.notes().create(draft);

    MeetingRecord record;
    MinutesDetails& details = record.details;
    details.seriesId = nb.minutes().findOrAddSeries("วงคุณเอื้อ ประจำเดือน").id;
    details.number = 10;
    details.startTime = "09:30";
    details.endTime = "12:00";
    details.venue = "ห้องประชุมศูนย์ประสานงาน";
    details.venuePlace = "800801";
    details.chairId = m.chair.id;
    details.recorderId = m.recorder.id;
    details.approverId = m.approver.id;
    details.attendees = {{m.chair.id, Attendance::Present, {}},
                         {m.recorder.id, Attendance::Present, {}},
                         {m.absent.id, Attendance::Absent, "ติดภารกิจ"},
                         {m.guest.id, Attendance::Guest, {}}};
    details.agenda = {{"a1", "เรื่องแจ้งเพื่อทราบ", "ทีมรายงานความคืบหน้า", "รับทราบ", {}},
                      {"a2", "แผนแม่บทชุมชนบ้านเกาะ", "สำรวจแล้ว 146 ครัวเรือน", "จัดเวทีประชาคมภายในพฤศจิกายน", {}}};
    details.aarNext = "ชวนทีมขนอมมาแลกเปลี่ยน";
    ActionItem item;
    item.noteId = m.note.id;
    item.agendaItemId = "a2";
    item.text = "สรุปข้อมูลครัวเรือนบ้านเกาะ";
    item.ownerPersonId = m.absent.id;
    item.due = CivilDate{2026, 11, 15};
    ActionItem loose = item;
    loose.agendaItemId.reset();
    loose.text = "ส่งรายงานให้ พอช.";
    loose.ownerPersonId.reset();
    loose.ownerOrganisationId = codi.id;
    record.actions = {item, loose};
    (void)nb.minutes().saveRecord(m.note.id, record);
    return m;
}

// The blocks of a kind, in order, as text (a table as its rows joined by " | ").
std::vector<std::string> texts(const ReportDocument& report, Kind kind)
{
    std::vector<std::string> found;
    for (const ReportBlock& block : report.blocks) {
        if (block.kind != kind) {
            continue;
        }
        if (kind != Kind::Table) {
            found.push_back(block.text);
            continue;
        }
        for (const auto& row : block.table.rows) {
            std::string line;
            for (const std::string& cell : row) {
                line += (line.empty() ? "" : " | ") + cell;
            }
            found.push_back(line);
        }
    }
    return found;
}

std::size_t indexOf(const ReportDocument& report, const std::string& text)
{
    for (std::size_t i = 0; i < report.blocks.size(); ++i) {
        if (report.blocks[i].text.find(text) != std::string::npos) {
            return i;
        }
    }
    FAIL("no block holds " << text);
    return 0;
}

} // namespace

TEST_CASE("Minutes are laid out as a Thai รายงานการประชุม", "[minutes][report]")
{
    FreshNotebook nb;
    const Meeting m = recordMeeting(*nb.notebook);
    const ReportDocument report = minutesReport(*nb.notebook, m.note.id, DateStyle{});

    CHECK(texts(report, Kind::Title) == std::vector<std::string>{"รายงานการประชุมวงคุณเอื้อ ประจำเดือน"});
    const auto centred = texts(report, Kind::Centred);
    REQUIRE(centred.size() == 3);
    CHECK(centred[0] == "ครั้งที่ 10/2569"); // the number over the Buddhist-era year
    CHECK(centred[1] == "เมื่อวันที่ 28 ตุลาคม 2569");
    CHECK(centred[2].find("ณ ห้องประชุมศูนย์ประสานงาน") == 0);
    CHECK(centred[2].find("ท่าศาลา") != std::string::npos); // the venue's place, by name

    // Present, absent with the reason, guests: in this order, each numbered.
    const auto headings = texts(report, Kind::Heading);
    REQUIRE(headings.size() >= 5);
    CHECK(std::vector<std::string>(headings.begin(), headings.begin() + 3) ==
          std::vector<std::string>{"ผู้มาประชุม", "ผู้ไม่มาประชุม", "ผู้เข้าร่วมประชุม"});
    CHECK(report.blocks[indexOf(report, "1. จำนง หนูนิล")].text ==
          "1. จำนง หนูนิล  พอช.  (ประธานในที่ประชุม)\n2. มาลี บุญมา  (ผู้จดรายงานการประชุม)");
    CHECK(report.blocks[indexOf(report, "ชูชาติ")].text == "1. ชูชาติ ชูแก้ว  — ติดภารกิจ");

    // The start time before the agenda, the end time after it, as Thai minutes write times.
    const std::size_t opened = indexOf(report, "เริ่มประชุมเวลา 09.30 น.");
    const std::size_t first = indexOf(report, "ระเบียบวาระที่ 1  เรื่องแจ้งเพื่อทราบ");
    const std::size_t second = indexOf(report, "ระเบียบวาระที่ 2  แผนแม่บทชุมชนบ้านเกาะ");
    const std::size_t closed = indexOf(report, "เลิกประชุมเวลา 12.00 น.");
    CHECK(opened < first);
    CHECK(first < indexOf(report, "มติที่ประชุม  รับทราบ"));
    CHECK(indexOf(report, "มติที่ประชุม  รับทราบ") < second);
    CHECK(second < indexOf(report, "มติที่ประชุม  จัดเวทีประชาคมภายในพฤศจิกายน"));
    CHECK(indexOf(report, "ชวนทีมขนอมมาแลกเปลี่ยน") < closed); // AAR, when written

    // Action items: the agenda item's under it, the others after the agenda.
    CHECK(texts(report, Kind::Table) ==
          std::vector<std::string>{"1 | สรุปข้อมูลครัวเรือนบ้านเกาะ | ชูชาติ ชูแก้ว | 15 พฤศจิกายน 2569 | ยังไม่เสร็จ",
                                   "1 | ส่งรายงานให้ พอช. | พอช. | 15 พฤศจิกายน 2569 | ยังไม่เสร็จ"});

    // Room to sign for the recorder and the approver, by name.
    const auto signatures = texts(report, Kind::Signature);
    REQUIRE(signatures.size() == 2);
    CHECK(signatures[0].find("(มาลี บุญมา)\nผู้จดรายงานการประชุม") != std::string::npos);
    CHECK(signatures[1].find("(ประภาพร ทองคำ)\nผู้ตรวจรายงานการประชุม") != std::string::npos);
    CHECK(closed < indexOf(report, "(มาลี บุญมา)"));
    CHECK(report.pageFormat == "หน้า %1 จาก %2");
}

TEST_CASE("Minutes in English, Gregorian years and Thai digits follow the style asked for",
          "[minutes][report]")
{
    FreshNotebook nb;
    const Meeting m = recordMeeting(*nb.notebook);
    const ReportDocument english =
        minutesReport(*nb.notebook, m.note.id, DateStyle{Language::English, Era::Gregorian, Digits::Arabic});
    CHECK(texts(english, Kind::Title) == std::vector<std::string>{"Minutes of วงคุณเอื้อ ประจำเดือน"});
    CHECK(texts(english, Kind::Centred)[0] == "Meeting no. 10/2026");
    CHECK(texts(english, Kind::Centred)[1] == "Held on 28 October 2026");
    CHECK(english.blocks[indexOf(english, "opened")].text == "The meeting opened at 09:30");
    CHECK(texts(english, Kind::Heading)[0] == "Present");

    const ReportDocument thaiDigits =
        minutesReport(*nb.notebook, m.note.id, DateStyle{Language::Thai, Era::Buddhist, Digits::Thai});
    CHECK(texts(thaiDigits, Kind::Centred)[0] == "ครั้งที่ ๑๐/๒๕๖๙");
    CHECK(thaiDigits.blocks[indexOf(thaiDigits, "เริ่มประชุม")].text == "เริ่มประชุมเวลา ๐๙.๓๐ น.");
    CHECK(thaiDigits.digits == Digits::Thai);
}

TEST_CASE("Only minutes have a meeting report, an unknown note is not found", "[minutes][report]")
{
    FreshNotebook nb;
    NoteDraft draft;
    draft.title = "ลงพื้นที่บ้านเกาะ";
    const Note field = nb->notes().create(draft);
    try {
        (void)minutesReport(*nb.notebook, field.id, DateStyle{});
        FAIL("a field note made a meeting report");
    } catch (const Error& error) {
        CHECK(error.category() == ErrorCategory::InvalidInput);
        CHECK(std::string(error.what()).find("ลงพื้นที่บ้านเกาะ") != std::string::npos);
    }
    CHECK_THROWS_AS(minutesReport(*nb.notebook, "no-such-note", DateStyle{}), Error);

    // Minutes with nothing but text still print: the text stands for the agenda.
    draft.kind = NoteKind::Minutes;
    draft.title = "ประชุมย่อย";
    draft.body = "คุยเรื่องกองทุน";
    const Note plain = nb->notes().create(draft);
    const ReportDocument report = minutesReport(*nb.notebook, plain.id, DateStyle{});
    CHECK(texts(report, Kind::Title) == std::vector<std::string>{"ประชุมย่อย"});
    CHECK(report.blocks[indexOf(report, "กองทุน")].text == "คุยเรื่องกองทุน");
}
