// SPDX-License-Identifier: GPL-3.0-or-later
// UI tests need a QApplication, and settings of their own so a developer's are never touched.
#define CATCH_CONFIG_RUNNER
#include "ui/backup/autobackup.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BanthuekTests"));
    QApplication::setApplicationName(QStringLiteral("BanthuekUiTests"));
    QSettings().clear();
    // Windows open and close all through the tests: only the backup tests back up (into
    // folders of their own), never into the developer's data folder.
    banthuek::ui::setAutoBackupEnabled(false);
    return Catch::Session().run(argc, argv);
}
