// SPDX-License-Identifier: GPL-3.0-or-later
// A field laptop's screen: at 1366×768 and at 1280×720 the first window fits, and every part of
// a note (title, details, body, comments, related notes, the status bar) is on the screen, the
// body taking at least half of the note's column. Each size runs in a child process of its own,
// on an offscreen screen of that size.
#include "tests/ui/uitesthelpers.h"
#include "ui/about/aboutdialog.h"
#include "ui/exchange/exchangedialog.h"
#include "ui/minutes/actionsdialog.h"
#include "ui/notebook/propertiesdialog.h"
#include "ui/notes/historydialog.h"
#include "ui/notes/notelistpane.h"
#include "ui/overview/coveragedialog.h"
#include "ui/overview/staleplacesdialog.h"
#include "ui/people/registerdialog.h"
#include "ui/plans/plandialog.h"
#include "ui/plans/planlinkdialog.h"
#include "ui/preferences/preferences.h"
#include "ui/summary/summarydialog.h"
#include "ui/widgets/screenfit.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFrame>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace banthuek;
using banthuek::test::DemoFixture;
using banthuek::test::keepScreenshot;

namespace {

QRect onScreen(const QWidget* widget)
{
    return {widget->mapToGlobal(QPoint(0, 0)), widget->size()};
}

} // namespace

TEST_CASE("Every part of a note is on a small screen (child process)", "[.screenchild]")
{
    const QSize expected(qEnvironmentVariableIntValue("BANTHUEK_SCREEN_WIDTH"),
                         qEnvironmentVariableIntValue("BANTHUEK_SCREEN_HEIGHT"));
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    REQUIRE(screen.size() == expected); // the screen the parent asked for
    const int dpr = std::max(1, qEnvironmentVariableIntValue("BANTHUEK_SCREEN_DPR"));
    REQUIRE(QGuiApplication::primaryScreen()->devicePixelRatio() == dpr);

    DemoFixture f;
    REQUIRE(QTest::qWaitForWindowExposed(f.window.get()));
    f.window->listPane().selectRow(0);
    QTest::qWait(100);
    CAPTURE(f.window->frameGeometry());
    CHECK(f.window->isMaximized());
    CHECK(screen.contains(f.window->frameGeometry()));

    for (const char* name : {"titleEdit", "bodyEdit", "commentText", "addCommentButton", "besideTabs",
                             "saveState", "noteFooter"}) {
        auto* widget = f.find<QWidget>(name);
        REQUIRE(widget);
        CAPTURE(name, onScreen(widget));
        CHECK(widget->isVisible());
        CHECK(screen.contains(onScreen(widget)));
    }
    const auto* tabs = f.find<QTabWidget>("besideTabs");
    CHECK(screen.contains(QRect(tabs->tabBar()->mapToGlobal(QPoint(0, 0)), tabs->tabBar()->size())));
    CHECK(screen.contains(onScreen(f.window->statusBar())));

    const int column = f.find<QSplitter>("noteSplitter")->height();
    const int body = f.find<QWidget>("bodyEdit")->height();
    CAPTURE(column, body);
    CHECK(body * 2 >= column);

    // A note with comments shows its first comment whole (its name line and its text), not cut.
    QString commented;
    for (const auto& note : f.notebook().notes().list({})) {
        if (commented.isEmpty() && !f.notebook().comments().forNote(note.id).empty()) {
            commented = QString::fromStdString(note.id);
        }
    }
    REQUIRE_FALSE(commented.isEmpty());
    REQUIRE(f.window->listPane().selectNote(commented));
    QTest::qWait(100);
    const auto comments = f.window->findChildren<QFrame*>(QStringLiteral("comment"));
    REQUIRE_FALSE(comments.isEmpty());
    const auto* scroll = f.find<QScrollArea>("commentList");
    REQUIRE(scroll);
    CAPTURE(onScreen(comments.front()), onScreen(scroll->viewport()));
    CHECK(onScreen(scroll->viewport()).contains(onScreen(comments.front())));
    keepScreenshot(
        f.window.get(),
        QStringLiteral("screen-%1x%2@%3x.png").arg(expected.width()).arg(expected.height()).arg(dpr));
}

