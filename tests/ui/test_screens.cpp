// SPDX-License-Identifier: GPL-3.0-or-later
// A field laptop's screen: at 1366×768 and at 1280×720 the first window fits, and every part of
// a note (title, details, body, comments, related notes, the status bar) is on the screen, the
// body taking at least half of the note's column. Each size runs in a child process of its own,
// on an offscreen screen of that size.
#include "tests/ui/uitesthelpers.h"
#include "ui/notes/notelistpane.h"

#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

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
    keepScreenshot(f.window.get(),
                   QStringLiteral("screen-%1x%2.png").arg(expected.width()).arg(expected.height()));
}

TEST_CASE("The first window fits a field laptop's screen: 1366x768 and 1280x720", "[ui][screen]")
{
    for (const QSize size : {QSize(1366, 768), QSize(1280, 720)}) {
        CAPTURE(size.width(), size.height());
        QTemporaryDir home; // settings of its own: no window geometry saved by other tests
        REQUIRE(home.isValid());
        const QString config = home.filePath(QStringLiteral("screen.json"));
        QFile file(config);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": %1, "height": %2,
                                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                .arg(size.width())
                .arg(size.height())
                .toUtf8());
        file.close();
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"),
                           QStringLiteral("offscreen:configfile=") + config);
        environment.insert(QStringLiteral("BANTHUEK_SCREEN_WIDTH"), QString::number(size.width()));
        environment.insert(QStringLiteral("BANTHUEK_SCREEN_HEIGHT"), QString::number(size.height()));
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
