// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven like a facilitator drives it: keys and clicks on the real widgets.
#include "core/demo/demonotebook.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/notes/noteeditor.h"
#include "ui/notes/notelistmodel.h"
#include "ui/notes/notelistpane.h"
#include "ui/sidebar/sidebarmodel.h"
#include "ui/widgets/confirm.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using banthuek::test::WindowFixture;
using namespace banthuek;

namespace {

core::Note currentNote(WindowFixture& f)
{
    return f.notebook().notes().get(f.window->editor().noteId().toStdString());
}

void typeInto(QWidget* widget, const QString& text)
{
    REQUIRE(widget);
    widget->setFocus();
    banthuek::test::typeText(widget, text);
}

QLineEdit* chipInput(WindowFixture& f, const char* field)
{
    auto* box = f.find<QWidget>(field);
    REQUIRE(box);
    auto* input = box->findChild<QLineEdit*>();
    REQUIRE(input);
    return input;
}

} // namespace

TEST_CASE("A facilitator writes a Thai field note with a place, a theme and a comment, and finds it again",
          "[ui]")
{
    WindowFixture f;
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    const QString firstId = f.window->editor().noteId();
    REQUIRE_FALSE(firstId.isEmpty());

    auto* title = f.find<QLineEdit>("titleEdit");
    title->selectAll();
    typeInto(title, QStringLiteral("ลงพื้นที่ปากพูน ธนาคารปูม้า"));
    typeInto(f.find<QTextEdit>("bodyEdit"), QStringLiteral("ชาวประมงพื้นบ้านรวมกลุ่มกันดูแลทะเล"));

    // Pick the subdistrict by typing part of its name, then Enter takes the first suggestion.
    QLineEdit* place = chipInput(f, "placesField");
    typeInto(place, QStringLiteral("ปากพู"));
    QTest::keyClick(place, Qt::Key_Return);
    QLineEdit* theme = chipInput(f, "themesField");
    typeInto(theme, QStringLiteral("ประมงพื้น"));
    QTest::keyClick(theme, Qt::Key_Return);
    typeInto(theme, QStringLiteral("ธนาคารปูม้า"));
    QTest::keyClick(theme, Qt::Key_Return); // a new theme, created inline

    typeInto(f.find<QLineEdit>("commentAuthor"), QStringLiteral("มาลี"));
    typeInto(f.find<QPlainTextEdit>("commentText"), QStringLiteral("ขอบคุณที่บันทึกไว้ค่ะ"));
    CHECK(f.find<QPlainTextEdit>("commentText")->toPlainText() == QStringLiteral("ขอบคุณที่บันทึกไว้ค่ะ"));
    f.find<QPushButton>("addCommentButton")->click();

    CHECK(f.notebook().comments().forNote(firstId.toStdString()).size() == 1);

    // Switching to a new note saves the first one.
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    CHECK(f.window->editor().noteId() != firstId);

    f.reopen();
    const core::Note saved = f.notebook().notes().get(firstId.toStdString());
    CHECK(saved.content.title == "ลงพื้นที่ปากพูน ธนาคารปูม้า");
    CHECK(saved.content.body.find("ชาวประมงพื้นบ้านรวมกลุ่มกันดูแลทะเล") != std::string::npos);
    CHECK(saved.content.placeCodes == std::vector<std::string>{"800120"});
    REQUIRE(saved.content.themeIds.size() == 2);
    CHECK(f.notebook().themes().findByName("ธนาคารปูม้า").has_value());
    const auto comments = f.notebook().comments().forNote(firstId.toStdString());
    REQUIRE(comments.size() == 1);
    CHECK(comments[0].author == "มาลี");
    CHECK(comments[0].body == "ขอบคุณที่บันทึกไว้ค่ะ");
    CHECK(f.notebook().notes().count() == 2);
}

