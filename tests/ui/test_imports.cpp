// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import → GotoKnow posts and Markdown folder, File → Export → Markdown folder: the
// dialogs read the files first, show each as a note or as why it is not one, stop on bad files
// unless told to skip them, and import into the window.
#include "core/demo/demonotebook.h"
#include "core/edits/edits.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/imports/gotoknowdialog.h"
#include "ui/imports/markdowndialog.h"
#include "ui/imports/publishdialog.h"
#include "ui/notes/noteeditor.h"
#include "ui/notes/notelistpane.h"
#include "ui/widgets/confirm.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using banthuek::test::TempDir;
using banthuek::test::WindowFixture;
using namespace banthuek;

namespace {

QString sample(const char* name)
{
    return QStringLiteral(BANTHUEK_TEST_DATA "/gotoknow/") + QString::fromLatin1(name);
}

} // namespace

TEST_CASE("The GotoKnow dialog previews posts and bad files, and imports only when told to skip them",
          "[ui][gotoknow]")
{
    WindowFixture f;
    const QString bad = QString::fromStdString(f.dir.file("minutes.txt"));
    banthuek::test::writeBytes(bad.toStdString(), "รายงานการประชุม\n");
    ui::GotoKnowDialog dialog(*f.session, {sample("post-73826.txt"), bad});
    QTreeWidget& table = dialog.table();
    REQUIRE(table.topLevelItemCount() == 2);
    CHECK(table.topLevelItem(0)->text(1) == QStringLiteral("73826"));
    CHECK(table.topLevelItem(0)->text(2) == QStringLiteral("ก้าวใหม่ของขบวนพัฒนาเมืองนครศรีธรรมราช"));
    CHECK(table.topLevelItem(0)->text(3) == QStringLiteral("2"));
    CHECK(table.topLevelItem(0)->text(4) == ui::GotoKnowDialog::tr("New note"));
    CHECK(table.topLevelItem(1)->text(0) == QStringLiteral("minutes.txt"));
    CHECK(table.topLevelItem(1)->text(2).contains(QStringLiteral("record number")));
    auto* import = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
    auto* skip = dialog.findChild<QCheckBox*>(QStringLiteral("skipBadCheck"));
    REQUIRE(import);
    REQUIRE(skip);
    CHECK_FALSE(import->isEnabled());         // a bad file stops the import...
    CHECK(f.notebook().notes().count() == 0); // ...and the preview wrote nothing
    skip->setChecked(true);
    CHECK(import->isEnabled());
    dialog.findChild<QLineEdit*>(QStringLiteral("authorEdit"))->setText(QStringLiteral("ภีม"));
    import->click();
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.imported().has_value());
    CHECK(f.notebook().notes().count() == 1);
    const auto id = f.notebook().notes().findBySource("gotoknow", "73826");
    REQUIRE(id);
    CHECK(f.notebook().notes().get(*id).content.author == "ภีม");
    CHECK(f.notebook().comments().forNote(*id).size() == 2);

    // The same post again is shown as an update of its note.
    ui::GotoKnowDialog again(*f.session, {sample("post-73826.txt")});
    CHECK(again.table().topLevelItem(0)->text(4) == ui::GotoKnowDialog::tr("Updates its note"));
}

TEST_CASE("File → Import → GotoKnow posts opens the imported note in the window", "[ui][gotoknow]")
{
    WindowFixture f;
    QTimer::singleShot(0, [] {
        // No REQUIRE here: an exception must not cross Qt's event loop.
        auto* dialog = qobject_cast<ui::GotoKnowDialog*>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (dialog) {
            dialog->importNow();
        }
    });
    f.window->importGotoKnowFiles({sample("post-140116.txt")});
    CHECK(QTest::qWaitFor([&] { return f.window->listPane().view()->model()->rowCount() == 1; }, 5000));
    const auto id = f.notebook().notes().findBySource("gotoknow", "140116");
    REQUIRE(id);
    CHECK(f.window->editor().noteId() == QString::fromStdString(*id));
    // The note says where it came from, with a link to the post.
    auto* footer = f.window->editor().findChild<QLabel*>(QStringLiteral("noteFooter"));
    REQUIRE(footer);
    CHECK(footer->text().contains(QStringLiteral("href=\"https://www.gotoknow.org/posts/140116\"")));
    CHECK(f.notebook().notes().count() == 1);
}

