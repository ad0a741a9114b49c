// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly summary: its periods, its content for a known notebook, and its text formats.
#include "core/error.h"
#include "core/generate/generator.h"
#include "core/report/reporttext.h"
#include "core/storage/statement.h"
#include "core/summary/summaryreport.h"
#include "core/text/csv.h"
#include "tests/support/freshnotebook.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace banthuek::core;
using banthuek::test::FreshNotebook;

namespace {

std::string themeId(Notebook& nb, const std::string& name)
{
    return nb.themes().findByName(name).value().id;
}

Note addNote(Notebook& nb, NoteKind kind, const std::string& title, CivilDate date,
             std::vector<std::string> places, std::vector<std::string> themes, const std::string& author,
             const std::string& body = "ย่อหน้าแรก")
{
    NoteDraft draft;
    draft.kind = kind;
    draft.title = title;
    draft.eventDate = date;
    draft.placeCodes = std::move(places);
    draft.themeIds = std::move(themes);
    draft.author = author;
    draft.body = body;
    return nb.notes().create(draft);
}

// A comment as if written on `day` at noon, local time.
void addComment(Notebook& nb, const Note& note, CivilDate day)
{
    const Comment comment = nb.comments().add(note.id, "ผู้อ่าน", "ขอบคุณที่เล่า");
    nb.database()
        .prepare("UPDATE comments SET created_ms = ?2 WHERE id = ?1")
        .bind(1, comment.id)
        .bind(2, localDayStartMillis(day) + 12 * 3600 * 1000)
        .run();
}

// January 2007 (2550) for a small team in Tha Sala and Khanom, with December 2006 before it.
struct Team
{
    FreshNotebook nb;
    std::string welfare, economy, funds;
    Note meeting, oldMeeting;

    Team()
    {
        Notebook& n = *nb.notebook;
        welfare = themeId(n, "สวัสดิการชุมชน");
        funds = themeId(n, "กองทุนสวัสดิการชุมชน"); // under welfare
        economy = themeId(n, "เศรษฐกิจชุมชน");
        // December: two field notes by one author.
        addNote(n, NoteKind::FieldNote, "ธันวาคม กลาย", {2006, 12, 5}, {"800802"}, {welfare}, "มาลี");
        addNote(n, NoteKind::FieldNote, "ธันวาคม ขนอม", {2006, 12, 20}, {"801501"}, {economy}, "มาลี");
        // The Khanom subdistrict ควนทอง was last visited in October: quiet by the end of January.
        addNote(n, NoteKind::FieldNote, "ตุลาคม ควนทอง", {2006, 10, 30}, {"801502"}, {economy}, "ชูชาติ");
        // Hat Yai was left long ago.
        addNote(n, NoteKind::FieldNote, "หาดใหญ่เมื่อก่อน", {2004, 3, 1}, {"901101"}, {}, "ชูชาติ");
        // January.
        const Note first = addNote(n, NoteKind::FieldNote, "ท่าศาลา กองทุน", {2007, 1, 22}, {"800801"}, {funds},
                                   "มาลี", "## ที่มา\nชาวบ้านตั้ง[กองทุน](banthuek:note/x) **วันละบาท**\n\nย่อหน้าสอง");
        addNote(n, NoteKind::FieldNote, "กลาย ออมทรัพย์", {2007, 1, 3}, {"800802", "800801"},
                {economy, welfare}, "ประภาพร");
        addNote(n, NoteKind::FieldNote, "ขนอม ประมง", {2007, 1, 15}, {"801501"}, {}, "ชูชาติ");
        addNote(n, NoteKind::Article, "บทความไม่มีที่", {2007, 1, 31}, {}, {welfare}, "มาลี");
        addNote(n, NoteKind::FieldNote, "กุมภาพันธ์ ไม่นับ", {2007, 2, 1}, {"800801"}, {welfare}, "มาลี");
        const Note trashed =
            addNote(n, NoteKind::FieldNote, "ในถังขยะ", {2007, 1, 10}, {"800801"}, {welfare}, "มาลี");
        n.notes().trash(trashed.id);
        addComment(n, first, {2007, 1, 25});
        addComment(n, first, {2007, 2, 2});
        addComment(n, first, {2006, 12, 31});

        oldMeeting =
            addNote(n, NoteKind::Minutes, "ประชุมธันวาคม", {2006, 12, 10}, {"800801"}, {welfare}, "มาลี");
        meeting = addNote(n, NoteKind::Minutes, "ประชุมมกราคม", {2007, 1, 10}, {"800801"}, {welfare}, "มาลี");
        const Person somchai = n.people().add("สมชาย ใจดี", KmRole::KhunAmnuay);
        MeetingRecord december;
        december.details.seriesId = n.minutes().findOrAddSeries("วงคุณเอื้อ").id;
        december.details.number = 1;
        december.actions = {
            action(oldMeeting, "ทำทะเบียนสมาชิก", somchai.id, CivilDate{2006, 12, 31}, {}),
            action(oldMeeting, "ส่งรายงาน", somchai.id, CivilDate{2007, 1, 20}, CivilDate{2007, 1, 18})};
        (void)n.minutes().saveRecord(oldMeeting.id, december);
        MeetingRecord january;
        january.details.seriesId = december.details.seriesId;
        january.details.number = 2;
        january.details.agenda = {{"j1", "เรื่องแจ้ง", "", "", {}},
                                  {"j2", "กองทุนวันละบาท", "", "ขยายไปตำบลกลาย", {}}};
        january.actions = {action(meeting, "นัดเวทีตำบลกลาย", somchai.id, CivilDate{2007, 2, 15}, {}),
                           action(meeting, "ถ่ายเอกสาร", {}, CivilDate{2007, 1, 12}, {})};
        (void)n.minutes().saveRecord(meeting.id, january);
    }