TEST_CASE("Typing is saved automatically within two seconds, and the window says so", "[ui][autosave]")
{
    WindowFixture f;
    f.window->newNote(core::NoteKind::FieldNote);
    auto* title = f.find<QLineEdit>("titleEdit");
    title->selectAll();
    typeInto(title, QStringLiteral("บันทึกอัตโนมัติ"));
    CHECK(f.window->editor().saveState() == ui::NoteEditor::SaveState::Unsaved);
    CHECK(currentNote(f).content.title != "บันทึกอัตโนมัติ");
    QTest::qWait(2000);
    CHECK(f.window->editor().saveState() == ui::NoteEditor::SaveState::Saved);
    CHECK(currentNote(f).content.title == "บันทึกอัตโนมัติ");
    CHECK(f.find<QLabel>("saveState")->text() == QStringLiteral("All changes saved"));
    // Undo in the editor still works after an autosave: the save did not reload the text.
    auto* body = f.find<QTextEdit>("bodyEdit");
    typeInto(body, QStringLiteral("abc"));
    QTest::qWait(1800);
    body->undo();
    CHECK(body->toPlainText().isEmpty());
}

TEST_CASE("A save repaints the note's row, only a change that can move the note reloads the list",
          "[ui][autosave]")
{
    WindowFixture f;
    for (const QString& title : {QStringLiteral("บันทึกแรก"), QStringLiteral("บันทึกที่สอง")}) {
        f.window->newNote(core::NoteKind::FieldNote);
        auto* titleEdit = f.find<QLineEdit>("titleEdit");
        titleEdit->selectAll();
        typeInto(titleEdit, title);
        REQUIRE(f.window->editor().saveNow());
    }
    QAbstractItemModel* list = f.window->listPane().view()->model();
    REQUIRE(list->rowCount() == 2);
    const QString id = f.window->editor().noteId();
    QSignalSpy resets(list, &QAbstractItemModel::modelReset);
    QSignalSpy repaints(list, &QAbstractItemModel::dataChanged);

    typeInto(f.find<QTextEdit>("bodyEdit"), QStringLiteral("ชาวบ้านรวมกลุ่มออมทรัพย์"));
    REQUIRE(f.window->editor().saveNow());
    CHECK(resets.count() == 0);
    CHECK(repaints.count() >= 1);
    const int row = f.window->listPane().view()->currentIndex().row();
    REQUIRE(row >= 0);
    CHECK(list->index(row, ui::NoteListModel::FirstLine).data().toString() ==
          QStringLiteral("ชาวบ้านรวมกลุ่มออมทรัพย์"));
    CHECK(list->index(row, ui::NoteListModel::Title).data().toString() == QStringLiteral("บันทึกที่สอง"));

    // A new place may take the note out of a filtered list: the list is read again.
    core::NoteDraft tagged = f.notebook().notes().get(id.toStdString()).content;
    tagged.placeCodes = {"800801"};
    REQUIRE(f.session->saveNote(id, tagged));
    CHECK(resets.count() == 1);
    CHECK(f.window->listPane().currentNoteId() == id);
}

TEST_CASE("Quitting saves the note being typed", "[ui][autosave]")
{
    WindowFixture f;
    f.window->newNote(core::NoteKind::FieldNote);
    const std::string id = f.window->editor().noteId().toStdString();
    typeInto(f.find<QTextEdit>("bodyEdit"), QStringLiteral("พิมพ์แล้วปิดทันที"));
    f.reopen();
    CHECK(f.notebook().notes().get(id).content.body.find("พิมพ์แล้วปิดทันที") != std::string::npos);
}

