// SPDX-License-Identifier: GPL-3.0-or-later
// Links between notes in the editor ([[ type-ahead, Ctrl+click, backlinks) and tagging people
// and organisations.
#include "core/notes/notelinks.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/notes/bodyeditor.h"
#include "ui/notes/noteeditor.h"
#include "ui/notes/notelistpane.h"
#include "ui/overview/linkspanel.h"
#include "ui/overview/staleplacesdialog.h"
#include "ui/people/registerdialog.h"
#include "ui/sidebar/sidebarmodel.h"
#include "ui/widgets/chipsfield.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextEdit>
#include <QTreeView>

#include <catch2/catch.hpp>

using banthuek::test::typeText;
using banthuek::test::WindowFixture;
using namespace banthuek;

namespace {

core::Note addNote(WindowFixture& f, const std::string& title, const std::string& body = {})
{
    core::NoteDraft draft;
    draft.title = title;
    draft.body = body;
    draft.eventDate = core::CivilDate{2025, 1, 10};
    const auto note = f.session->createNote(draft);
    REQUIRE(note);
    return *note;
}

QStringList texts(const QListWidget* list)
{
    QStringList out;
    for (int row = 0; row < list->count(); ++row) {
        out << list->item(row)->text();
    }
    return out;
}

} // namespace

TEST_CASE("Typing double brackets offers notes by Thai title, Enter links the chosen one by id",
          "[ui][links]")
{
    WindowFixture f;
    const core::Note target = addNote(f, "แผนแม่บทชุมชนท่าศาลา");
    (void)addNote(f, "วงเรียนรู้กลุ่มออมทรัพย์");
    const core::Note source = addNote(f, "เวทีประชาคมหมู่ 3");
    f.window->openNote(QString::fromStdString(source.id));
    REQUIRE(f.window->editor().noteId() == QString::fromStdString(source.id));

    QTextEdit* body = f.window->editor().body()->textEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    typeText(body, QStringLiteral("ต่อจาก [[แผนแม่"));
    auto* completer = f.window->editor().body()->linkCompleter();
    REQUIRE(completer != nullptr);
    REQUIRE(completer->offering());
    REQUIRE(completer->completionModel()->rowCount() == 1);
    CHECK(completer->completionModel()->index(0, 0).data().toString().startsWith(
        QStringLiteral("แผนแม่บทชุมชนท่าศาลา")));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    CHECK_FALSE(completer->offering());
    CHECK(body->toPlainText() == QStringLiteral("ต่อจาก แผนแม่บทชุมชนท่าศาลา"));
    typeText(body, QStringLiteral(" แล้ว")); // typing on is plain text, not more link
    REQUIRE(f.window->editor().saveNow());
    const std::string stored = f.notebook().notes().get(source.id).content.body;
    CHECK(stored == "ต่อจาก [แผนแม่บทชุมชนท่าศาลา](banthuek:note/" + target.id + ") แล้ว\n");

    // A record number finds the note too; Escape closes the offer and leaves the text.
    typeText(body, QStringLiteral(" [[") + QString::number(target.record));
    REQUIRE(completer->offering());
    CHECK(completer->completionModel()->index(0, 0).data().toString().contains(QStringLiteral("แผนแม่บท")));
    QTest::keyClick(completer->popup(), Qt::Key_Escape);
    CHECK_FALSE(completer->offering());
    CHECK(body->toPlainText().endsWith(QStringLiteral("[[") + QString::number(target.record)));
}

