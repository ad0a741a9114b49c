// SPDX-License-Identifier: GPL-3.0-or-later
// Action items in the window: the view, marking done in place, and the next meeting of a series.
#include "core/demo/demonotebook.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/minutes/actionsdialog.h"
#include "ui/minutes/minutespanel.h"
#include "ui/notes/noteeditor.h"
#include "ui/sidebar/sidebarmodel.h"
#include "ui/widgets/entrytable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTableWidget>

#include <catch2/catch.hpp>

using banthuek::test::DemoFixture;
using banthuek::test::WindowFixture;
using namespace banthuek;

TEST_CASE("The action-item view lists open items by due date, marks overdue ones and marks done in place",
          "[ui][minutes]")
{
    DemoFixture f;
    f.window->showActions();
    auto* dialog = f.window->findChild<ui::ActionsDialog*>(QStringLiteral("actionsDialog"));
    REQUIRE(dialog != nullptr);
    QTableWidget* table = dialog->table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 2)->text() == QStringLiteral("มาลี บุญมา"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("สรุปข้อมูลครัวเรือนบ้านเกาะ"));
    const bool firstOverdue = core::today() > core::CivilDate{2026, 11, 15};
    CHECK(dialog->rows()[0].overdue == firstOverdue);

    // Her page says what she still has to do.
    const auto malee = f.notebook().people().findByName("มาลี บุญมา").at(0);
    core::NoteFilter page;
    page.personId = malee.id;
    f.window->showPage(page);
    CHECK(f.find<QLabel>("pageSummary")->text().contains(QStringLiteral("Open action items: 1")));
    CHECK(f.find<QLabel>("pageSummary")
              ->text()
              .contains(QStringLiteral("• สรุปข้อมูลครัวเรือนบ้านเกาะ"))); // and which

    // One owner's items.
    dialog->owner()->setCurrentIndex(dialog->owner()->findText(QStringLiteral("ชูชาติ ชูแก้ว")));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 3)->text() == QStringLiteral("ประสาน อบต.ปากพูน เรื่องแผนพัฒนาสามปี"));
    dialog->owner()->setCurrentIndex(0);

    // By the meeting's place (under a place: its district's) and theme.
    const auto choose = [](QComboBox* combo, const QString& data) {
        const int index = combo->findData(data);
        REQUIRE(index > 0);
        combo->setCurrentIndex(index);
    };
    choose(dialog->place(), QStringLiteral("8008"));
    CHECK(table->rowCount() == 2);
    choose(dialog->place(), QStringLiteral("800202")); // another note's subdistrict
    CHECK(table->rowCount() == 0);
    choose(dialog->place(), QStringLiteral("80")); // the province holds the meeting's districts
    CHECK(table->rowCount() == 2);
    const auto theme = [&](const char* name) {
        return QString::fromStdString(f.notebook().themes().findByName(name)->id);
    };
    choose(dialog->theme(), theme("ผู้สูงอายุ"));
    CHECK(table->rowCount() == 0);
    choose(dialog->theme(), theme("วงเรียนรู้"));
    CHECK(table->rowCount() == 2);
    dialog->place()->setCurrentIndex(0);
    dialog->theme()->setCurrentIndex(0);

    // Tick Done: the item is done today and leaves the open list.
    const std::string id = dialog->rows()[0].item.id;
    table->item(0, 0)->setCheckState(Qt::Checked);
    REQUIRE(QTest::qWaitFor([&] { return table->rowCount() == 1; }, 5000));
    const core::ActionItem done = f.notebook().actions().get(id);
    CHECK(done.status == core::ActionStatus::Done);
    CHECK(done.doneDate == core::today());
    dialog->status()->setCurrentIndex(dialog->status()->findData(QStringLiteral("done")));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->checkState() == Qt::Checked);

    // Double-click opens the meeting it came from.
    emit table->cellDoubleClicked(0, 3);
    CHECK(f.window->editor().noteId() == QString::fromStdString(f.meetingId()));

    // Trashing the meeting hides its items.
    dialog->status()->setCurrentIndex(dialog->status()->findData(QString()));
    REQUIRE(f.session->trashNote(QString::fromStdString(f.meetingId())));
    CHECK(table->rowCount() == 0);
    dialog->close();
}