TEST_CASE("Delete moves a note to the Trash, Undo and Restore bring it back, Empty Trash asks first",
          "[ui][trash]")
{
    WindowFixture f;
    f.window->newNote(core::NoteKind::FieldNote);
    const std::string id = f.window->editor().noteId().toStdString();
    f.window->listPane().view()->setFocus();
    QTest::keyClick(f.window->listPane().view(), Qt::Key_Delete);
    CHECK(f.notebook().notes().get(id).trashedMs.has_value());
    CHECK(f.window->listPane().view()->model()->rowCount() == 0);

    f.window->undoStack().undo();
    CHECK_FALSE(f.notebook().notes().get(id).trashedMs.has_value());
    CHECK(f.window->listPane().view()->model()->rowCount() == 1);

    f.window->undoStack().redo();
    auto& sidebar = f.window->sidebarModel();
    f.window->sidebar().setCurrentIndex(sidebar.indexFor(ui::SidebarModel::Entry::Trash));
    REQUIRE(f.window->listPane().view()->model()->rowCount() == 1);
    f.window->listPane().selectRow(0);
    CHECK(f.find<QLabel>("trashBanner")->isVisible());
    f.window->restoreCurrent();
    CHECK_FALSE(f.notebook().notes().get(id).trashedMs.has_value());

    f.window->sidebar().setCurrentIndex(sidebar.indexFor(ui::SidebarModel::Entry::All));
    f.window->listPane().selectRow(0);
    f.window->trashCurrent();
    REQUIRE(f.notebook().notes().get(id).trashedMs.has_value());
    ui::setAutomaticConfirmAnswer(false);
    f.window->emptyTrash();
    CHECK_NOTHROW(f.notebook().notes().get(id));
    ui::setAutomaticConfirmAnswer(true);
    f.window->emptyTrash();
    ui::setAutomaticConfirmAnswer(std::nullopt);
    CHECK_THROWS(f.notebook().notes().get(id));
}

