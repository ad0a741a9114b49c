// SPDX-License-Identifier: GPL-3.0-or-later
// The window's parts on their own: models, Markdown, dates, dialogs, translations.
#include "core/generate/generator.h"
#include "core/storage/database.h"
#include "core/text/collation.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/exchange/identitydialog.h"
#include "ui/notebook/propertiesdialog.h"
#include "ui/notes/historydialog.h"
#include "ui/notes/markdown.h"
#include "ui/notes/noteeditor.h"
#include "ui/notes/notelistmodel.h"
#include "ui/notes/notelistpane.h"
#include "ui/preferences/preferences.h"
#include "ui/session/backgroundtask.h"
#include "ui/session/errortext.h"
#include "ui/session/session.h"
#include "ui/sidebar/sidebarmodel.h"
#include "ui/startup/guiapp.h"
#include "ui/widgets/datefield.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QIcon>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTextDocument>
#include <QTextEdit>

#include <catch2/catch.hpp>

using banthuek::test::FreshNotebook;
using banthuek::test::WindowFixture;
using namespace banthuek;

TEST_CASE("Markdown with every format the editor offers survives a round trip unchanged", "[ui][markdown]")
{
    // Long lines with spaces: Qt's writer wraps them at 80 columns, Banthuek must not.
    const QString markdown = QStringLiteral(
        "# ลงพื้นที่ท่าศาลา\n\n## ที่มา\n\n### รายละเอียด\n\nชาวบ้าน**รวมกลุ่ม**ออมทรัพย์ *ทุกเดือน* "
        "ดู [เว็บไซต์](https://example.org/page) และยังมีข้อความต่อไปอีกยาว มาก เพื่อให้ยาวเกินแปดสิบตัวอักษร "
        "ในบรรทัดเดียว\n\n- ข้อแรก ที่ยาวมาก ยาวกว่าแปดสิบตัวอักษร เพื่อทดสอบว่ารายการจะไม่ถูกตัดบรรทัด "
        "แม้จะยาว\n- ข้อสอง\n1.  หนึ่ง\n2.  สอง\n\n> เงินไม่ใช่หัวใจของกลุ่ม ความไว้ใจกันต่างหาก "
        "ป้าสมศรีกล่าวไว้ในวงเรียนรู้ครั้งที่สาม ของกลุ่มออมทรัพย์\n");
    QTextDocument document;
    ui::loadMarkdown(document, markdown);
    const QString once = ui::saveMarkdown(document);
    CHECK(once == markdown);
    QTextDocument again;
    ui::loadMarkdown(again, once);
    CHECK(ui::saveMarkdown(again) == once);
    CHECK(document.toPlainText().contains(QStringLiteral("เงินไม่ใช่หัวใจของกลุ่ม")));
}

TEST_CASE("Markdown written by hand keeps all its content and formatting through the editor",
          "[ui][markdown]")
{
    const QString handWritten =
        QStringLiteral("ที่มา\n=====\n\nย่อหน้าแรก __ตัวหนา__ และ _ตัวเอียง_\nต่อบรรทัดเดิม\n\n* หนึ่ง\n* สอง\n\n"
                       "1) ก\n2) ข\n\n> อ้างอิง\n> ต่อ\n\n[ลิงก์](https://gotoknow.org/posts/73826)\n");
    QTextDocument original;
    ui::loadMarkdown(original, handWritten);
    QTextDocument reloaded;
    ui::loadMarkdown(reloaded, ui::saveMarkdown(original));
    CHECK(reloaded.toPlainText() == original.toPlainText());
    CHECK(reloaded.toHtml() == original.toHtml()); // same headings, emphasis, lists, quote and link
    CHECK(ui::saveMarkdown(reloaded) == ui::saveMarkdown(original));
}