TEST_CASE("File → Export and Import → Markdown folder carry the notes to another notebook", "[ui][markdown]")
{
    TempDir out;
    const QString folder = QString::fromStdString(out.file("ส่งออก"));
    std::vector<std::string> titles;
    {
        WindowFixture source;
        core::addDemoContent(source.setUp());
        for (const core::NoteSummary& note : source.notebook().notes().list()) {
            titles.push_back(note.title);
        }
        REQUIRE(source.window->exportMarkdownTo(folder, {}));
        CHECK(QDir(folder).entryList({QStringLiteral("*.md")}).size() == static_cast<int>(titles.size()));
        // Into it again: asked first, and a No writes nothing.
        ui::setAutomaticConfirmAnswer(false);
        CHECK_FALSE(source.window->exportMarkdownTo(folder, {}));
        ui::setAutomaticConfirmAnswer(std::nullopt);
    }
    // A note of its own whose link leaves the folder: the dialog names it and waits.
    banthuek::test::writeBytes(out.file("ส่งออก/ร้าย.md"), "บรรทัดแรก\n[ลับ](../../ลับ.txt)\n");

    WindowFixture f;
    ui::MarkdownImportDialog dialog(*f.session, folder);
    QTreeWidget& table = dialog.table();
    REQUIRE(table.topLevelItemCount() == static_cast<int>(titles.size()) + 1);
    CHECK(table.topLevelItem(0)->text(4) == ui::MarkdownImportDialog::tr("New note"));
    const auto bad = table.findItems(QStringLiteral("ร้าย.md"), Qt::MatchExactly, 0);
    REQUIRE(bad.size() == 1);
    CHECK(bad[0]->text(1).contains(QStringLiteral("line 2")));
    auto* import = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
    auto* skip = dialog.findChild<QCheckBox*>(QStringLiteral("skipBadCheck"));
    REQUIRE(import);
    REQUIRE(skip);
    CHECK_FALSE(import->isEnabled());
    CHECK(f.notebook().notes().count() == 0); // the preview was undone
    skip->setChecked(true);
    import->click();
    CHECK(dialog.result() == QDialog::Accepted);
    std::vector<std::string> imported;
    for (const core::NoteSummary& note : f.notebook().notes().list()) {
        imported.push_back(note.title);
    }
    CHECK(imported == titles);

    // Through the menu's path: the first imported note opens.
    QTimer::singleShot(0, [] {
        auto* open = qobject_cast<ui::MarkdownImportDialog*>(QApplication::activeModalWidget());
        CHECK(open);
        if (open) {
            open->findChild<QCheckBox*>(QStringLiteral("skipBadCheck"))->setChecked(true);
            open->importNow();
        }
    });
    f.window->importMarkdownFolder(folder);
    CHECK_FALSE(f.window->editor().noteId().isEmpty());
    // The list shows what came in (the import told every view).
    CHECK(QTest::qWaitFor(
        [&] { return f.window->listPane().view()->model()->rowCount() == static_cast<int>(titles.size()); },
        5000));
    CHECK(f.notebook().notes().count() == static_cast<std::int64_t>(titles.size()));
}

TEST_CASE("Note → Copy as HTML puts the open note on the clipboard with its photo inside", "[ui][markdown]")
{
    WindowFixture f;
    core::Edits edits(f.setUp());
    core::NoteDraft draft;
    draft.title = "เวทีประชาคมบ้านหัวถนน";
    draft.body = "ชาวบ้าน**มาร่วม**กว่าร้อยคน ดู[บันทึกก่อน](banthuek:note/abc)\n";
    draft.author = "มาลี บุญมา";
    draft.eventDate = core::CivilDate{2026, 3, 1};
    draft.placeCodes = {"800801"};
    const core::Note note = edits.createNote(draft);
    QImage photo(64, 48, QImage::Format_RGB32);
    photo.fill(QColor(0x20, 0x80, 0x40));
    const QString path = QString::fromStdString(f.dir.file("เวที.png"));
    REQUIRE(photo.save(path));
    (void)edits.attachFiles(note.id, {{path.toStdString(), "เวที", true}});
    f.window->openNote(QString::fromStdString(note.id));

    f.window->copyNoteAsHtml();
    const QMimeData* copied = QGuiApplication::clipboard()->mimeData();
    REQUIRE(copied);
    REQUIRE(copied->hasHtml());
    const QString html = copied->html();
    CHECK(html.contains(QStringLiteral("<h1>เวทีประชาคมบ้านหัวถนน</h1>")));
    CHECK(html.contains(QStringLiteral("มาลี บุญมา")));
    // The date as the window shows dates: its language's era (Buddhist in Thai).
    CHECK((html.contains(QStringLiteral("1 มีนาคม 2569")) || html.contains(QStringLiteral("1 March 2026"))));
    CHECK(html.contains(QStringLiteral("ท่าศาลา")));
    CHECK(html.contains(QStringLiteral("data:image/jpeg;base64,")));
    CHECK_FALSE(html.contains(QStringLiteral("banthuek:"))); // no address that means nothing outside
    CHECK(html.contains(QStringLiteral("บันทึกก่อน")));
    CHECK(copied->text().startsWith(QStringLiteral("# เวทีประชาคมบ้านหัวถนน")));
}

TEST_CASE("File → Publish as a website writes the site, asking before using a folder that is not empty",
          "[ui][publish]")
{
    WindowFixture f;
    core::addDemoContent(f.setUp());
    TempDir out;
    const QString folder = QString::fromStdString(out.file("blog"));
    ui::PublishDialog dialog(*f.session);
    auto* publish = dialog.findChild<QPushButton*>(QStringLiteral("publishButton"));
    REQUIRE(publish);
    CHECK_FALSE(publish->isEnabled()); // no folder yet
    dialog.setFolder(folder);
    CHECK(publish->isEnabled());
    dialog.findChild<QCheckBox*>(QStringLiteral("rolesCheck"))->setChecked(true);
    dialog.findChild<QLineEdit*>(QStringLiteral("titleEdit"))->setText(QStringLiteral("บล็อกตำบลท่าศาลา"));
    REQUIRE(dialog.publishNow());
    REQUIRE(dialog.published().has_value());
    CHECK(dialog.published()->notes > 0);
    const std::string index = banthuek::test::readBytes(dialog.indexPage().toStdString());
    CHECK(index.find("บล็อกตำบลท่าศาลา") != std::string::npos);
    const std::string firstNote = banthuek::test::readBytes(out.file("blog/n/1.html"));
    CHECK(firstNote.find("ประภาพร ทองคำ") == std::string::npos); // the writer shown as her role
    CHECK(firstNote.find("คุณอำนวย") != std::string::npos);

    ui::setAutomaticConfirmAnswer(false);
    CHECK_FALSE(dialog.publishNow());
    ui::setAutomaticConfirmAnswer(true);
    CHECK(dialog.publishNow());
    ui::setAutomaticConfirmAnswer(std::nullopt);
}