TEST_CASE("Every dialog fits a small screen, its buttons on it (child process)", "[.screenchild]")
{
    DemoFixture f;
    const ui::Preferences preferences = ui::Preferences::load();
    QWidget* parent = f.window.get();
    const auto noFilter = [](const core::NoteFilter&) {};
    const QString noteId = QString::fromStdString(f.notebook().notes().list({}).at(0).id);
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.emplace_back(new ui::SummaryDialog(*f.session, preferences, parent));
    dialogs.emplace_back(new ui::PlanDialog(*f.session, preferences, parent));
    dialogs.emplace_back(new ui::RegisterDialog(*f.session, noFilter, parent));
    dialogs.emplace_back(new ui::CoverageDialog(*f.session, preferences, noFilter, parent));
    dialogs.emplace_back(new ui::ActionsDialog(
        *f.session, preferences, [](const QString&) {}, parent));
    dialogs.emplace_back(new ui::StalePlacesDialog(
        *f.session, preferences, [](const QString&) {}, parent));
    dialogs.emplace_back(new ui::HistoryDialog(*f.session, preferences, noteId, parent));
    dialogs.emplace_back(new ui::ExchangeDialog(*f.session, parent));
    dialogs.emplace_back(new ui::PropertiesDialog(*f.session, parent));
    dialogs.emplace_back(new ui::AboutDialog(parent));
    dialogs.emplace_back(new ui::PlanLinkDialog(*f.session, noteId, parent));
    for (const auto& dialog : dialogs) {
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
        QTest::qWait(50);
        const QSize room = ui::roomOnScreen(dialog.get());
        const int width = dialog->width();
        const int height = dialog->height();
        CAPTURE(dialog->metaObject()->className(), width, height, room.width(), room.height());
        CHECK(dialog->width() <= room.width());
        CHECK(dialog->height() <= room.height());
        for (const auto* buttons : dialog->findChildren<QDialogButtonBox*>()) {
            if (buttons->isVisible()) {
                CHECK(QRect(QPoint(0, 0), dialog->size())
                          .contains(QRect(buttons->mapTo(dialog.get(), QPoint(0, 0)), buttons->size())));
            }
        }
        keepScreenshot(dialog.get(),
                       QStringLiteral("dialog-%1x%2@%3x-%4.png")
                           .arg(room.width())
                           .arg(room.height())
                           .arg(dialog->devicePixelRatio())
                           .arg(QString::fromLatin1(dialog->metaObject()->className()).section(u':', -1)));
        dialog->close();
    }
}

TEST_CASE("The first window and every dialog fit a field laptop's screen: 1366x768, 1280x720, and 200%",
          "[ui][screen]")
{
    // A 2732x1536 panel at 200% (HiDPI) has the room of a 1366x768 one, in pixels twice as fine.
    for (const auto& [size, dpr] :
         {std::pair{QSize(1366, 768), 1}, std::pair{QSize(1280, 720), 1}, std::pair{QSize(1366, 768), 2}}) {
        CAPTURE(size.width(), size.height(), dpr);
        QTemporaryDir home; // settings of its own: no window geometry saved by other tests
        REQUIRE(home.isValid());
        const QString config = home.filePath(QStringLiteral("screen.json"));
        QFile file(config);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": %1, "height": %2,
                                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": %3}]})")
                .arg(size.width())
                .arg(size.height())
                .arg(dpr)
                .toUtf8());
        file.close();
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"),
                           QStringLiteral("offscreen:configfile=") + config);
        environment.insert(QStringLiteral("BANTHUEK_SCREEN_WIDTH"), QString::number(size.width()));
        environment.insert(QStringLiteral("BANTHUEK_SCREEN_HEIGHT"), QString::number(size.height()));
        environment.insert(QStringLiteral("BANTHUEK_SCREEN_DPR"), QString::number(dpr));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[.screenchild]")});
        REQUIRE(child.waitForFinished(120000));
        const QString output = QString::fromLocal8Bit(child.readAll());
        INFO(output.toStdString());
        CHECK(child.exitStatus() == QProcess::NormalExit);
        CHECK(child.exitCode() == 0);
        CHECK(output.contains(QStringLiteral("All tests passed")));
    }
}

TEST_CASE("The note's details fold into one line and unfold, and the window remembers which", "[ui][screen]")
{
    DemoFixture f;
    f.window->listPane().selectRow(0);
    auto* toggle = f.find<QToolButton>("detailsToggle");
    auto* summary = f.find<QLabel>("detailsSummary");
    auto* places = f.find<QWidget>("placesField");
    REQUIRE(toggle);
    REQUIRE(places);
    REQUIRE(toggle->isChecked()); // a roomy test screen: unfolded at first
    CHECK(places->isVisible());
    CHECK_FALSE(summary->isVisible());

    toggle->click(); // fold
    CHECK_FALSE(places->isVisible());
    CHECK(summary->isVisible());
    CHECK(summary->text().contains(QStringLiteral("โมคลาน")));        // the note's place, named
    CHECK(summary->text().contains(QStringLiteral("ประภาพร ทองคำ"))); // and its author

    f.reopen();
    f.window->listPane().selectRow(0);
    CHECK_FALSE(f.find<QToolButton>("detailsToggle")->isChecked());
    CHECK_FALSE(f.find<QWidget>("placesField")->isVisible());
    f.find<QToolButton>("detailsToggle")->click(); // unfolded again, for the tests after this one
    CHECK(f.find<QWidget>("placesField")->isVisible());

    // The summary follows the details as they are edited while unfolded.
    auto* author = f.find<QLineEdit>("authorEdit");
    REQUIRE(author);
    author->clear();
    banthuek::test::typeText(author, QStringLiteral("สมศรี ใจดี"));
    f.find<QToolButton>("detailsToggle")->click();
    CHECK(f.find<QLabel>("detailsSummary")->text().contains(QStringLiteral("สมศรี ใจดี")));
    f.find<QToolButton>("detailsToggle")->click();
}