TEST_CASE("Starting the next meeting of a series carries the open action items", "[ui][minutes]")
{
    DemoFixture f;
    const std::string previous = f.meetingId();
    f.window->openNote(QString::fromStdString(previous));
    f.window->startNextMeeting();
    const QString opened = f.window->editor().noteId();
    REQUIRE(opened != QString::fromStdString(previous));
    const core::Note next = f.notebook().notes().get(opened.toStdString());
    CHECK(next.content.kind == core::NoteKind::Minutes);
    CHECK(next.content.title == "วงคุณเอื้อ ประจำเดือน no. 11");
    const core::MinutesDetails details = f.notebook().minutes().details(next.id);
    CHECK(details.number == 11);
    CHECK(details.attendees.size() == 4);
    REQUIRE(details.agenda.size() == 1);
    CHECK(details.agenda[0].title == "Follow-up from the last meeting");
    CHECK(details.agenda[0].followUpActionIds.size() == 2);
    // The body lists the carried items, so the note-taker sees them at once.
    CHECK(next.content.body.find("สรุปข้อมูลครัวเรือนบ้านเกาะ") != std::string::npos);
}

namespace {

// Each key goes where the keyboard focus is when it is pressed, as on a real keyboard.
using banthuek::test::press;
using banthuek::test::typeIntoFocus;

} // namespace