TEST_CASE("Backlinks follow renames, a link shows the current title, Ctrl+click follows it", "[ui][links]")
{
    WindowFixture f;
    const core::Note target = addNote(f, "แผนแม่บทชุมชน");
    const core::Note source =
        addNote(f, "บันทึกเวที", "ดู [แผนแม่บทชุมชน](" + core::noteLinkTarget(target.id) + ") ด้วย");
    f.window->openNote(QString::fromStdString(target.id));
    ui::LinksPanel& links = f.window->linksPanel();
    REQUIRE(texts(links.backlinks()) == QStringList{QStringLiteral("บันทึกเวที (no. %1)").arg(source.record)});
    auto* tabs = f.find<QTabWidget>("besideTabs");
    CHECK(tabs->tabText(1) == QStringLiteral("Linked from (1)"));

    // Rename the linking note in the editor: the backlink shows the new name.
    f.window->openNote(QString::fromStdString(source.id));
    auto* title = f.find<QLineEdit>("titleEdit");
    title->selectAll();
    typeText(title, QStringLiteral("บันทึกเวทีประชาคม"));
    REQUIRE(f.window->editor().saveNow());
    // Rename the target: the source's link shows the new title without the source changing.
    f.window->openNote(QString::fromStdString(target.id));
    CHECK(texts(links.backlinks()) ==
          QStringList{QStringLiteral("บันทึกเวทีประชาคม (no. %1)").arg(source.record)});
    title->selectAll();
    typeText(title, QStringLiteral("แผนแม่บทตำบล"));
    REQUIRE(f.window->editor().saveNow());
    f.window->openNote(QString::fromStdString(source.id));
    QTextEdit* body = f.window->editor().body()->textEdit();
    CHECK(body->toPlainText() == QStringLiteral("ดู แผนแม่บทตำบล ด้วย"));
    CHECK(texts(links.outgoing()) == QStringList{QStringLiteral("แผนแม่บทตำบล (no. %1)").arg(target.record)});
    const std::string storedBefore = f.notebook().notes().get(source.id).content.body;
    CHECK(storedBefore.find(target.id) != std::string::npos);

    // Ctrl+click on the link opens the target.
    QTextCursor onLink(body->document());
    onLink.setPosition(5);
    const QPoint at = body->cursorRect(onLink).center();
    QTest::mouseClick(body->viewport(), Qt::LeftButton, Qt::ControlModifier, at);
    CHECK(f.window->editor().noteId() == QString::fromStdString(target.id));

    // Delete the target for good: the link is shown broken, not dropped.
    REQUIRE(f.session->trashNote(QString::fromStdString(target.id)));
    f.window->openNote(QString::fromStdString(source.id));
    CHECK(texts(links.outgoing()).first().contains(QStringLiteral("Trash")));
    REQUIRE(f.session->emptyTrash());
    f.window->openNote(QString::fromStdString(source.id));
    CHECK(texts(links.outgoing()) == QStringList{QStringLiteral("Broken link: the note was deleted")});
    CHECK(f.notebook().notes().get(source.id).content.body == storedBefore);
    // The body keeps the link's text as last saved, marked in red.
    CHECK(body->toPlainText() == QStringLiteral("ดู แผนแม่บทชุมชน ด้วย"));
    QTextCursor broken(body->document());
    broken.setPosition(5);
    CHECK(broken.charFormat().foreground().color() == QColor(0xb0, 0x2a, 0x37));
    CHECK(broken.charFormat().isAnchor());
}

TEST_CASE("People and organisations are tagged from the note, new names join the register", "[ui][people]")
{
    WindowFixture f;
    const core::Note note = addNote(f, "เวทีแผนแม่บท");
    f.window->openNote(QString::fromStdString(note.id));
    ui::ChipsField* people = f.window->editor().peopleField();
    typeText(people->input(), QStringLiteral("พอช"));
    QTest::keyClick(people->input(), Qt::Key_Return);
    typeText(people->input(), QStringLiteral("ลุงสมบูรณ์ แก้วดี"));
    QTest::keyClick(people->input(), Qt::Key_Return);
    REQUIRE(people->keys().size() == 2);
    // Dots alone name nobody: no one is tagged, no one is added.
    typeText(people->input(), QStringLiteral("..."));
    QTest::keyClick(people->input(), Qt::Key_Return);
    CHECK(people->keys().size() == 2);
    REQUIRE(f.window->editor().saveNow());
    const core::Note saved = f.notebook().notes().get(note.id);
    REQUIRE(saved.content.organisationIds.size() == 1);
    CHECK(f.notebook().organisations().get(saved.content.organisationIds[0]).abbreviation == "พอช.");
    REQUIRE(saved.content.personIds.size() == 1);
    CHECK(f.notebook().people().get(saved.content.personIds[0]).name == "ลุงสมบูรณ์ แก้วดี");
}

