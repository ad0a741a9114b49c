// SPDX-License-Identifier: GPL-3.0-or-later
// The community plan page: items typed from the keyboard, totals and charts, stalled items,
// the household survey beside the year before, CSV import.
#include "core/storage/statement.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/overview/pagesummary.h"
#include "ui/plans/plancharts.h"
#include "ui/plans/plandialog.h"
#include "ui/plans/planlinkdialog.h"
#include "ui/preferences/preferences.h"
#include "ui/widgets/confirm.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/entrytable.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <fstream>

using banthuek::test::WindowFixture;
using namespace banthuek;

namespace {

using banthuek::test::keepScreenshot;
using banthuek::test::press;
using banthuek::test::typeIntoFocus;

ui::PlanDialog* openPlan(WindowFixture& f)
{
    f.window->showPlan();
    auto* dialog = f.window->findChild<ui::PlanDialog*>();
    REQUIRE(dialog);
    dialog->activateWindow();
    QApplication::setActiveWindow(dialog);
    return dialog;
}

} // namespace

TEST_CASE("A facilitator types a village's 20 plan items and its survey from the keyboard, totals and charts "
          "follow",
          "[ui][plans]")
{
    WindowFixture f;
    ui::PlanDialog* dialog = openPlan(f);
    dialog->setCommunity(QStringLiteral("800801"));
    REQUIRE(dialog->addPlan(QStringLiteral("แผนแม่บทชุมชนท่าศาลา"), 2007, 2009));
    ui::EntryTable* items = dialog->itemsTable();
    items->setFocus();
    for (int i = 0; i < 20; ++i) {
        typeIntoFocus(QStringLiteral("โครงการที่ %1").arg(i + 1));
        press(Qt::Key_Tab);
        if (i % 4 == 1) { // with partners: the next choice
            press(Qt::Key_F2);
            press(Qt::Key_Down);
        }
        press(Qt::Key_Tab);
        press(Qt::Key_Tab); // status stays Proposed
        typeIntoFocus(QString::number(i * 5));
        press(Qt::Key_Tab);
        typeIntoFocus(QStringLiteral("1,000"));
        press(Qt::Key_Tab);
        typeIntoFocus(QStringLiteral("๒๐๐๐๐")); // Thai digits
        press(Qt::Key_Return);
    }
    press(Qt::Key_Return);
    REQUIRE(items->rowCount() == 20);

    // The survey of 2550 (2007) from the paper form, in the era the window shows.
    const int shown2007 = dialog->surveyYear()->prefix().isEmpty() ? 2007 : 2550;
    dialog->surveyYear()->setValue(shown2007);
    dialog->surveyField(QStringLiteral("households"))->setText(QStringLiteral("146"));
    dialog->surveyField(QStringLiteral("income"))->setText(QStringLiteral("9,800"));
    dialog->surveyField(QStringLiteral("debt_baac"))->setText(QStringLiteral("2,000,000"));
    dialog->approvedOn()->setDate(core::CivilDate{2006, 11, 20}); // the forum that approved the plan
    REQUIRE(dialog->save());
    CHECK(f.notebook().plans().plan(dialog->planId().toStdString()).approvedOn ==
          core::CivilDate{2006, 11, 20});

    const auto saved = f.notebook().plans().items(dialog->planId().toStdString());
    REQUIRE(saved.size() == 20);
    CHECK(saved[0].title == "โครงการที่ 1");
    CHECK(saved[1].category == core::ItemCategory::Partners);
    CHECK(saved[2].category == core::ItemCategory::Self);
    CHECK(saved[19].progress == 95);
    CHECK(saved[19].budgetOwn == 100000);
    CHECK(saved[19].budgetRequested == 2000000);
    CHECK_THAT(dialog->totalsLabel()->text().toStdString(), Catch::Contains("20"));
    const QList<qreal> budget = dialog->charts()->budgetBars();
    REQUIRE(budget.size() == 3);
    CHECK(budget[1] == Approx(5 * 21000.0)); // five items with partners, 1,000 + 20,000 baht each
    CHECK(dialog->charts()->statusBars().at(0) == Approx(20.0));
    const auto survey = f.notebook().plans().survey("800801", 2007);
    REQUIRE(survey);
    CHECK(survey->households == 146);
    CHECK(survey->income == 980000);

    // The next year beside it: the year before and the change.
    dialog->surveyYear()->setValue(shown2007 + 1);
    dialog->surveyField(QStringLiteral("households"))->setText(QStringLiteral("150"));
    REQUIRE(dialog->save());
    CHECK_THAT(dialog->findChild<QLineEdit*>(QStringLiteral("survey_households"))->text().toStdString(),
               Catch::Equals("150"));
    bool found = false;
    for (QLabel* label : dialog->findChildren<QLabel*>()) {
        found = found || label->text() == QStringLiteral("%1: 146 (+4)").arg(shown2007);
    }
    CHECK(found);
    keepScreenshot(dialog, QStringLiteral("plan-dialog.png"));
}