    static ActionItem action(const Note& note, const std::string& text, const std::string& owner,
                             std::optional<CivilDate> due, std::optional<CivilDate> done)
    {
        ActionItem item;
        item.noteId = note.id;
        item.text = text;
        if (!owner.empty()) {
            item.ownerPersonId = owner;
        }
        item.due = due;
        item.status = done ? ActionStatus::Done : ActionStatus::Open;
        item.doneDate = done;
        return item;
    }
};

std::vector<std::string> titlesOf(const Summary& s, const std::vector<std::size_t>& notes)
{
    std::vector<std::string> titles;
    for (const std::size_t i : notes) {
        titles.push_back(s.notes[i].title);
    }
    return titles;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("periods: months, quarters and fiscal years in either era, and what they are not", "[summary]")
{
    const Period january = parseMonth("2550-01");
    CHECK(january == Period{Period::Kind::Month, 2007, 1});
    CHECK(parseMonth("2007-01") == january);
    CHECK(parseMonth("๒๕๕๐-๐๑") == january);
    CHECK(january.first() == CivilDate{2007, 1, 1});
    CHECK(january.last() == CivilDate{2007, 1, 31});
    CHECK(january.previous() == Period{Period::Kind::Month, 2006, 12});
    CHECK(parseMonth("2008-02").last() == CivilDate{2008, 2, 29});
    CHECK(january.label({}) == "มกราคม 2550");
    CHECK(january.label({Language::English, Era::Gregorian, Digits::Arabic}) == "January 2007");
    CHECK(january.label({Language::Thai, Era::Buddhist, Digits::Thai}) == "มกราคม ๒๕๕๐");

    const Period quarter = parseQuarter("2550-Q2");
    CHECK(quarter.first() == CivilDate{2007, 4, 1});
    CHECK(quarter.last() == CivilDate{2007, 6, 30});
    CHECK(parseQuarter("2550-Q1").previous() == Period{Period::Kind::Quarter, 2006, 4});
    CHECK(quarter.label({}) == "ไตรมาสที่ 2/2550 (เมษายน – มิถุนายน 2550)");

    const Period fiscalQuarter = parseQuarter("FY2550-Q1");
    CHECK(fiscalQuarter.first() == CivilDate{2006, 10, 1});
    CHECK(fiscalQuarter.last() == CivilDate{2006, 12, 31});

    const Period fiscal = parseFiscalYear("2550");
    CHECK(fiscal == parseFiscalYear("FY2007"));
    CHECK(fiscal.first() == CivilDate{2006, 10, 1});
    CHECK(fiscal.last() == CivilDate{2007, 9, 30});
    CHECK(fiscal.previous().first() == CivilDate{2005, 10, 1});
    CHECK(fiscal.label({}) == "ปีงบประมาณ 2550 (1 ตุลาคม 2549 – 30 กันยายน 2550)");
    CHECK(fiscalYearOf({2006, 10, 1}) == fiscal);
    CHECK(fiscalYearOf({2007, 9, 30}) == fiscal);
    CHECK(lastMonth({2007, 1, 15}) == Period{Period::Kind::Month, 2006, 12});
    CHECK(parsePeriod("2550-01") == january);
    CHECK(parsePeriod("FY2550") == fiscal);

    for (const char* bad :
         {"2550-13", "2550-00", "abc", "2550-Q5", "25500-01", "", "2550-1-1", "FY2550-01", "1800-01"}) {
        INFO(bad);
        try {
            (void)parseMonth(bad, "--month");
            FAIL("accepted");
        } catch (const Error& error) {
            CHECK(error.category() == ErrorCategory::InvalidInput);
            CHECK_THAT(error.what(), Catch::Contains("--month") && Catch::Contains("2550-01"));
        }
    }
    CHECK_THROWS_AS(parseQuarter("2550-01"), Error);
    CHECK_THROWS_AS(parseFiscalYear("2550-Q1"), Error);
}

TEST_CASE("a month's summary: figures beside last month's, notes by place and theme, meetings, actions",
          "[summary]")
{
    Team team;
    Notebook& nb = *team.nb.notebook;
    const Summary s = computeSummary(nb, parseMonth("2550-01"));

    CHECK(s.figures.fieldNotes == 3); // the February note and the trashed one left out
    CHECK(s.figures.minutes == 1);
    CHECK(s.figures.articles == 1);
    CHECK(s.figures.comments == 1);     // 25 January only
    CHECK(s.figures.facilitators == 3); // มาลี, ประภาพร, ชูชาติ
    CHECK(s.figures.subdistricts == 3); // ท่าศาลา, กลาย, ขนอม
    CHECK(s.previousFigures.fieldNotes == 2);
    CHECK(s.previousFigures.minutes == 1);
    CHECK(s.previousFigures.comments == 1);
    CHECK(s.previousFigures.facilitators == 1);
    CHECK(s.previousFigures.subdistricts == 2);

    // Every note of the month, by date.
    REQUIRE(s.notes.size() == 5);
    CHECK(s.notes.front().title == "กลาย ออมทรัพย์");
    CHECK(s.notes.back().title == "บทความไม่มีที่");
    // The opening paragraph skips the heading and shows a link by its words, marks removed.
    const auto first = std::find_if(s.notes.begin(), s.notes.end(),
                                    [](const SummaryNote& n) { return n.title == "ท่าศาลา กองทุน"; });
    CHECK(first->opening == "ชาวบ้านตั้งกองทุน วันละบาท");

    // Districts in Thai order (ขนอม before ท่าศาลา), places in Thai order (กลาย before ท่าศาลา).
    REQUIRE(s.districts.size() == 2);
    CHECK(s.districts[0].district.nameTh == "ขนอม");
    CHECK(s.districts[0].provinceTh == "นครศรีธรรมราช");
    CHECK(s.districts[1].district.nameTh == "ท่าศาลา");
    CHECK(s.districts[1].notes == 3); // the note naming two of its subdistricts counted once
    REQUIRE(s.districts[1].places.size() == 2);
    CHECK(s.districts[1].places[0].place.nameTh == "กลาย");
    CHECK(titlesOf(s, s.districts[1].places[1].notes) ==
          std::vector<std::string>{"กลาย ออมทรัพย์", "ประชุมมกราคม", "ท่าศาลา กองทุน"});
    CHECK(titlesOf(s, s.placeless) == std::vector<std::string>{"บทความไม่มีที่"});

    // Quiet: ควนทอง (October) listed; Hat Yai (2004) only counted; กลาย visited in January.
    REQUIRE(s.quietPlaces.size() == 1);
    CHECK(s.quietPlaces[0].subdistrict.code == "801502");
    CHECK(s.quietPlaces[0].districtTh == "ขนอม");
    CHECK(s.quietPlaces[0].days == 93); // 30 October to 31 January
    CHECK(s.placesLeft == 1);

    // Themes under their top-level theme, most notes first: welfare has the funds note too.
    REQUIRE(s.themes.size() == 2);
    CHECK(s.themes[0].theme.nameTh == "สวัสดิการชุมชน");
    CHECK(s.themes[0].notes.size() == 4);
    CHECK(s.themes[1].theme.nameTh == "เศรษฐกิจชุมชน");
    CHECK(titlesOf(s, s.themeless) == std::vector<std::string>{"ขนอม ประมง"});

    // The meeting with its resolution only where one was written.
    REQUIRE(s.meetings.size() == 1);
    CHECK(s.meetings[0].series == "วงคุณเอื้อ");
    CHECK(s.meetings[0].number == 2);
    CHECK(s.meetings[0].decisions ==
          std::vector<std::pair<std::string, std::string>>{{"กองทุนวันละบาท", "ขยายไปตำบลกลาย"}});

    // Actions: two opened in January; one done in January (from December); overdue at the end:
    // December's register (due 31 Dec) and the photocopies (due 12 Jan); open: those and the forum.
    CHECK(s.actionTotals.opened == 2);
    CHECK(s.actionTotals.done == 1);
    CHECK(s.actionTotals.overdue == 2);
    CHECK(s.actionTotals.open == 3);
    REQUIRE(s.owners.size() == 2);
    CHECK(s.owners[0].owner == "สมชาย ใจดี");
    CHECK(s.owners[0].open == 2);
    CHECK(s.owners[0].done == 1);
    CHECK(s.owners[1].owner.empty());
    REQUIRE(s.overdueActions.size() == 2);
    CHECK(s.overdueActions[0].item.text == "ทำทะเบียนสมาชิก");
    CHECK(s.overdueActions[1].item.text == "ถ่ายเอกสาร");
}

TEST_CASE("a period still running is counted at today: overdue items, open items and quiet places",
          "[summary]")
{
    Team team;
    const Summary s = computeSummary(*team.nb.notebook, parseMonth("2550-01"), {}, CivilDate{2007, 1, 11});
    CHECK(s.asOf == CivilDate{2007, 1, 11});
    CHECK(s.actionTotals.overdue == 1); // December's register; the photocopies are due on the 12th
    REQUIRE(s.quietPlaces.size() == 1);
    CHECK(s.quietPlaces[0].days == 73); // 30 October to 11 January
    CHECK(s.notes.size() == 5);         // the notes are the whole month's all the same
    const std::string md = reportMarkdown(summaryReport(s, "ทีม", {}));
    CHECK_THAT(md, Catch::Contains("ข้อมูล ณ วันที่ 11 มกราคม 2550"));
    CHECK(reportMarkdown(summaryReport(computeSummary(*team.nb.notebook, parseMonth("2550-01")), "ทีม", {}))
              .find("ข้อมูล ณ วันที่") == std::string::npos);
}

TEST_CASE("summary filters: places (and under), themes (and sub-themes), authors, unknown ones named",
          "[summary]")
{
    Team team;
    Notebook& nb = *team.nb.notebook;
    const Period january = parseMonth("2550-01");

    const Summary klai = computeSummary(nb, january, SummaryFilter{{"800802"}, {}, {}});
    CHECK(titlesOf(klai, std::vector<std::size_t>{0}) == std::vector<std::string>{"กลาย ออมทรัพย์"});
    CHECK(klai.notes.size() == 1);
    REQUIRE(klai.districts.size() == 1);
    REQUIRE(klai.districts[0].places.size() == 1); // not its other subdistrict, ท่าศาลา
    CHECK(klai.districts[0].places[0].place.code == "800802");
    CHECK(klai.figures.subdistricts == 1);
    CHECK(klai.previousFigures.fieldNotes == 1);
    CHECK(klai.filterPlaces.at(0).nameTh == "กลาย");

    const Summary district = computeSummary(nb, january, SummaryFilter{{"8008"}, {}, {}});
    CHECK(district.figures.fieldNotes == 2);
    CHECK(district.figures.minutes == 1);
    CHECK(district.figures.comments == 1);
    CHECK(district.quietPlaces.empty()); // ควนทอง is in Khanom

    const Summary welfare = computeSummary(nb, january, SummaryFilter{{}, {team.welfare}, {}});
    CHECK(welfare.notes.size() == 4); // the funds note through its sub-theme
    const Summary funds = computeSummary(nb, january, SummaryFilter{{}, {team.funds}, {}});
    CHECK(funds.notes.size() == 1);

    const Summary malee = computeSummary(nb, january, SummaryFilter{{}, {}, {"มาลี"}});
    CHECK(malee.figures.fieldNotes == 1);
    CHECK(malee.figures.articles == 1);
    CHECK(malee.figures.facilitators == 1);
    CHECK(malee.actionTotals.opened == 2); // her meeting's items

    CHECK_THROWS_AS(computeSummary(nb, january, SummaryFilter{{"999999"}, {}, {}}), Error);
    CHECK_THROWS_AS(computeSummary(nb, january, SummaryFilter{{}, {"no-such-theme"}, {}}), Error);
}

TEST_CASE("the summary report in Thai and English, HTML escapes, Markdown escapes, CSV reads back",
          "[summary][report]")
{
    Team team;
    Notebook& nb = *team.nb.notebook;
    (void)addNote(nb, NoteKind::FieldNote, "<script>alert(1)</script> | *ดาว*", {2007, 1, 30}, {"800801"}, {},
                  "มาลี");
    const Summary s = computeSummary(nb, parseMonth("2550-01"));

    const ReportDocument thai = summaryReport(s, "ทีมท่าศาลา", {});
    CHECK(thai.title == "สรุปผลการดำเนินงาน มกราคม 2550");
    CHECK(thai.runningHeader == "ทีมท่าศาลา · มกราคม 2550");
    const ReportDocument english =
        summaryReport(s, "Tha Sala team", {Language::English, Era::Gregorian, Digits::Arabic});
    CHECK(english.title == "Activity summary January 2007");
    const ReportDocument thaiDigits = summaryReport(s, "ทีม", {Language::Thai, Era::Buddhist, Digits::Thai});

    const std::string html = reportHtml(thai);
    CHECK_THAT(html, Catch::StartsWith("<!DOCTYPE html>"));
    CHECK_THAT(html, Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK(html.find("<script>") == std::string::npos);
    CHECK_THAT(html, Catch::Contains("<svg") && Catch::Contains("<style>"));
    CHECK(html.find("src=\"http") == std::string::npos); // self-contained
    CHECK_THAT(html, Catch::Contains("ขยายไปตำบลกลาย"));
    CHECK_THAT(reportHtml(english), Catch::Contains("lang=\"en\"") && Catch::Contains("Notes by place"));
    CHECK_THAT(reportHtml(thaiDigits), Catch::Contains("มกราคม ๒๕๕๐"));

    const std::string md = reportMarkdown(thai);
    CHECK_THAT(md, Catch::StartsWith("# สรุปผลการดำเนินงาน\n"));
    CHECK_THAT(md, Catch::Contains("\\<script\\>alert(1)\\</script\\> \\| \\*ดาว\\*"));
    CHECK_THAT(md, Catch::Contains("| บันทึกภาคสนาม | 4 | 2 | +2 |"));
    CHECK_THAT(md, Catch::Contains("## พื้นที่ที่ไม่มีบันทึกภาคสนาม 60 วันขึ้นไป"));

    const std::string csv = summaryCsv(s, "ทีม", {});
    CHECK_THAT(csv, Catch::StartsWith("\xEF\xBB\xBF"));
    CsvReader reader(csv);
    std::vector<std::string> fields;
    std::vector<std::vector<std::string>> rows;
    while (reader.next(fields)) {
        rows.push_back(fields);
    }
    const auto row = [&](const std::string& first) {
        return *std::find_if(rows.begin(), rows.end(),
                             [&](const auto& r) { return !r.empty() && r[0] == first; });
    };
    CHECK(row("บันทึกภาคสนาม") == std::vector<std::string>{"บันทึกภาคสนาม", "4", "2", "2"});
    CHECK(row("2007-01-30").at(3) == "<script>alert(1)</script> | *ดาว*"); // CSV keeps the text as typed
    CHECK(row("สมชาย ใจดี") == std::vector<std::string>{"สมชาย ใจดี", "1", "1", "1", "2"});
}

// The golden file: a generated notebook's month, as Markdown. A change to what the summary
// says (or to the generator) shows here; BANTHUEK_UPDATE_GOLDEN=1 rewrites the file to review.
TEST_CASE("golden: the summary of a generated notebook's month", "[summary][golden]")
{
    FreshNotebook nb;
    GenerateOptions options;
    options.notes = 3000;
    options.seed = 2550;
    (void)generateNotes(*nb.notebook, options);
    const Summary s = computeSummary(*nb.notebook, parseMonth("2567-05"));
    REQUIRE(s.notes.size() > 3);
    const std::string markdown = reportMarkdown(summaryReport(s, "generated", {}));
    const std::string golden = std::string(BANTHUEK_TEST_DATA) + "/summary-2567-05.md";
    if (std::getenv("BANTHUEK_UPDATE_GOLDEN") != nullptr) {
        std::ofstream(golden, std::ios::binary) << markdown;
    }
    CHECK(markdown == readFile(golden));
}

TEST_CASE("master-plan items whose status or progress moved in the period, from what to what",
          "[summary][plans]")
{
    Team team;
    Notebook& nb = *team.nb.notebook;
    const Period january = parseMonth("2550-01");
    CHECK_FALSE(computeSummary(nb, january).plansExist); // no plans: no section
    CHECK(reportMarkdown(summaryReport(computeSummary(nb, january), "ทีม", {})).find("แผนแม่บทชุมชน") ==
          std::string::npos);

    const Plan plan =
        nb.plans().savePlan(Plan{{}, "800801", "แผนท่าศาลา", 2007, 2009, {}, {}, PlanStatus::Approved});
    PlanItem fund;
    fund.planId = plan.id;
    fund.title = "กองทุนปุ๋ย";
    fund.status = ItemStatus::Approved;
    fund.progress = 10;
    fund = nb.plans().saveItem(fund);
    PlanItem road = fund;
    road.id.clear();
    road.title = "ถนน";
    road.themeId = team.economy;
    road = nb.plans().saveItem(road);
    // Both were added in December; in January the fund went under way twice, the road not at all.
    const auto at = [&](CivilDate day) { return localDayStartMillis(day) + 9 * 3600 * 1000; };
    nb.database().prepare("UPDATE plan_item_changes SET changed_ms = ?1").bind(1, at({2006, 12, 15})).run();
    fund.status = ItemStatus::InProgress;
    fund.progress = 30;
    fund = nb.plans().saveItem(fund);
    fund.progress = 45;
    fund = nb.plans().saveItem(fund);
    road.description = "ลูกรัง 2 กิโลเมตร"; // not a status or progress: not a move
    road = nb.plans().saveItem(road);
    nb.database()
        .prepare("UPDATE plan_item_changes SET changed_ms = ?1 + id WHERE changed_ms > ?2")
        .bind(1, at({2007, 1, 20}))
        .bind(2, at({2006, 12, 15}))
        .run();

    const Summary s = computeSummary(nb, january);
    CHECK(s.plansExist);
    REQUIRE(s.planChanges.size() == 1);
    const PlanItemChange& change = s.planChanges[0];
    CHECK(change.item == "กองทุนปุ๋ย");
    CHECK(change.community.nameTh == "ท่าศาลา");
    CHECK(change.fromStatus == ItemStatus::Approved);
    CHECK(change.toStatus == ItemStatus::InProgress);
    CHECK(change.fromProgress == 10);
    CHECK(change.toProgress == 45);
    const std::string md = reportMarkdown(summaryReport(s, "ทีม", {}));
    CHECK_THAT(md, Catch::Contains("| ท่าศาลา | กองทุนปุ๋ย | อนุมัติ → กำลังดำเนินการ | 10% → 45% |"));
    CHECK_THAT(summaryCsv(s, "ทีม", {}),
               Catch::Contains("800801,ท่าศาลา,แผนท่าศาลา,กองทุนปุ๋ย,approved,in_progress,10,45"));

    const Summary december = computeSummary(nb, parseMonth("2549-12"));
    REQUIRE(december.planChanges.size() == 2); // both added then
    CHECK_FALSE(december.planChanges[0].fromStatus);
    CHECK_THAT(reportMarkdown(summaryReport(december, "ทีม", {})), Catch::Contains("ใหม่: อนุมัติ"));

    // Filters: Khanom has no plan; the economy theme has only the road, which did not move.
    CHECK_FALSE(computeSummary(nb, january, SummaryFilter{{"8015"}, {}, {}}).plansExist);
    const Summary economy = computeSummary(nb, january, SummaryFilter{{}, {team.economy}, {}});
    CHECK(economy.plansExist);
    CHECK(economy.planChanges.empty());
}