TEST_CASE(
    "The register merges duplicates without losing tags, people have pages, places list who works there",
    "[ui][people]")
{
    WindowFixture f;
    core::Person somsri;
    somsri.name = "สมศรี ใจดี";
    somsri.role = core::KmRole::KhunAmnuay;
    somsri.organisationId = f.notebook().organisations().find("พอช.")[0].id;
    const core::Person kept = f.setUp().people().add(somsri);
    const core::Person duplicate = f.setUp().people().add("สมศรี  ใจดี", core::KmRole::Other);
    core::NoteDraft draft;
    draft.title = "เวทีหมู่ 1";
    draft.placeCodes = {"800801"};
    draft.eventDate = core::CivilDate{2025, 2, 1};
    draft.personIds = {kept.id};
    const auto first = f.session->createNote(draft);
    draft.title = "เวทีหมู่ 2";
    draft.personIds = {duplicate.id};
    const auto second = f.session->createNote(draft);
    REQUIRE(first.has_value());
    REQUIRE(second.has_value());

    f.window->showRegister();
    auto* dialog = f.window->findChild<ui::RegisterDialog*>(QStringLiteral("registerDialog"));
    REQUIRE(dialog != nullptr);
    QTableWidget* people = dialog->people();
    REQUIRE(people->rowCount() == 2);
    // The filter narrows by any column, Thai-aware; both rows match "สมศรี".
    typeText(dialog->filterEdit(), QStringLiteral("คุณอำนวย"));
    CHECK_FALSE((people->isRowHidden(0) && people->isRowHidden(1)));
    CHECK(people->isRowHidden(0) != people->isRowHidden(1));
    dialog->filterEdit()->clear();
    people->selectAll();
    const int keptRow = people->item(0, 0)->text() == QStringLiteral("สมศรี ใจดี") ? 0 : 1;
    REQUIRE(dialog->mergeSelected(keptRow));
    CHECK(people->rowCount() == 1);
    CHECK(f.notebook().notes().get(second->id).content.personIds == std::vector<std::string>{kept.id});
    CHECK(f.notebook().notes().get(first->id).content.personIds == std::vector<std::string>{kept.id});

    // The sidebar lists her with both notes; her page says who she is and where she works.
    const QString keptId = QString::fromStdString(kept.id);
    auto entryText = [&] {
        return f.window->sidebarModel().indexFor(ui::SidebarModel::Entry::Person, keptId).data().toString();
    };
    // The counts refresh after a pause.
    REQUIRE(QTest::qWaitFor([&] { return entryText() == QStringLiteral("สมศรี ใจดี (2)"); }, 10000));
    const QModelIndex entry = f.window->sidebarModel().indexFor(ui::SidebarModel::Entry::Person, keptId);
    f.window->sidebar().setCurrentIndex(entry);
    const QString summary = f.find<QLabel>("pageSummary")->text();
    CHECK(summary.contains(QStringLiteral("คุณอำนวย")));
    CHECK(summary.contains(QStringLiteral("พอช.")));
    CHECK(summary.contains(QStringLiteral("2 field notes")));
    CHECK(summary.contains(QStringLiteral("ท่าศาลา 2")));
    CHECK(f.window->listPane().view()->model()->rowCount() == 2);

    // The place's page lists her among the people active there, and its themes.
    f.window->sidebar().setCurrentIndex(
        f.window->sidebarModel().indexFor(ui::SidebarModel::Entry::Place, QStringLiteral("800801")));
    CHECK(f.find<QLabel>("pageSummary")->text().contains(QStringLiteral("สมศรี ใจดี 2")));
    dialog->close();
}

TEST_CASE("Places not visited lately lists stale subdistricts, double-click opens the place's page",
          "[ui][overview]")
{
    WindowFixture f;
    core::NoteDraft draft;
    draft.title = "ลงพื้นที่นานแล้ว";
    draft.placeCodes = {"800801"};
    draft.eventDate = core::addDays(core::today(), -90);
    REQUIRE(f.session->createNote(draft));
    draft.title = "ลงพื้นที่เมื่อวาน";
    draft.placeCodes = {"800802"};
    draft.eventDate = core::addDays(core::today(), -1);
    REQUIRE(f.session->createNote(draft));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return f.window->sidebarModel()
                .indexFor(ui::SidebarModel::Entry::Place, QStringLiteral("800801"))
                .isValid();
        },
        10000)); // the sidebar's counts follow after a pause

    f.window->showStalePlaces();
    auto* dialog = f.window->findChild<ui::StalePlacesDialog*>(QStringLiteral("stalePlacesDialog"));
    REQUIRE(dialog != nullptr);
    QTableWidget* table = dialog->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 2)->text() == QStringLiteral("ท่าศาลา"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("90"));
    dialog->days()->setValue(1); // yesterday's visit is now a day old too
    CHECK(table->rowCount() == 2);
    dialog->days()->setValue(200);
    CHECK(table->rowCount() == 0);
    dialog->days()->setValue(60);
    emit table->cellDoubleClicked(0, 0);
    CHECK(f.find<QLabel>("pageSummary")->text().contains(QStringLiteral("<b>ท่าศาลา</b>")));
    dialog->close();
}