TEST_CASE("The plan page refuses a cell it cannot save, keeping the typing, and marks stalled items",
          "[ui][plans]")
{
    WindowFixture f;
    ui::PlanDialog* dialog = openPlan(f);
    dialog->setCommunity(QStringLiteral("800801"));
    REQUIRE(dialog->addPlan(QStringLiteral("แผน"), 2007, 2009));
    ui::EntryTable* items = dialog->itemsTable();
    const int row = items->appendRow();
    items->setCell(row, 0, QStringLiteral("ธนาคารปูม้า"));
    items->setCell(row, 4, QStringLiteral("12x"));
    CHECK_FALSE(dialog->save());
    CHECK_THAT(dialog->messageLabel()->text().toStdString(),
               Catch::Contains("Row 1") && Catch::Contains("12x"));
    CHECK(items->text(row, 4) == QStringLiteral("12x")); // nothing typed is lost
    CHECK(f.notebook().plans().items(dialog->planId().toStdString()).empty());
    // Closing with a cell that cannot be saved asks first; No keeps the dialog and the typing.
    dialog->show();
    ui::setAutomaticConfirmAnswer(false);
    dialog->reject();
    CHECK(dialog->isVisible());
    ui::setAutomaticConfirmAnswer(std::nullopt);

    items->setCell(row, 4, QStringLiteral("2,000"));
    items->setCell(row, 2, QStringLiteral("In progress"), QStringLiteral("in_progress"));
    REQUIRE(dialog->save());
    // Nothing changed for 100 days: stalled, at a glance.
    f.notebook().database().exec("UPDATE plan_items SET updated_ms = updated_ms - 100 * 86400000");
    dialog->setCommunity(QStringLiteral("800801"));
    CHECK_THAT(dialog->totalsLabel()->text().toStdString(),
               Catch::Contains("Stalled") && Catch::Contains(": 1"));
    CHECK(items->item(0, 0)->background().color() != QColor(Qt::white));
    // Saving again without a change keeps it stalled: unchanged items are not rewritten.
    REQUIRE(dialog->save());
    CHECK_THAT(dialog->totalsLabel()->text().toStdString(), Catch::Contains("Stalled"));

    // What was typed and not yet saved is saved when the dialog closes.
    const int added = items->appendRow();
    items->setCell(added, 0, QStringLiteral("ถนนเข้าหมู่บ้าน"));
    emit items->edited();
    dialog->reject();
    CHECK(f.notebook().plans().items(dialog->planId().toStdString()).size() == 2);
}

