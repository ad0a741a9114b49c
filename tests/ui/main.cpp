// SPDX-License-Identifier: GPL-3.0-or-later
// UI tests need a QApplication, and settings of their own so a developer's are never touched.
#define CATCH_CONFIG_RUNNER
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
    return Catch::Session().run(argc, argv);
}