TEST_CASE("The session merges the search index in the pause after saves, never in them", "[ui][session]")
{
    FreshNotebook nb;
    auto automerge = [](const core::Notebook& notebook) {
        auto row = notebook.database().cached("SELECT v FROM note_parts_config WHERE k = 'automerge'");
        return row->step() ? row->integer(0) : -1;
    };
    {
        ui::Session session(std::move(nb.notebook));
        CHECK(automerge(session.notebook()) == 0); // FTS5 merges nothing while a save runs
        core::NoteDraft draft;
        draft.title = "บันทึกลงพื้นที่";
        const auto note = session.createNote(draft);
        REQUIRE(note);
        QSignalSpy merged(&session, &ui::Session::searchIndexMerged);
        for (int i = 0; i < 12; ++i) { // autosaves a second apart: no pause among them
            draft.body = "ไปเยี่ยมกลุ่มแม่บ้าน ครั้งที่ " + std::to_string(i);
            REQUIRE(session.saveNote(QString::fromStdString(note->id), draft));
        }
        CHECK(merged.isEmpty());
        REQUIRE(merged.wait(10000)); // the pause: checkpoint, then merge steps
    }
    nb.reopen(); // closing gives FTS5 its own merging back, for other writers (the command line)
    CHECK(automerge(*nb.notebook) == 4);
    CHECK_FALSE(nb->search().mergeStep(64)); // the pause left nothing to merge
}

TEST_CASE("The note list and sidebar models pass Qt's model tester on a generated notebook", "[ui][models]")
{
    FreshNotebook nb;
    (void)core::generateNotes(*nb.notebook, {6500, 5, {}}); // more rows than the model keeps in memory
    ui::Session session(std::move(nb.notebook));
    const ui::Preferences preferences;
    {
        // The first ids and the count at once; the rest when a row or an id past them is asked.
        const auto ids = session.notebook().notes().listIds({});
        const ui::NoteListModel fresh(session, preferences);
        CHECK(fresh.rowCount() == 6500);
        CHECK(fresh.rowOf(QString::fromStdString(ids.back())) == 6499);
        CHECK(fresh.noteId(6499).toStdString() == ids.back());
        const ui::NoteListModel other(session, preferences);
        CHECK(other.noteId(4321).toStdString() == ids.at(4321));
    }
    ui::NoteListModel list(session, preferences);
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(list.rowCount() == 6500);
    // Visiting every page makes the model evict old ones; rows must still be right afterwards.
    for (int row = 0; row < 6500; row += 97) {
        REQUIRE(list.data(list.index(row, ui::NoteListModel::Title)).toString().size() > 0);
    }
    // Rows far down are loaded on demand and agree with the store.
    core::NoteFilter page;
    page.offset = 1234;
    page.limit = 1;
    const auto expected = session.notebook().notes().list(page).front();
    CHECK(list.noteId(1234).toStdString() == expected.id);
    CHECK(list.data(list.index(1234, ui::NoteListModel::Record)).toLongLong() == expected.record);
    list.sort(ui::NoteListModel::Title, Qt::AscendingOrder);
    const QString first = list.data(list.index(0, 0)).toString();
    const QString second = list.data(list.index(1, 0)).toString();
    CHECK(core::compareThai(first.toStdString(), second.toStdString()) <= 0);
    list.setQuickText(QStringLiteral("ประชุม"));
    CHECK(list.rowCount() > 0);
    CHECK(list.rowCount() < 6500);

    ui::SidebarModel sidebar(session);
    sidebar.refresh();
    QAbstractItemModelTester sidebarTester(&sidebar, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex all = sidebar.indexFor(ui::SidebarModel::Entry::All);
    CHECK(all.data().toString() == QStringLiteral("All notes (6500)"));
    CHECK(sidebar.indexFor(ui::SidebarModel::Entry::Place, QStringLiteral("80")).isValid());
    REQUIRE(session.trashNote(QString::fromStdString(expected.id)));
    sidebar.refresh();
    CHECK(all.data().toString() == QStringLiteral("All notes (6499)"));
}

TEST_CASE("The date field shows and reads the Buddhist era", "[ui][dates]")
{
    ui::Preferences thai;
    thai.language = ui::Preferences::UiLanguage::Thai;
    thai.era = core::Era::Buddhist;
    ui::DateField field([&](const core::CivilDate& d) { return thai.formatDate(d); }, thai.era);
    field.setDate(core::CivilDate{2007, 1, 22});
    CHECK(field.input()->text() == QStringLiteral("22 มกราคม 2550"));
    field.input()->setText(QStringLiteral("๒๕๕๐-๐๑-๒๓"));
    emit field.input()->editingFinished();
    CHECK(field.date() == core::CivilDate{2007, 1, 23});
    CHECK(field.input()->text() == QStringLiteral("23 มกราคม 2550"));
    field.input()->setText(QStringLiteral("วันพรุ่งนี้"));
    emit field.input()->editingFinished();
    CHECK(field.date() == core::CivilDate{2007, 1, 23});      // a typo never loses the date
    CHECK(field.input()->text() == QStringLiteral("วันพรุ่งนี้")); // nor what was typed
}

TEST_CASE("History lists earlier versions and restores one", "[ui][history]")
{
    WindowFixture f;
    f.window->newNote(core::NoteKind::FieldNote);
    const QString id = f.window->editor().noteId();
    core::NoteDraft draft = f.notebook().notes().get(id.toStdString()).content;
    draft.body = "ฉบับที่หนึ่ง";
    REQUIRE(f.session->saveNote(id, draft));
    draft.body = "ฉบับที่สอง";
    REQUIRE(f.session->saveNote(id, draft));
    ui::HistoryDialog dialog(*f.session, ui::Preferences::load(), id, f.window.get());
    REQUIRE(dialog.revisionCount() == 2);
    CHECK(dialog.restoreRow(0));
    CHECK(f.notebook().notes().get(id.toStdString()).content.body == "ฉบับที่หนึ่ง");
    QApplication::processEvents();
    CHECK(f.window->findChild<QTextEdit*>(QStringLiteral("bodyEdit"))->toPlainText() ==
          QStringLiteral("ฉบับที่หนึ่ง"));
}

TEST_CASE("Notebook properties run core's integrity check", "[ui][properties]")
{
    WindowFixture f;
    ui::PropertiesDialog dialog(*f.session, f.window.get());
    QSignalSpy checked(&dialog, &ui::PropertiesDialog::checked);
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("checkButton"));
    REQUIRE(button);
    dialog.runCheck();
    // The check runs off the GUI thread: the button waits for it, the window keeps answering.
    CHECK_FALSE(button->isEnabled());
    REQUIRE(checked.wait(20000));
    CHECK(checked.first().first().toBool());
    CHECK(button->isEnabled());
    auto* report = dialog.findChild<QPlainTextEdit*>(QStringLiteral("checkReport"));
    REQUIRE(report);
    CHECK(report->toPlainText().contains(QStringLiteral("7436 subdistricts")));
}

