// SPDX-License-Identifier: GPL-3.0-or-later
// The window on disks that fail: a note that cannot be saved (full disk) stays in the window,
// says why and saves by itself once there is room; a notebook that cannot be written opens
// read-only with a banner and a way to a writable copy.
#include "core/edits/edits.h"
#include "tests/support/failingdisk.h"
#include "tests/support/smalldisk.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/notes/bodyeditor.h"
#include "ui/notes/noteeditor.h"
#include "ui/notes/notelistpane.h"
#include "ui/startup/guiapp.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QToolButton>

#include <catch2/catch.hpp>

#include <filesystem>

using banthuek::test::keepScreenshot;
using banthuek::test::readBytes;
using banthuek::test::SmallDisk;
using banthuek::test::TempDir;
using banthuek::test::WindowFixture;
using namespace banthuek;

namespace {

QString longThaiText(int characters)
{
    const QString sentence = QStringLiteral("ผู้เฒ่าเล่าเรื่องฝายกั้นน้ำที่ชาวบ้านช่วยกันสร้างเมื่อสามสิบปีก่อน ");
    QString text;
    while (text.size() < characters) {
        text += sentence;
    }
    return text.trimmed();
}

std::string addNote(core::Notebook& notebook, const std::string& body)
{
    core::NoteDraft draft;
    draft.title = "เวทีประชาคมหมู่ 3";
    draft.body = body;
    return core::Edits(notebook).createNote(draft).id;
}

// Opens the window on the fixture's notebook with its first note in the editor; that note's id.
std::string openOnFirstNote(WindowFixture& f)
{
    f.open(false);
    f.window->listPane().selectRow(0);
    return f.window->editor().noteId().toStdString();
}

} // namespace

TEST_CASE(
    "A note that cannot be saved on a full disk stays in the window, says why, and saves once there is room",
    "[ui][media]")
{
    SmallDisk disk(24 << 20);
    if (!disk.available()) {
        WARN("no tmpfs can be mounted here (not root): the full disk case was not run");
        return;
    }
    WindowFixture f;
    f.close();
    f.path = disk.file("field.banthuek");
    {
        auto notebook = core::Notebook::create(f.path);
        (void)addNote(*notebook, "บันทึกเดิม");
    }
    const std::string id = openOnFirstNote(f);
    REQUIRE_FALSE(id.empty());
    ui::NoteEditor& editor = f.window->editor();

    disk.fill(64 << 10);
    const QString typed = longThaiText(1 << 20); // 1 M characters, 3 MB of UTF-8: more than the disk has
    editor.body()->textEdit()->selectAll();
    editor.body()->textEdit()->insertPlainText(typed);
    REQUIRE(editor.saveState() == ui::NoteEditor::SaveState::Unsaved);
    CHECK_FALSE(editor.saveNow());
    CHECK(editor.saveState() == ui::NoteEditor::SaveState::Failed);
    auto* banner = f.find<QWidget>("saveFailedBanner");
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(f.find<QLabel>("saveFailedReason")->text().contains(QStringLiteral("disk is full")));
    const bool kept = editor.body()->textEdit()->toPlainText() == typed; // (not printed: 3 MB)
    CHECK(kept);
    CHECK(f.session->notebook().notes().get(id).content.body == "บันทึกเดิม"); // what was saved is whole
    keepScreenshot(f.window.get(), QStringLiteral("save-failed.png"));

    // Another note cannot be opened in its place: that would drop the text.
    f.window->editor().open({});
    CHECK(editor.noteId().toStdString() == id);

    // The text can be written somewhere else meanwhile.
    TempDir elsewhere;
    REQUIRE(editor.saveTextAs(QString::fromStdString(elsewhere.file("rescued.md"))));
    const std::string rescued = readBytes(elsewhere.file("rescued.md"));
    CHECK(rescued.find("# เวทีประชาคมหมู่ 3") == 0);
    CHECK(rescued.find(typed.left(200).toStdString()) != std::string::npos);

    // Room again: the next try (every few seconds, nobody asked) saves it.
    disk.empty();
    REQUIRE(QTest::qWaitFor([&] { return editor.saveState() == ui::NoteEditor::SaveState::Saved; }, 12000));
    CHECK_FALSE(banner->isVisible());
    const std::string stored = f.session->notebook().notes().get(id).content.body;
    const std::string expected = editor.body()->markdown().toStdString(); // the typed text as Markdown
    CAPTURE(stored.size(), expected.size());
    const bool saved = stored == expected && stored.find(typed.toStdString()) == 0;
    CHECK(saved);
    f.close();
    CHECK(core::Notebook::open(f.path, core::Notebook::Access::ReadOnly)->check().sound());
}