TEST_CASE("Import CSV on the plan page shows what it will add, then adds it, a broken file is refused",
          "[ui][plans]")
{
    WindowFixture f;
    ui::PlanDialog* dialog = openPlan(f);
    dialog->setCommunity(QStringLiteral("800801"));
    QString asked;
    const QString csv = QStringLiteral(BANTHUEK_TEST_DATA) + QStringLiteral("/plan-items-libreoffice-th.csv");
    CHECK_FALSE(dialog->importCsv(csv, [&](const QString& question) {
        asked = question;
        return false; // the user says no
    }));
    CHECK(asked.contains(QStringLiteral("Add 20")));
    CHECK(f.notebook().plans().plans("800801").empty());
    REQUIRE(dialog->importCsv(csv, [](const QString&) { return true; }));
    CHECK(dialog->itemsTable()->rowCount() == 20);
    CHECK_FALSE(dialog->planId().isEmpty());

    const std::string broken = f.dir.file("broken.csv");
    {
        std::ofstream out(broken);
        out << "community,plan,title,progress\n800801,แผน,งาน,สิบ\n";
    }
    CHECK_FALSE(dialog->importCsv(QString::fromStdString(broken), [](const QString&) { return true; }));
    CHECK_THAT(dialog->messageLabel()->text().toStdString(),
               Catch::Contains("line 2") && Catch::Contains("progress"));
    CHECK(f.notebook().plans().plans("800801").size() == 1);
}

TEST_CASE("A field note is linked to plan items from the note, the plan page lists and opens it",
          "[ui][plans]")
{
    WindowFixture f;
    core::Notebook& nb = f.setUp();
    const core::Plan plan = nb.plans().savePlan(
        core::Plan{{}, "800801", "แผนท่าศาลา", 2007, 2009, {}, {}, core::PlanStatus::Approved});
    core::PlanItem fund;
    fund.planId = plan.id;
    fund.title = "กองทุนปุ๋ย";
    fund = nb.plans().saveItem(fund);
    core::PlanItem road = fund;
    road.id.clear();
    road.title = "ถนน";
    road = nb.plans().saveItem(road);
    core::NoteDraft draft;
    draft.title = "ติดตามกองทุนปุ๋ย";
    draft.placeCodes = {"800801"};
    const core::Note note = nb.notes().create(draft);
    f.window->openNote(QString::fromStdString(note.id));

    f.window->linkPlanItems();
    auto* link = f.window->findChild<ui::PlanLinkDialog*>();
    REQUIRE(link);
    CHECK(link->itemCount() == 2);
    QTreeWidgetItem* first = link->tree()->topLevelItem(0)->child(0);
    REQUIRE(first->text(0) == QStringLiteral("กองทุนปุ๋ย"));
    first->setCheckState(0, Qt::Checked);
    REQUIRE(link->save());
    CHECK(nb.plans().itemsOfNote(note.id).size() == 1);
    CHECK(nb.plans().itemsOfNote(note.id).at(0).id == fund.id);
    delete link;

    ui::PlanDialog* dialog = openPlan(f);
    dialog->setCommunity(QStringLiteral("800801"));
    const auto notes = dialog->notesOf(0);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].first == QString::fromStdString(note.id));
    CHECK(dialog->itemsTable()->text(0, 12) == QStringLiteral("1 note(s)"));
    CHECK(dialog->notesOf(1).isEmpty());

    // The district's page rolls up its communities' plans.
    core::NoteFilter district;
    district.placeCode = "8008";
    const QString page = ui::PageSummary::forFilter(*f.session, ui::Preferences{}, district);
    CHECK(page.contains(QStringLiteral("Master plans: 1 plan(s), 2 item(s) (Proposed 2)")));

    // Found from any community: the plan page opens there with the item's row chosen.
    dialog->setCommunity(QStringLiteral("801501"));
    const auto found = dialog->findItems(QStringLiteral("ถน"));
    REQUIRE(found.size() == 1);
    REQUIRE(dialog->showItem(QString::fromStdString(found[0].id)));
    CHECK(dialog->community() == QStringLiteral("800801"));
    CHECK(dialog->itemsTable()->currentRow() == 1);
}