TEST_CASE("Notebook properties rebuild the search indexes off the GUI thread; Stop and Close stop it",
          "[ui][properties]")
{
    WindowFixture f;
    core::NoteDraft draft;
    draft.title = "เวทีป่าชุมชน";
    draft.body = "ชาวบ้านวางแผนดูแลป่าต้นน้ำ";
    REQUIRE(f.session->createNote(draft));
    const auto found = [&f] {
        core::SearchRequest request;
        request.query = "ต้นน้ำ";
        const auto results = f.session->search(request);
        return results ? static_cast<int>(results->hits.size()) : -1;
    };
    REQUIRE(found() == 1);
    for (const std::string& index : core::searchIndexNames()) { // what a damaged file might hold
        f.notebook().database().exec("INSERT INTO " + index + " (" + index + ") VALUES ('delete-all')");
    }
    REQUIRE(found() == 0);

    ui::PropertiesDialog dialog(*f.session, f.window.get());
    QSignalSpy rebuilt(&dialog, &ui::PropertiesDialog::rebuilt);
    QSignalSpy everything(f.session.get(), &ui::Session::everythingChanged);
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("rebuildButton"));
    auto* check = dialog.findChild<QPushButton*>(QStringLiteral("checkButton"));
    auto* progress = dialog.findChild<QProgressBar*>(QStringLiteral("rebuildProgress"));
    auto* report = dialog.findChild<QPlainTextEdit*>(QStringLiteral("checkReport"));
    REQUIRE((button && check && progress && report));
    CHECK(button->isEnabled());

    // Stopped at once: the rebuild's transaction is rolled back, and the session writes again.
    dialog.runRebuild();
    CHECK(f.session->writesHeld());
    CHECK(button->text() == QStringLiteral("Stop rebuilding"));
    CHECK(button->isEnabled());
    CHECK_FALSE(check->isEnabled());
    CHECK_FALSE(progress->isHidden());
    button->click();
    REQUIRE(rebuilt.wait(20000));
    CHECK_FALSE(rebuilt.last().first().toBool());
    CHECK_FALSE(f.session->writesHeld());
    CHECK(report->toPlainText().contains(QStringLiteral("stopped")));
    CHECK(found() == 0);
    QTest::qWait(50); // the task's end reaches the buttons
    CHECK(button->text() == QStringLiteral("Rebuild search indexes"));
    CHECK(check->isEnabled());

    // Run to the end: searches find the note again, and every view hears.
    const int heardBefore = static_cast<int>(everything.count());
    dialog.runRebuild();
    REQUIRE(rebuilt.wait(60000));
    CHECK(rebuilt.last().first().toBool());
    CHECK(found() == 1);
    CHECK(everything.count() > heardBefore);
    CHECK(report->toPlainText().contains(QStringLiteral("made again")));
    CHECK(progress->isHidden());
    CHECK_FALSE(f.session->writesHeld());

    // Closing the dialog stops a rebuild before it goes; what the user types is saved again.
    dialog.runRebuild();
    dialog.reject();
    CHECK_FALSE(rebuilt.last().first().toBool());
    CHECK_FALSE(f.session->writesHeld());
    draft.title = "หลังปิดหน้าต่าง";
    CHECK(f.session->createNote(draft));
}

