// SPDX-License-Identifier: GPL-3.0-or-later
// File → Backups… and the automatic backups: one when the notebook opens and none is a day
// old, one when the window closes after changes, each checked; the dialog lists them and
// restores one as a new notebook, never over a file.
#include "core/backup/backups.h"
#include "core/edits/edits.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/backup/autobackup.h"
#include "ui/backup/backupsdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <filesystem>

using banthuek::test::WindowFixture;
using namespace banthuek;

namespace {

// Automatic backups on, into a folder of the fixture's own; off again at the end.
struct BackupsOn
{
    QString notebook;
    QString folder;
    BackupsOn(WindowFixture& f)
        : notebook(QString::fromStdString(f.path)), folder(QString::fromStdString(f.dir.file("backups")))
    {
        ui::setBackupFolder(notebook, folder);
        ui::setAutoBackupEnabled(true);
    }
    ~BackupsOn()
    {
        ui::setAutoBackupEnabled(false);
        ui::setBackupFolder(notebook, {});
    }
    [[nodiscard]] std::vector<core::Backup> backups(bool countNotes = false) const
    {
        return core::listBackups(notebook.toStdString(), folder.toStdString(), countNotes);
    }
};

void addNote(WindowFixture& f, const std::string& title)
{
    core::NoteDraft draft;
    draft.title = title;
    draft.body = "บันทึกหลังเวทีประชาคม";
    core::Edits edits(*f.m_writable);
    (void)edits.createNote(draft);
}

} // namespace

TEST_CASE(
    "An automatic backup is made in the background when none is a day old, and again on close after changes",
    "[ui][backup]")
{
    WindowFixture f;
    BackupsOn on(f);
    auto& automatic = f.window->autoBackup();
    QSignalSpy made(&automatic, &ui::AutoBackup::backedUp);

    REQUIRE(automatic.backUpIfDue());
    CHECK(automatic.busy());
    REQUIRE(made.wait(20000));
    const auto first = on.backups(true);
    REQUIRE(first.size() == 1);
    CHECK(made.at(0).at(0).toString() == QString::fromStdString(first[0].path));
    CHECK(first[0].notes == f.m_writable->notes().count({}));
    CHECK(QFileInfo(QString::fromStdString(first[0].path)).absolutePath() == QDir(on.folder).absolutePath());

    CHECK_FALSE(automatic.backUpIfDue());   // the one just made is not a day old
    CHECK_FALSE(automatic.backUpOnClose()); // nothing changed since

    QTest::qWait(1100); // a second later, so the change is after the backup's time
    addNote(f, "ประชุมกลุ่มออมทรัพย์");
    REQUIRE(automatic.backUpOnClose());
    const auto second = on.backups(true);
    REQUIRE(second.size() == 1); // the day keeps its newest
    CHECK(second[0].path != first[0].path);
    CHECK(second[0].notes == first[0].notes + 1);

    ui::setAutoBackupEnabled(false);
    addNote(f, "ไม่สำรอง");
    CHECK_FALSE(automatic.backUpIfDue());
    CHECK_FALSE(automatic.backUpOnClose());
}

TEST_CASE("Closing the window backs the notebook up, checked", "[ui][backup]")
{
    WindowFixture f;
    BackupsOn on(f);
    addNote(f, "ก่อนปิดหน้าต่าง");
    const auto notes = f.m_writable->notes().count({});
    f.close();
    const auto backups = on.backups(true);
    REQUIRE(backups.size() == 1);
    CHECK(backups[0].notes == notes);
}

