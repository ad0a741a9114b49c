// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/startup/commandlinelanguage.h"

#include "ui/session/errortext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdlib>
#include <memory>
#include <string_view>

namespace banthuek::ui {
namespace {

std::string_view variable(const char* name)
{
    const char* value = std::getenv(name);
    return value ? std::string_view(value) : std::string_view();
}

} // namespace

bool commandLineSpeaksThai()
{
    std::string_view locale;
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        if (!(locale = variable(name)).empty()) {
            break;
        }
    }
    const std::string_view languages = variable("LANGUAGE");
    if (!languages.empty() && locale != "C" && locale != "POSIX") {
        return languages.starts_with("th");
    }
    return locale.starts_with("th");
}

std::string commandLineMessage(const core::Message& message)
{
    if (!commandLineSpeaksThai()) {
        return message.english();
    }
    // Translations need an application object; the command line has none until the window.
    static int argc = 1;
    static char name[] = "banthuek";
    static char* argv[] = {name, nullptr};
    std::unique_ptr<QCoreApplication> app;
    if (!QCoreApplication::instance()) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QTranslator thai;
    if (!thai.load(QLocale(QLocale::Thai, QLocale::Thailand), QStringLiteral("banthuek"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")) ||
        !QCoreApplication::installTranslator(&thai)) {
        return message.english();
    }
    std::string words = userMessage(message).toStdString();
    QCoreApplication::removeTranslator(&thai);
    return words;
}

std::string commandLineMessage(const core::Error& error)
{
    return commandLineMessage(error.message());
}

} // namespace banthuek::ui