TEST_CASE("A window chooses its newest note at once and opens it once the list has painted", "[ui][window]")
{
    WindowFixture f;
    core::NoteDraft draft;
    draft.title = "บันทึกเก่า";
    draft.eventDate = core::CivilDate{2026, 1, 5};
    REQUIRE(f.session->createNote(draft));
    draft.title = "บันทึกล่าสุด";
    draft.eventDate = core::CivilDate{2026, 11, 30};
    const auto newest = f.session->createNote(draft);
    REQUIRE(newest);
    f.close();

    f.session = std::make_unique<ui::Session>(core::Notebook::open(f.path));
    f.window = std::make_unique<ui::MainWindow>(*f.session);
    f.window->show();
    // Nothing painted yet: the row is chosen, the editor still empty.
    CHECK(f.window->listPane().currentNoteId() == QString::fromStdString(newest->id));
    CHECK(f.window->editor().noteId().isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return !f.window->editor().noteId().isEmpty(); }, 10000));
    CHECK(f.window->editor().noteId() == QString::fromStdString(newest->id));
    CHECK(f.find<QLineEdit>("titleEdit")->text() == QStringLiteral("บันทึกล่าสุด"));
}

TEST_CASE("The team's name typed in Notebook properties heads the window instead of the file's name",
          "[ui][properties]")
{
    WindowFixture f;
    CHECK(f.window->windowTitle().startsWith(QStringLiteral("All notes — ui — ")));
    {
        ui::PropertiesDialog dialog(*f.session, f.window.get());
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("teamNameEdit"));
        REQUIRE(name);
        CHECK(name->placeholderText() == QStringLiteral("ui")); // the file's name until one is typed
        name->setText(QStringLiteral("  ทีมคุณอำนวยอำเภอท่าศาลา "));
        emit name->editingFinished();
    }
    CHECK(f.window->windowTitle().contains(QStringLiteral("ทีมคุณอำนวยอำเภอท่าศาลา — Banthuek")));
    CHECK(f.session->displayName() == QStringLiteral("ทีมคุณอำนวยอำเภอท่าศาลา")); // trimmed
    f.reopen();
    CHECK(f.window->windowTitle().contains(QStringLiteral("ทีมคุณอำนวยอำเภอท่าศาลา")));
    ui::PropertiesDialog again(*f.session, f.window.get());
    CHECK(again.findChild<QLineEdit*>(QStringLiteral("teamNameEdit"))->text() ==
          QStringLiteral("ทีมคุณอำนวยอำเภอท่าศาลา"));
}

TEST_CASE("The Thai translation is complete", "[ui][i18n]")
{
    QFile ts(QStringLiteral(BANTHUEK_TS_FILE));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ts.readAll());
    const auto messages = text.count(QStringLiteral("<message"));
    CHECK(messages > 100);
    CHECK(text.count(QStringLiteral("type=\"unfinished\"")) == 0);
    CHECK(text.count(QStringLiteral("<translation></translation>")) == 0);
    CHECK(text.count(QStringLiteral("type=\"vanished\"")) == 0);
}