TEST_CASE("Comments are edited in place and deleted after confirmation", "[ui][comments]")
{
    WindowFixture f;
    f.window->newNote(core::NoteKind::FieldNote);
    const QString id = f.window->editor().noteId();
    REQUIRE(f.session->addComment(id, QStringLiteral("ชูชาติ"), QStringLiteral("ความเห็นแรก")));
    QApplication::processEvents();
    auto bodies = f.window->findChildren<QLabel*>(QStringLiteral("commentBody"));
    REQUIRE(bodies.size() == 1);
    CHECK(bodies[0]->text() == QStringLiteral("ความเห็นแรก"));
    ui::setAutomaticConfirmAnswer(true);
    auto* remove = f.window->findChild<QToolButton*>(QStringLiteral("deleteCommentButton"));
    REQUIRE(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    ui::setAutomaticConfirmAnswer(std::nullopt);
    CHECK(f.notebook().comments().forNote(id.toStdString()).empty());
}

TEST_CASE("The sidebar filters the list by place and theme and says where we are", "[ui][sidebar]")
{
    WindowFixture f;
    f.close();
    {
        auto notebook = core::Notebook::open(f.path);
        core::addDemoContent(*notebook);
        core::NoteDraft ahead; // a visit written up before it happens
        ahead.title = QStringLiteral("นัดเยี่ยมบ้านแม่เหียะ").toStdString();
        ahead.eventDate = core::addDays(core::today(), 10);
        ahead.placeCodes = {"500101"};
        ahead.published = true;
        (void)notebook->notes().create(ahead);
    }
    f.open(false);
    auto& sidebar = f.window->sidebarModel();
    f.window->sidebar().setCurrentIndex(
        sidebar.indexFor(ui::SidebarModel::Entry::Place, QStringLiteral("500101")));
    CHECK(f.find<QLabel>("pageSummary")->text().contains(QStringLiteral("(in 10 days)")));
    const QModelIndex province = sidebar.indexFor(ui::SidebarModel::Entry::Place, QStringLiteral("80"));
    REQUIRE(province.isValid());
    CHECK(province.data().toString().startsWith(QStringLiteral("นครศรีธรรมราช (")));
    const QModelIndex khanom = sidebar.indexFor(ui::SidebarModel::Entry::Place, QStringLiteral("801501"));
    REQUIRE(khanom.isValid());
    f.window->sidebar().setCurrentIndex(khanom);
    CHECK(f.window->listPane().view()->model()->rowCount() == 1);
    CHECK(f.find<QLabel>("breadcrumb")->text() == QStringLiteral("Places › นครศรีธรรมราช › ขนอม › ขนอม"));
    CHECK(f.window->windowTitle().startsWith(QStringLiteral("Places › นครศรีธรรมราช › ขนอม › ขนอม — ui")));
    // The place's page: what it is and what was written there.
    auto* summary = f.find<QLabel>("pageSummary");
    REQUIRE(summary);
    CHECK(summary->isVisible());
    CHECK(summary->text().contains(QStringLiteral("<b>ขนอม</b> Khanom")));
    CHECK(summary->text().contains(QStringLiteral("code 801501")));
    CHECK(summary->text().contains(QStringLiteral("province นครศรีธรรมราช")));
    CHECK(summary->text().contains(QStringLiteral("1 field notes")));
    CHECK(summary->text().contains(QStringLiteral("last field note")));
    const auto knowledge = f.notebook().themes().findByName("การจัดการความรู้");
    const QModelIndex theme =
        sidebar.indexFor(ui::SidebarModel::Entry::Theme, QString::fromStdString(knowledge->id));
    f.window->sidebar().setCurrentIndex(theme);
    core::NoteFilter byTheme;
    byTheme.themeId = knowledge->id;
    CHECK(f.window->listPane().view()->model()->rowCount() == f.notebook().notes().count(byTheme));
    CHECK(f.find<QLabel>("pageSummary")->text().contains(QStringLiteral("<b>การจัดการความรู้</b>")));
    f.window->sidebar().setCurrentIndex(sidebar.indexFor(ui::SidebarModel::Entry::Drafts));
    CHECK(f.window->listPane().view()->model()->rowCount() == 1);
    CHECK_FALSE(f.find<QLabel>("pageSummary")->isVisible()); // not a place or a theme

    // The quick filter narrows as you type.
    f.window->sidebar().setCurrentIndex(sidebar.indexFor(ui::SidebarModel::Entry::All));
    typeInto(f.window->listPane().filterEdit(), QStringLiteral("ปูม้า"));
    QTest::qWait(400);
    CHECK(f.window->listPane().view()->model()->rowCount() == 1);
}

TEST_CASE("A village is added inline under the chosen subdistrict", "[ui][places]")
{
    WindowFixture f;
    f.window->newNote(core::NoteKind::FieldNote);
    QLineEdit* place = chipInput(f, "placesField");
    typeInto(place, QStringLiteral("800807")); // โมคลาน, by its code
    QTest::keyClick(place, Qt::Key_Return);
    typeInto(place, QStringLiteral("หมู่ ๗ บ้านในไร่"));
    QTest::keyClick(place, Qt::Key_Return);
    REQUIRE(f.window->editor().saveNow());
    const auto village = f.notebook().places().find("80080707");
    REQUIRE(village.has_value());
    CHECK(village->nameTh == "บ้านในไร่");
    CHECK(currentNote(f).content.placeCodes == std::vector<std::string>{"800807", "80080707"});
}

TEST_CASE("Clearing the title never loses the body typed after it", "[ui][autosave]")
{
    WindowFixture f;
    f.window->newNote(core::NoteKind::FieldNote);
    const std::string first = f.window->editor().noteId().toStdString();
    auto* title = f.find<QLineEdit>("titleEdit");
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Backspace);
    typeInto(f.find<QTextEdit>("bodyEdit"), QStringLiteral("เนื้อหาที่ต้องไม่หาย"));
    f.window->newNote(core::NoteKind::FieldNote); // switching notes saves the first
    const core::Note saved = f.notebook().notes().get(first);
    CHECK(saved.content.body.find("เนื้อหาที่ต้องไม่หาย") != std::string::npos);
    CHECK(saved.content.title == "Untitled note");
}
