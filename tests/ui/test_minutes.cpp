// SPDX-License-Identifier: GPL-3.0-or-later
// Action items in the window: the view, marking done in place, and the next meeting of a series.
#include "core/demo/demonotebook.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/minutes/actionsdialog.h"
#include "ui/notes/noteeditor.h"
#include "ui/sidebar/sidebarmodel.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTableWidget>

using banthuek::test::WindowFixture;
using namespace banthuek;

namespace {

struct DemoFixture : WindowFixture {
    DemoFixture()
    {
        close();
        {
            auto notebook = core::Notebook::open(path);
            core::addDemoContent(*notebook);
        }
        open(false);
    }
    std::string meetingId()
    {
        core::NoteFilter minutes;
        minutes.kind = core::NoteKind::Minutes;
        return notebook().notes().list(minutes).at(0).id;
    }
};

} // namespace

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

    // One owner's items.
    dialog->owner()->setCurrentIndex(dialog->owner()->findText(QStringLiteral("ชูชาติ ชูแก้ว")));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 3)->text() == QStringLiteral("ประสาน อบต.ปากพูน เรื่องแผนพัฒนาสามปี"));
    dialog->owner()->setCurrentIndex(0);

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
