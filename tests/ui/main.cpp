// SPDX-License-Identifier: GPL-3.0-or-later
// UI tests need a QApplication, and a home of their own: settings, the data folder and the
// automatic backups of one test process never meet a developer's or another test's (CTest runs
// two UI tests at a time).
#define CATCH_CONFIG_RUNNER
#include "ui/backup/autobackup.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>

#include <catch2/catch.hpp>

namespace {

int threadCount()
{
    return static_cast<int>(
        QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

// LeakSanitizer checks at exit by stopping every thread; a thread that is exiting just then
// can crash its tracer ("Tracer caught signal 11", a known sanitizer fault that fails a test whose
// assertions all passed). So the application's pool is joined, the application closed, and the
// test waits, a second at most, until no thread comes or goes.
void settleThreads()
{
    int before = threadCount();
    for (int round = 0; round < 50; ++round) {
        QThread::msleep(20);
        const int now = threadCount();
        if (now == before) {
            return;
        }
        before = now;
    }
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    const QTemporaryDir home(QDir::tempPath() + QStringLiteral("/banthuek-ui-home-XXXXXX"));
    if (!home.isValid()) {
        return 2;
    }
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral(".local/share"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral(".config"))));
    QStandardPaths::setTestModeEnabled(true);
    int failed = 0;
    {
        QApplication app(argc, argv);
        QApplication::setOrganizationName(QStringLiteral("BanthuekTests"));
        QApplication::setApplicationName(QStringLiteral("BanthuekUiTests"));
        QSettings().clear();
        // Windows open and close all through the tests: only the backup tests back up (into
        // folders of their own), never into the developer's data folder.
        banthuek::ui::setAutoBackupEnabled(false);
        failed = Catch::Session().run(argc, argv);
        QThreadPool::globalInstance()->waitForDone(); // the application owns this pool
    }                                                 // the application's threads stop with it
    settleThreads();
    return failed;
}
