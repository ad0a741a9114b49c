// SPDX-License-Identifier: GPL-3.0-or-later
// Community master plans: surveys, plans, items and their CSV import and export.
#include "core/error.h"
#include "core/formats/plancsv.h"
#include "tests/support/freshnotebook.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace banthuek::core;
using banthuek::test::FreshNotebook;

namespace {

constexpr const char* kThaSala = "800801";

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string problemsOf(const PlanImport& import)
{
    std::string text;
    for (const CsvProblem& p : import.problems) {
        text += "line " + std::to_string(p.line) + " [" + p.column + "] " + p.reason + "\n";
    }
    return text;
}

std::int64_t rowsIn(Notebook& nb, const char* table)
{
    auto row = nb.database().prepare(std::string("SELECT count(*) FROM ") + table);
    return row.step() ? row.integer(0) : -1;
}

} // namespace

TEST_CASE("money in baht as typed, kept in satang", "[plans]")
{
    CHECK(parseBaht("1,200,000") == 120000000);
    CHECK(parseBaht("1200000.5") == 120000050);
    CHECK(parseBaht("๑๒๐๐ บาท") == 120000);
    CHECK(parseBaht(" 35,000.25 ") == 3500025);
    CHECK(parseBaht("0") == 0);
    for (const char* bad : {"", "-5", "12a", "1.234", "บาท", "1.2.3"}) {
        INFO(bad);
        CHECK_FALSE(parseBaht(bad));
    }
    CHECK(formatBaht(120000050) == "1,200,000.50");
    CHECK(formatBaht(120000, Digits::Thai) == "๑,๒๐๐");
}

TEST_CASE("plans, items, surveys and evidence notes are stored and linked from both sides", "[plans]")
{
    FreshNotebook nb;
    PlanStore& plans = nb->plans();
    CHECK_THROWS_AS(plans.savePlan(Plan{{}, "8008", "แผนอำเภอ", {}, {}, {}, {}, PlanStatus::Draft}),
                    Error); // a district
    const Plan plan = plans.savePlan(Plan{{},
                                          kThaSala,
                                          "แผนแม่บทชุมชนท่าศาลา",
                                          2007,
                                          2009,
                                          CivilDate{2006, 11, 20},
                                          "เวทีประชาคมตำบล",
                                          PlanStatus::Approved});
    CHECK_THROWS_AS(
        plans.savePlan(Plan{{}, kThaSala, "แผนแม่บทชุมชนท่าศาลา", {}, {}, {}, {}, PlanStatus::Draft}), Error);
    CHECK_THROWS_AS(plans.savePlan(Plan{{}, kThaSala, "ปีกลับ", 2009, 2007, {}, {}, PlanStatus::Draft}), Error);

    NoteDraft draft;
    draft.title = "ติดตามกองทุนปุ๋ย";
    const Note note = nb->notes().create(draft);
    PlanItem item;
    item.planId = plan.id;
    item.title = "กองทุนปุ๋ยอินทรีย์";
    item.category = ItemCategory::Partners;
    item.partnerIds = {nb->organisations().find("พอช.").at(0).id};
    item.budgetOwn = 500000;
    item.budgetRequested = 3000000;
    item.status = ItemStatus::InProgress;
    item.progress = 40;
    item.noteIds = {note.id};
    const PlanItem saved = plans.saveItem(item);
    CHECK_FALSE(saved.id.empty());
    CHECK(saved.partnerIds == item.partnerIds);
    CHECK(plans.itemsOfNote(note.id).at(0).id == saved.id); // from the note's side
    PlanItem second = item;
    second.title = "ถนนเข้าหมู่บ้าน";
    second.category = ItemCategory::Agencies;
    second.budgetRequested = 150000000;
    second.noteIds.clear();
    second.status = ItemStatus::Proposed;
    (void)plans.saveItem(second);
    PlanItem over = item;
    over.title = "เกินร้อย";
    over.progress = 120;
    CHECK_THROWS_AS(plans.saveItem(over), Error);
    CHECK_THROWS_AS(plans.saveItem(PlanItem{item}), Error); // the same title twice in a plan

    const std::vector<PlanItem> items = plans.items(plan.id);
    REQUIRE(items.size() == 2);
    CHECK(items[0].title == "กองทุนปุ๋ยอินทรีย์"); // plan order
    const PlanTotals totals = totalsOf(items);
    CHECK(totals.items == 2);
    CHECK(totals.byStatus[static_cast<int>(ItemStatus::InProgress)] == 1);
    CHECK(totals.budgetByCategory[static_cast<int>(ItemCategory::Agencies)] ==
          150500000); // own and requested
    CHECK(totals.budgetByCategory[static_cast<int>(ItemCategory::Partners)] == 3500000);

    plans.unlinkNote(saved.id, note.id);
    CHECK(plans.itemsOfNote(note.id).empty());
    plans.setProblems(plan.id, {{1, "หนี้นอกระบบ", {}}, {2, "  ", {}}, {3, "ขยะ", {}}});
    CHECK(plans.problems(plan.id).size() == 2);
    CHECK(plans.problems(plan.id)[1].rank == 2);

    Survey survey;
    survey.communityCode = kThaSala;
    survey.year = 2007;
    survey.households = 146;
    survey.income = 9800 * 100;
    survey.debtByCreditor = {{Creditor::Baac, 1000000}, {Creditor::Bank, 500}};
    survey.occupations = {{"ประมง", 80}, {"ทำสวน", 40}};
    (void)plans.saveSurvey(survey);
    survey.households = 150;
    (void)plans.saveSurvey(survey); // the same year again replaces it
    REQUIRE(plans.surveys(kThaSala).size() == 1);
    const Survey back = plans.surveys(kThaSala).at(0);
    CHECK(back.households == 150);
    REQUIRE(back.debtByCreditor.size() == 2);
    CHECK(back.debtByCreditor[0].first == Creditor::Bank); // creditors in their own order
    CHECK(back.occupations.at(1) == std::pair<std::string, std::int64_t>{"ทำสวน", 40});
    CHECK(plans.plansUnder("8008").size() == 1);
}