TEST_CASE("A note typed while the memory card is pulled out stays in the window and saves once it is back",
          "[ui][media]")
{
    banthuek::test::FailingDisk card; // before the window opens the notebook: its files go through it
    WindowFixture f;
    f.close();
    {
        auto notebook = core::Notebook::open(f.path);
        (void)addNote(*notebook, "บันทึกเดิม");
    }
    const std::string id = openOnFirstNote(f);
    REQUIRE_FALSE(id.empty());
    ui::NoteEditor& editor = f.window->editor();

    card.setFailing(true);
    const QString typed = longThaiText(5000);
    editor.body()->textEdit()->selectAll();
    editor.body()->textEdit()->insertPlainText(typed);
    CHECK_FALSE(editor.saveNow());
    CHECK(card.refused() > 0);
    CHECK(editor.saveState() == ui::NoteEditor::SaveState::Failed);
    auto* banner = f.find<QWidget>("saveFailedBanner");
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(f.find<QLabel>("saveFailedReason")->text().contains(QStringLiteral("did not answer")));
    CHECK(editor.body()->textEdit()->toPlainText() == typed);
    keepScreenshot(f.window.get(), QStringLiteral("card-pulled.png"));

    card.setFailing(false); // the card is back: the next try saves, nobody asked
    REQUIRE(QTest::qWaitFor([&] { return editor.saveState() == ui::NoteEditor::SaveState::Saved; }, 12000));
    CHECK_FALSE(banner->isVisible());
    CHECK(f.session->notebook().notes().get(id).content.body == editor.body()->markdown().toStdString());
    f.close();
    auto reopened = core::Notebook::open(f.path, core::Notebook::Access::ReadOnly);
    CHECK(reopened->notes().get(id).content.body.find(typed.left(100).toStdString()) == 0);
    CHECK(reopened->check().sound());
}

TEST_CASE("A notebook that cannot be written opens read-only, with a banner and a way to a writable copy",
          "[ui][media]")
{
    WindowFixture f;
    f.close();
    {
        auto notebook = core::Notebook::open(f.path);
        const std::string id = addNote(*notebook, "อ่านได้อย่างเดียว");
        (void)notebook->comments().add(id, "มาลี", "ความเห็นที่แก้ไม่ได้");
    }
    std::filesystem::permissions(f.path,
                                 std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
    const std::string before = readBytes(f.path);

    QString opened;
    f.session = std::make_unique<ui::Session>(ui::openNotebookForWindow(f.path));
    f.window =
        std::make_unique<ui::MainWindow>(*f.session, [&](const QString& path, bool) { opened = path; });
    f.window->show();
    REQUIRE(f.session->readOnly());
    // The window opens the newest note itself, once its list has painted.
    REQUIRE(QTest::qWaitFor([&] { return !f.window->editor().noteId().isEmpty(); }, 10000));
    auto* banner = f.find<QWidget>("readOnlyBanner");
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(f.window->windowTitle().contains(QStringLiteral("(read-only)")));
    CHECK(f.window->editor().noteId().size() > 0);
    CHECK(f.window->editor().body()->textEdit()->isReadOnly());
    CHECK_FALSE(f.find<QLineEdit>("titleEdit")->isEnabled());
    CHECK_FALSE(f.find<QWidget>("formatToolBar")->isEnabled());
    CHECK(f.find<QLabel>("saveState")->text() == QStringLiteral("Read-only"));
    CHECK_FALSE(f.find<QAction>("newFieldNoteAction")->isEnabled());
    CHECK_FALSE(f.find<QAction>("trashAction")->isEnabled());
    CHECK_FALSE(f.find<QPlainTextEdit>("commentText")->isVisible());
    // The comment shows, without Edit and Delete, which a read-only notebook would refuse.
    REQUIRE(f.find<QLabel>("commentBody"));
    CHECK(f.find<QLabel>("commentBody")->text() == QStringLiteral("ความเห็นที่แก้ไม่ได้"));
    CHECK(f.find<QToolButton>("editCommentButton")->isHidden());
    CHECK(f.find<QToolButton>("deleteCommentButton")->isHidden());
    keepScreenshot(f.window.get(), QStringLiteral("read-only.png"));

    const QString copy = QString::fromStdString(f.dir.file("copy.banthuek"));
    f.window->saveCopyAndOpen(copy);
    REQUIRE(QTest::qWaitFor([&] { return opened == copy; }, 5000));
    f.close();
    CHECK(readBytes(f.path) == before); // opened, read and copied: never written
    auto writable = core::Notebook::open(copy.toStdString());
    CHECK(writable->notes().count() == 1);
    CHECK(writable->check().sound());
}