TEST_CASE("Switching the language to Thai shows a Thai window", "[ui][i18n]")
{
    QSettings().setValue(QStringLiteral("ui/language"), static_cast<int>(ui::Preferences::UiLanguage::Thai));
    ui::installTranslations(*qApp);
    {
        WindowFixture f;
        const QString fileMenu = f.window->menuBar()->actions().first()->text();
        CHECK(fileMenu != QStringLiteral("&File"));
        CHECK(fileMenu.contains(QRegularExpression(QStringLiteral("[\\x{0E00}-\\x{0E7F}]"))));
        f.window->newNote(core::NoteKind::FieldNote);
        // Dates in Thai with the Buddhist era by default.
        const core::CivilDate today = core::today();
        CHECK(f.find<QWidget>("dateField")
                  ->findChild<QLineEdit*>()
                  ->text()
                  .endsWith(QString::number(today.year + 543)));
    }
    {
        // Core's errors reach a Thai user in Thai, the terms in them too.
        WindowFixture f;
        QSignalSpy failed(f.session.get(), &ui::Session::failed);
        CHECK_FALSE(f.session->addVillage(QStringLiteral("800801"), 120, QStringLiteral("บ้านใหม่")));
        REQUIRE(failed.count() == 1);
        CHECK(failed.first().first().toString() == QStringLiteral("หมู่ที่ต้องอยู่ระหว่าง 1 ถึง 99 ไม่ใช่ 120"));
        core::NoteDraft untitled;
        CHECK_FALSE(f.session->createNote(untitled));
        CHECK(failed.last().first().toString() == QStringLiteral("บันทึกต้องมีชื่อเรื่อง"));
        const core::Error termed(core::ErrorCategory::InvalidInput, "The %1 is not valid UTF-8 text.",
                                 {"note body"});
        CHECK(ui::userMessage(termed) == QStringLiteral("เนื้อหาบันทึก ไม่ใช่ข้อความ UTF-8 ที่ถูกต้อง"));
        // What the integrity check found, as the properties dialog shows it.
        CHECK(ui::userMessage(core::Message{"Notes: %1 (%2 not in the Trash)", {"3", "2"}}) ==
              QStringLiteral("บันทึก: 3 เรื่อง (ไม่อยู่ในถังขยะ 2 เรื่อง)"));
    }
    QSettings().setValue(QStringLiteral("ui/language"),
                         static_cast<int>(ui::Preferences::UiLanguage::English));
    ui::installTranslations(*qApp);
    WindowFixture english;
    CHECK(english.window->menuBar()->actions().first()->text() == QStringLiteral("&File"));
    const core::Error untranslated(core::ErrorCategory::InvalidInput, "A note needs a title.");
    CHECK(ui::userMessage(untranslated) == QStringLiteral("A note needs a title."));
    QSettings().remove(QStringLiteral("ui/language"));
}