TEST_CASE("plan items from a CSV with Thai headers, the same file exports and imports back unchanged",
          "[plans][csv]")
{
    FreshNotebook nb;
    const std::string csv = "\xEF\xBB\xBF"
                            "ชุมชน,แผน,ช่วงแผน,โครงการ,รายละเอียด,ประเด็น,ประเภท,ผู้รับผิดชอบ,ภาคี,งบประมาณชุมชน,"
                            "งบประมาณที่ขอ,งบประมาณที่ได้รับ,ปีงบประมาณ,สถานะ,ความก้าวหน้า,แผนพัฒนา อบต.\r\n"
                            "800801 ท่าศาลา,แผนแม่บทชุมชนท่าศาลา,2550-2552,กองทุนปุ๋ยอินทรีย์,\"ผลิตปุ๋ยใช้เอง, "
                            "ลดต้นทุน\",เกษตรอินทรีย์,ทำร่วมกับภาคี,มาลี บุญมา,พอช.; "
                            "สสส.,\"5,000\",30000,0,2551,กำลังดำเนินการ,40%,ยุทธศาสตร์ที่ 2\r\n"
                            "800801,แผนแม่บทชุมชนท่าศาลา,2550-2552,ถนนเข้าหมู่บ้าน,,,ขอรับการสนับสนุน,อบต.ท่าศาลา,,,\"1,"
                            "500,000\",,2552,เสนอ,,\r\n"
                            ",,,,,,,,,,,,,,,\r\n";
    // อบต.ท่าศาลา is not registered: a new person of that name would be wrong; register it first.
    Organisation tao;
    tao.abbreviation = "อบต.ท่าศาลา";
    tao.nameTh = "องค์การบริหารส่วนตำบลท่าศาลา";
    tao.type = OrganisationType::LocalGovernment;
    (void)nb->organisations().add(tao);

    const PlanImport preview = importPlanCsv(*nb.notebook, csv, true);
    INFO(problemsOf(preview));
    REQUIRE(preview.ok());
    CHECK(preview.table == PlanTable::Items);
    CHECK(preview.rows == 2); // the empty line is left out
    CHECK(preview.added == 2);
    CHECK(preview.preview.at(0) == "line 2: add new plan \"แผนแม่บทชุมชนท่าศาลา\", item \"กองทุนปุ๋ยอินทรีย์\"");
    CHECK(rowsIn(*nb.notebook, "plans") == 0); // a dry run writes nothing

    REQUIRE(importPlanCsv(*nb.notebook, csv, false).ok());
    const auto plan = nb->plans().findPlan("800801", "แผนแม่บทชุมชนท่าศาลา");
    REQUIRE(plan);
    CHECK(plan->firstYear == 2007);
    CHECK(plan->lastYear == 2009);
    const auto items = nb->plans().items(plan->id);
    REQUIRE(items.size() == 2);
    CHECK(items[0].description == "ผลิตปุ๋ยใช้เอง, ลดต้นทุน");
    CHECK(items[0].category == ItemCategory::Partners);
    CHECK(items[0].budgetOwn == 500000);
    CHECK(items[0].fiscalYear == 2008);
    CHECK(items[0].progress == 40);
    CHECK(items[0].partnerIds.size() == 2);
    CHECK(nb->people().findByName("มาลี บุญมา").size() == 1); // a new name joins the register
    CHECK(items[1].responsibleOrganisationId.has_value());
    CHECK(items[1].budgetRequested == 150000000);

    for (const Language language : {Language::Thai, Language::English}) {
        const std::string exported = exportPlanCsv(*nb.notebook, "800801", PlanTable::Items, language);
        const PlanImport again = importPlanCsv(*nb.notebook, exported, false);
        INFO(problemsOf(again));
        REQUIRE(again.ok());
        CHECK(again.updated == 2);
        CHECK(again.added == 0);
        const auto after = nb->plans().items(plan->id);
        REQUIRE(after.size() == 2);
        for (std::size_t i = 0; i < after.size(); ++i) {
            CHECK(after[i].title == items[i].title);
            CHECK(after[i].description == items[i].description);
            CHECK(after[i].themeId == items[i].themeId);
            CHECK(after[i].category == items[i].category);
            CHECK(after[i].responsiblePersonId == items[i].responsiblePersonId);
            CHECK(after[i].responsibleOrganisationId == items[i].responsibleOrganisationId);
            CHECK(after[i].partnerIds == items[i].partnerIds);
            CHECK(after[i].budgetOwn == items[i].budgetOwn);
            CHECK(after[i].budgetRequested == items[i].budgetRequested);
            CHECK(after[i].fiscalYear == items[i].fiscalYear);
            CHECK(after[i].status == items[i].status);
            CHECK(after[i].progress == items[i].progress);
            CHECK(after[i].taoReference == items[i].taoReference);
        }
    }
    CHECK(rowsIn(*nb.notebook, "plans") == 1);
}