TEST_CASE("A note-taker records a meeting from the keyboard: 15 attendees, 5 agenda items, 8 action items",
          "[ui][minutes]")
{
    WindowFixture f;
    const core::Organisation codi = f.notebook().organisations().find("พอช.").at(0);
    const QStringList given = {"สมชาย", "สมหญิง", "มาลี",  "ชูชาติ", "จำนง",  "วันดี",    "ประยูร", "สุดา",
                               "บุญมา",  "ทองใบ", "อารีย์", "เกษม", "ลำดวน", "สายสุนีย์", "ไพโรจน์"};
    QStringList names;
    for (qsizetype i = 0; i < given.size(); ++i) {
        names.append(given[i] + QStringLiteral(" ใจดี"));
    }
    for (qsizetype i = 0; i < 10; ++i) { // ten are in the register already, five are typed new
        core::Person person;
        person.name = names[i].toStdString();
        person.organisationId = codi.id;
        (void)f.setUp().people().add(person);
    }
    core::NoteDraft draft;
    draft.kind = core::NoteKind::Minutes;
    draft.title = "วงคุณเอื้อ ครั้งที่ 3";
    draft.eventDate = core::CivilDate{2026, 11, 20};
    const core::Note meeting = f.setUp().notes().create(draft);
    f.window->openNote(QString::fromStdString(meeting.id));
    f.window->activateWindow();
    QApplication::setActiveWindow(f.window.get());
    ui::NoteEditor& editor = f.window->editor();
    editor.showMeetingRecord();
    ui::MinutesPanel* panel = editor.minutesPanel();
    REQUIRE(panel->isVisible());

    panel->series()->setFocus();
    typeIntoFocus(QStringLiteral("วงคุณเอื้อ ประจำเดือน"));

    // Attendees: a name, Enter, the next name ... Enter on the empty row leaves the table.
    panel->attendees()->setFocus();
    for (const QString& name : names) {
        typeIntoFocus(name);
        press(Qt::Key_Return);
    }
    press(Qt::Key_Return);
    REQUIRE(panel->attendees()->rowCount() == 15);
    CHECK(panel->attendees()->text(0, 1) == QStringLiteral("พอช.")); // a known person's organisation fills in
    CHECK(QApplication::focusWidget() == panel->agenda());
    // The last one was absent: to that row's attendance, pick Absent, Tab to the reason.
    panel->attendees()->setFocus();
    press(Qt::Key_End, Qt::ControlModifier); // the last cell of the last row
    press(Qt::Key_Home);
    press(Qt::Key_Right);
    press(Qt::Key_Right);
    press(Qt::Key_F2);
    press(Qt::Key_Down);
    press(Qt::Key_Tab);
    typeIntoFocus(QStringLiteral("ติดภารกิจ"));
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    CHECK(panel->attendees()->rowCount() == 15);

    // Agenda: title, Tab, discussion, Tab, resolution, Enter.
    panel->agenda()->setFocus();
    for (int i = 1; i <= 5; ++i) {
        typeIntoFocus(QStringLiteral("วาระที่ %1").arg(i));
        press(Qt::Key_Tab);
        typeIntoFocus(QStringLiteral("ที่ประชุมหารือเรื่องที่ %1").arg(i));
        press(Qt::Key_Tab);
        typeIntoFocus(QStringLiteral("มติเห็นชอบข้อ %1").arg(i));
        press(Qt::Key_Return);
    }
    press(Qt::Key_Return);
    REQUIRE(panel->agenda()->rowCount() == 5);
    CHECK(QApplication::focusWidget() == panel->actions());

    // Action items: text, Tab, owner, Tab, due date in the Buddhist era, Enter.
    const QStringList owners = {names[0], names[1], QStringLiteral("พอช."), names[11], names[2], names[3],
                                names[4], names[5]};
    for (int i = 0; i < 8; ++i) {
        typeIntoFocus(QStringLiteral("งานที่ต้องทำ %1").arg(i + 1));
        press(Qt::Key_Tab);
        typeIntoFocus(owners[i]);
        press(Qt::Key_Tab);
        typeIntoFocus(QStringLiteral("2569-12-%1").arg(10 + i));
        press(Qt::Key_Return);
    }
    press(Qt::Key_Return);
    REQUIRE(panel->actions()->rowCount() == 8);
    REQUIRE(editor.saveNow());

    const core::MeetingRecord saved = f.notebook().minutes().record(meeting.id);
    CHECK(saved.details.seriesId.has_value());
    REQUIRE(saved.details.attendees.size() == 15);
    CHECK(saved.details.attendees[14].attendance == core::Attendance::Absent);
    CHECK(saved.details.attendees[14].reason == "ติดภารกิจ");
    CHECK(f.notebook().people().list().size() == 15); // the five new names joined the register
    REQUIRE(saved.details.agenda.size() == 5);
    CHECK(saved.details.agenda[4].resolution == "มติเห็นชอบข้อ 5");
    REQUIRE(saved.actions.size() == 8);
    CHECK(saved.actions[0].due == core::CivilDate{2026, 12, 10});
    CHECK(saved.actions[2].ownerOrganisationId == codi.id);
    CHECK(f.notebook().people().get(*saved.actions[3].ownerPersonId).name == names[11].toStdString());

    // The next meeting starts with the eight items carried forward, shown in its table.
    f.window->startNextMeeting();
    const std::string next = f.window->editor().noteId().toStdString();
    REQUIRE(next != meeting.id);
    const core::MeetingRecord carried = f.notebook().minutes().record(next);
    REQUIRE(carried.details.agenda.size() == 1);
    CHECK(carried.details.agenda[0].followUpActionIds.size() == 8);
    CHECK(carried.details.attendees.size() == 15); // the absent one is listed again, present by default
    editor.showMeetingRecord();
    CHECK(panel->actions()->rowCount() == 8);
    CHECK(panel->actions()->text(0, 6) == QStringLiteral("วงคุณเอื้อ ครั้งที่ 3"));

    // At the follow-up, the first item is reported done: its status, from the keyboard.
    const std::string firstId = saved.actions[0].id;
    panel->actions()->setFocus();
    panel->actions()->setCurrentCell(0, 3);
    press(Qt::Key_F2);
    press(Qt::Key_Down); // Open -> Done
    press(Qt::Key_Return);
    press(Qt::Key_Escape);
    REQUIRE(editor.saveNow());
    CHECK(f.notebook().actions().get(firstId).status == core::ActionStatus::Done);
    CHECK(f.notebook().actions().get(firstId).noteId == meeting.id); // still the meeting that decided it
    CHECK(f.notebook().minutes().record(next).actions.size() == 8);
}