TEST_CASE("A background read reports its result on the GUI thread, and a cancelled one stops at once",
          "[ui][background]")
{
    WindowFixture f;
    ui::BackgroundTask reader(f.session->path());
    QSignalSpy finished(&reader, &ui::BackgroundTask::finished);
    QSignalSpy failed(&reader, &ui::BackgroundTask::failed);
    QSignalSpy progress(&reader, &ui::BackgroundTask::progress);

    std::optional<std::int64_t> notes;
    reader.start<std::int64_t>(
        [](const core::Notebook& notebook, const ui::BackgroundTask::Progress& report) {
            report(0.5);
            return notebook.notes().count({});
        },
        [&](std::int64_t count) { notes = count; });
    CHECK(reader.busy());
    REQUIRE(finished.wait(10000));
    CHECK(notes == 0);
    CHECK(progress.count() == 1);
    CHECK_FALSE(reader.busy());

    // A query that never ends by itself: only cancel() (SQLite's interrupt) stops it.
    bool delivered = false;
    reader.start<std::int64_t>(
        [](const core::Notebook& notebook, const ui::BackgroundTask::Progress&) {
            auto endless = notebook.database().prepare(
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c");
            return endless.step() ? endless.integer(0) : std::int64_t{-1};
        },
        [&](std::int64_t) { delivered = true; });
    QTest::qWait(200);
    CHECK(reader.busy());
    reader.cancel();
    REQUIRE(finished.wait(10000));
    CHECK_FALSE(delivered);
    CHECK(failed.isEmpty()); // a cancelled read is not a failure to tell the user about
    CHECK_FALSE(reader.busy());

    // A notebook that cannot be opened is a failure in words.
    ui::BackgroundTask missing(QString::fromStdString(f.dir.file("missing.banthuek")));
    QSignalSpy missingFailed(&missing, &ui::BackgroundTask::failed);
    missing.start<int>([](const core::Notebook&, const ui::BackgroundTask::Progress&) { return 1; },
                       [](int) {});
    REQUIRE(missingFailed.wait(10000));
    CHECK(missingFailed.first().first().toString().contains(QStringLiteral("no notebook")));
}

TEST_CASE("The window's icon and About's licences are in the program once its resources are loaded",
          "[ui][resources]")
{
    ui::loadResources();
    const QIcon icon(QStringLiteral(":/icons/banthuek.svg"));
    CHECK_FALSE(icon.isNull());
    CHECK_FALSE(icon.pixmap(48, 48).isNull());
    QFile licence(QStringLiteral(":/data/thailand-geography-json.LICENSE"));
    REQUIRE(licence.open(QIODevice::ReadOnly));
    CHECK(licence.size() > 100);
}

TEST_CASE("The writer's name and role are asked once for the user, and every notebook then knows them",
          "[ui][identity]")
{
    // Settings of this process's own (CTest runs other windows beside it, writing theirs).
    const QString organisation = QCoreApplication::organizationName();
    QCoreApplication::setOrganizationName(organisation + QStringLiteral("-identity-") +
                                          QString::number(QCoreApplication::applicationPid()));
    QSettings().clear();
    QSettings().setValue(QStringLiteral("ui/language"), 1); // a choice made before: kept as it was
    ui::Preferences preferences = ui::Preferences::load();
    REQUIRE(preferences.defaultAuthor.isEmpty());
    banthuek::test::TempDir dir;
    auto first = core::Notebook::create(dir.file("first.banthuek"));
    auto second = core::Notebook::create(dir.file("second.banthuek"));
    auto third = core::Notebook::create(dir.file("third.banthuek"));

    int asked = 0;
    const auto skip = [&] {
        ++asked;
        return std::optional<ui::Identity>{};
    };
    CHECK_FALSE(ui::settleIdentity(*first, preferences, skip)); // "Later": nothing is kept
    CHECK(asked == 1);
    CHECK(core::Edits(*first).team().userName.empty());

    const auto answer = [&] {
        ++asked;
        return std::optional<ui::Identity>{
            ui::Identity{QStringLiteral("สมชาย ใจดี"), QStringLiteral("khun_amnuay"), {}}};
    };
    CHECK(ui::settleIdentity(*first, preferences, answer));
    CHECK(asked == 2);
    const core::TeamInfo team = core::Edits(*first).team();
    CHECK(team.userName == "สมชาย ใจดี");
    CHECK(team.userRole == "khun_amnuay");
    CHECK(team.deviceName == "โน้ตบุ๊กของสมชาย ใจดี");
    CHECK(ui::Preferences::load().defaultAuthor == QStringLiteral("สมชาย ใจดี")); // the default author now

    // Another notebook, opened later: known without asking.
    ui::Preferences later = ui::Preferences::load();
    CHECK(ui::settleIdentity(*second, later, answer));
    CHECK(asked == 2);
    CHECK(core::Edits(*second).team().userName == "สมชาย ใจดี");
    CHECK(core::Edits(*second).team().userRole == "khun_amnuay");
    // One that knows its writer keeps it.
    core::Edits(*third).setIdentity("เครื่องกลาง", "ประภาพร", "khun_uea");
    CHECK(ui::settleIdentity(*third, later, answer));
    CHECK(core::Edits(*third).team().userName == "ประภาพร");

    // Only the name and the role were written: the era, digits and the rest follow their defaults.
    QStringList keys = QSettings().allKeys();
    keys.sort();
    CHECK(keys == QStringList{QStringLiteral("notes/defaultAuthor"), QStringLiteral("notes/defaultRole"),
                              QStringLiteral("ui/language")});
    QSettings().clear();
    QCoreApplication::setOrganizationName(organisation);
}