TEST_CASE("a broken CSV is refused with every line, column and reason, and nothing is written",
          "[plans][csv]")
{
    FreshNotebook nb;
    const std::string csv = "community,plan,title,budget_own,category,theme,progress,fiscal_year,colour\n"
                            "800801,แผน,ดี,1000,self,,10,2551,\n"
                            "999999,แผน,ไม่มีที่,12x,หรือ,ไม่มีประเด็นนี้,150,25,\n"
                            "8008,แผน,,,,,,,\n";
    const PlanImport result = importPlanCsv(*nb.notebook, csv, false);
    REQUIRE_FALSE(result.ok());
    const std::string text = problemsOf(result);
    CHECK_THAT(text, Catch::Contains("line 1 [colour] unknown column"));
    CHECK_THAT(text, Catch::Contains("line 3 [community] there is no place with code \"999999\""));
    CHECK_THAT(text, Catch::Contains("line 3 [budget_own] \"12x\" is not an amount in baht"));
    CHECK_THAT(text, Catch::Contains("line 3 [category] \"หรือ\" is not a category"));
    CHECK_THAT(text, Catch::Contains("line 3 [theme] there is no theme \"ไม่มีประเด็นนี้\""));
    CHECK_THAT(text, Catch::Contains("line 3 [progress] \"150\" is not a percentage"));
    CHECK_THAT(text, Catch::Contains("line 3 [fiscal_year] \"25\" is not a year"));
    CHECK_THAT(text, Catch::Contains("line 4 [community] ท่าศาลา (8008) is not a village or subdistrict"));
    CHECK_THAT(text, Catch::Contains("line 4 [title] the item's title is needed"));
    CHECK(rowsIn(*nb.notebook, "plans") == 0); // the good first line is not written either
    CHECK(rowsIn(*nb.notebook, "plan_items") == 0);

    CHECK_FALSE(importPlanCsv(*nb.notebook, "title,plan\n\"unterminated,x\n", false).ok());
    CHECK_FALSE(importPlanCsv(*nb.notebook, "", false).ok());
    CHECK_FALSE(importPlanCsv(*nb.notebook, "name,age\nก,1\n", false).ok());
    CHECK_FALSE(importPlanCsv(*nb.notebook, std::string("title\n\xff\xfe\n"), false).ok());
}

TEST_CASE("a plan's period in Thai digits or with an en dash is read, one cut short is refused, not thrown",
          "[plans][csv]")
{
    FreshNotebook nb;
    // The en dash's bytes also occur inside Thai digits (๓ is E0 B9 93): a split at any of its
    // bytes cut ๒๕๕๓ in the middle. "2566-" once threw std::out_of_range (found by fuzz_imports).
    const std::string csv = "community,plan,period,title\n"
                            "800801,แผนเลขไทย,๒๕๕๓-๒๕๕๕,ถนน\n"
                            "800802,แผนขีดยาว,2556–2558,ฝาย\n";
    REQUIRE(importPlanCsv(*nb.notebook, csv, false).ok());
    const auto thai = nb->plans().plans("800801").at(0);
    CHECK(thai.firstYear == 2010);
    CHECK(thai.lastYear == 2012);
    const auto enDash = nb->plans().plans("800802").at(0);
    CHECK(enDash.firstYear == 2013);
    CHECK(enDash.lastYear == 2015);

    const PlanImport cut =
        importPlanCsv(*nb.notebook, "community,plan,period,title\n800801,แผน,2566-,ถนน\n", false);
    REQUIRE_FALSE(cut.ok());
    CHECK_THAT(problemsOf(cut), Catch::Contains("line 2 [period] \"2566-\" is not a period of years"));
}