TEST_CASE("A backup on close that takes a while says so, and can be skipped, leaving nothing half-made",
          "[ui][backup]")
{
    WindowFixture f;
    BackupsOn on(f);
    addNote(f, "ก่อนปิดหน้าต่าง");
    auto& automatic = f.window->autoBackup();
    automatic.setCloseDialogDelay(0); // as if the notebook were large: the dialog at once
    int seen = 0;
    QTimer skipper;
    QObject::connect(&skipper, &QTimer::timeout, [&seen, &automatic] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* progress = qobject_cast<QProgressDialog*>(widget);
            if (progress && progress->objectName() == QStringLiteral("closeBackupProgress") &&
                progress->isVisible()) {
                ++seen;
                CHECK(progress->labelText().contains(QStringLiteral("before closing")));
                CHECK_FALSE(automatic.backUpNow()); // no second copy beside the one running
                auto* skip = progress->findChild<QPushButton*>();
                REQUIRE(skip);
                CHECK(skip->text() == QStringLiteral("Skip"));
                skip->click();
            }
        }
    });
    skipper.start(5);
    CHECK_FALSE(automatic.backUpOnClose(f.window.get()));
    skipper.stop();
    CHECK(seen >= 1);
    CHECK(on.backups(false).empty());
    if (std::filesystem::exists(on.folder.toStdString())) {
        for (const auto& entry : std::filesystem::directory_iterator(on.folder.toStdString())) {
            CHECK(entry.path().string().find(".partial") == std::string::npos); // nothing half-made
        }
    }

    // Not skipped: the dialog goes away by itself once the backup is made and checked.
    REQUIRE(automatic.backUpOnClose(f.window.get()));
    const auto backups = on.backups(true);
    REQUIRE(backups.size() == 1);
    CHECK(backups[0].notes == f.m_writable->notes().count({}));
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        CHECK_FALSE((widget->objectName() == QStringLiteral("closeBackupProgress") && widget->isVisible()));
    }
}

TEST_CASE("File → Backups… lists the backups and restores one as a new notebook, never over a file",
          "[ui][backup]")
{
    WindowFixture f;
    BackupsOn on(f);
    addNote(f, "สำรองไว้");
    auto& automatic = f.window->autoBackup();
    ui::BackupsDialog dialog(on.notebook, automatic, f.window.get());
    CHECK(dialog.list().topLevelItemCount() == 0);
    CHECK(dialog.status().contains(QStringLiteral("No backups yet")));

    QSignalSpy made(&automatic, &ui::AutoBackup::backedUp);
    REQUIRE(automatic.backUpNow());
    REQUIRE(made.wait(20000));
    QApplication::processEvents();
    REQUIRE(dialog.list().topLevelItemCount() == 1);
    const QTreeWidgetItem* row = dialog.list().topLevelItem(0);
    CHECK(row->text(2) == QLocale().toString(f.m_writable->notes().count({})));
    CHECK(dialog.status().contains(QStringLiteral("Backed up and checked")));
    dialog.show();
    test::keepScreenshot(&dialog, QStringLiteral("backups.png"));

    const QString backup = QString::fromStdString(on.backups()[0].path);
    const QString restored = QString::fromStdString(f.dir.file("restored.banthuek"));
    REQUIRE(dialog.restoreTo(backup, restored));
    auto copy = core::Notebook::open(restored.toStdString());
    CHECK(copy->notes().count({}) == f.m_writable->notes().count({}));
    CHECK(copy->check().sound());

    // Again onto the same name: refused, and the file restored first is untouched.
    const auto before = QFileInfo(restored).size();
    CHECK_FALSE(dialog.restoreTo(backup, restored));
    CHECK(dialog.status().contains(QStringLiteral("already exists")));
    CHECK(QFileInfo(restored).size() == before);

    // Another folder (a USB stick, say): its own list, remembered for this notebook.
    const QString usb = QString::fromStdString(f.dir.file("usb"));
    dialog.useFolder(usb);
    CHECK(ui::backupFolder(on.notebook) == usb);
    CHECK(dialog.list().topLevelItemCount() == 0);
    dialog.useFolder({});
    CHECK(ui::backupFolder(on.notebook) ==
          QString::fromStdString(core::defaultBackupFolder(on.notebook.toStdString())));
}