TEST_CASE("household surveys from CSV: debts by creditor, occupations, export imports back", "[plans][csv]")
{
    FreshNotebook nb;
    const std::string csv = "ชุมชน,ปี,ครัวเรือน,ประชากร,รายได้เฉลี่ย,รายจ่ายเฉลี่ย,หนี้สินเฉลี่ย,เงินออมเฉลี่ย,หนี้ "
                            "ธ.ก.ส.,หนี้กองทุนหมู่บ้าน,อาชีพหลัก,หมายเหตุ\n"
                            "800801,2550,146,512,\"9,800\",\"8,500\",\"186,000\",\"12,000\",\"2,000,000\","
                            "500000,ประมง 80; ทำสวน: 40,อาสาสมัครเก็บข้อมูล\n"
                            "800801,2551,150,520,10200,8700,175000,13500,,,ประมง 82,\n";
    const PlanImport result = importPlanCsv(*nb.notebook, csv, false);
    INFO(problemsOf(result));
    REQUIRE(result.ok());
    CHECK(result.table == PlanTable::Surveys);
    const auto surveys = nb->plans().surveys("800801");
    REQUIRE(surveys.size() == 2);
    CHECK(surveys[0].year == 2007);
    CHECK(surveys[0].income == 980000);
    CHECK(surveys[0].debtByCreditor == std::vector<std::pair<Creditor, Satang>>{
                                           {Creditor::Baac, 200000000}, {Creditor::VillageFund, 50000000}});
    CHECK(surveys[0].occupations ==
          std::vector<std::pair<std::string, std::int64_t>>{{"ประมง", 80}, {"ทำสวน", 40}});
    const std::string exported = exportPlanCsv(*nb.notebook, "800801", PlanTable::Surveys, Language::English);
    const PlanImport again = importPlanCsv(*nb.notebook, exported, false);
    INFO(problemsOf(again));
    REQUIRE(again.ok());
    CHECK(again.updated == 2);
    const auto after = nb->plans().surveys("800801");
    CHECK(after[0].occupations == surveys[0].occupations);
    CHECK(after[0].debtByCreditor == surveys[0].debtByCreditor);
    CHECK(after[1].households == 150);
    CHECK(after[0].notes == "อาสาสมัครเก็บข้อมูล");
}

TEST_CASE("a CSV saved by LibreOffice Calc with Thai headers imports cleanly", "[plans][csv]")
{
    FreshNotebook nb;
    const std::string csv = readFile(std::string(BANTHUEK_TEST_DATA) + "/plan-items-libreoffice-th.csv");
    REQUIRE_FALSE(csv.empty());
    const PlanImport result = importPlanCsv(*nb.notebook, csv, false);
    INFO(problemsOf(result));
    REQUIRE(result.ok());
    CHECK(result.rows == result.added);
    CHECK(result.rows >= 20);
    const auto plan = nb->plans().plans("800801");
    REQUIRE(plan.size() == 1);
    CHECK(nb->plans().items(plan[0].id).size() == static_cast<std::size_t>(result.rows));
}

TEST_CASE("plan items are found by words of their title or description, also parts of Thai words",
          "[plans][search]")
{
    FreshNotebook nb;
    const Plan thaSala =
        nb->plans().savePlan(Plan{{}, "800801", "แผนท่าศาลา", 2007, 2009, {}, {}, PlanStatus::Draft});
    const Plan khanom =
        nb->plans().savePlan(Plan{{}, "801501", "แผนขนอม", 2007, 2009, {}, {}, PlanStatus::Draft});
    PlanItem item;
    item.planId = thaSala.id;
    item.title = "กองทุนปุ๋ยอินทรีย์";
    item.description = "ผลิตปุ๋ยหมักใช้เอง ลดต้นทุน ๒๐ ครัวเรือน";
    (void)nb->plans().saveItem(item);
    item.planId = khanom.id;
    item.title = "ธนาคารปูม้า";
    item.description = "Crab bank";
    (void)nb->plans().saveItem(item);
    CHECK(nb->plans().search("ปุ๋ย").size() == 1);            // part of a word
    CHECK(nb->plans().search("ปุ๋ย 20 ครัวเรือน").size() == 1); // every word, Thai digits folded
    CHECK(nb->plans().search("ปุ๋ย ปูม้า").empty());
    CHECK(nb->plans().search("CRAB").at(0).title == "ธนาคารปูม้า"); // case folded
    CHECK(nb->plans().search("   ").empty());
    CHECK(nb->plans().search("ทุน").size() == 1);
}
