// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferences/preferences.h"

#include <QSettings>

namespace banthuek::ui {

Preferences Preferences::load()
{
    QSettings settings;
    Preferences p;
    p.language = static_cast<UiLanguage>(settings.value(QStringLiteral("ui/language"), 0).toInt());
    // Until the user chooses, Thai shows the Buddhist era and English the Gregorian one.
    const QString defaultEra =
        p.effectiveLanguage() == QLocale::Thai ? QStringLiteral("buddhist") : QStringLiteral("gregorian");
    p.era = settings.value(QStringLiteral("dates/era"), defaultEra).toString() == QStringLiteral("gregorian")
                ? core::Era::Gregorian
                : core::Era::Buddhist;
    p.digits = settings.value(QStringLiteral("dates/digits"), QStringLiteral("arabic")).toString() ==
                       QStringLiteral("thai")
                   ? core::Digits::Thai
                   : core::Digits::Arabic;
    p.defaultAuthor = settings.value(QStringLiteral("notes/defaultAuthor")).toString();
    p.editorFontSize = qBound(8, settings.value(QStringLiteral("editor/fontSize"), 12).toInt(), 32);
    p.fileLimitMb = qBound(1, settings.value(QStringLiteral("files/limitMb"), 200).toInt(), kMaxFileLimitMb);
    p.checkSpelling = settings.value(QStringLiteral("editor/checkSpelling"), true).toBool();
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/language"), static_cast<int>(language));
    settings.setValue(QStringLiteral("dates/era"),
                      era == core::Era::Gregorian ? QStringLiteral("gregorian") : QStringLiteral("buddhist"));
    settings.setValue(QStringLiteral("dates/digits"),
                      digits == core::Digits::Thai ? QStringLiteral("thai") : QStringLiteral("arabic"));
    settings.setValue(QStringLiteral("notes/defaultAuthor"), defaultAuthor);
    settings.setValue(QStringLiteral("editor/fontSize"), editorFontSize);
    settings.setValue(QStringLiteral("files/limitMb"), fileLimitMb);
    settings.setValue(QStringLiteral("editor/checkSpelling"), checkSpelling);
}

void Preferences::saveDefaultAuthor() const
{
    QSettings().setValue(QStringLiteral("notes/defaultAuthor"), defaultAuthor);
}

QLocale::Language Preferences::effectiveLanguage() const
{
    switch (language) {
    case UiLanguage::Thai:
        return QLocale::Thai;
    case UiLanguage::English:
        return QLocale::English;
    case UiLanguage::System:
        break;
    }
    return QLocale::system().language() == QLocale::Thai ? QLocale::Thai : QLocale::English;
}

core::DateStyle Preferences::dateStyle() const
{
    core::DateStyle style;
    style.language = effectiveLanguage() == QLocale::Thai ? core::Language::Thai : core::Language::English;
    style.era = era;
    style.digits = digits;
    return style;
}

QString Preferences::formatDate(const std::optional<core::CivilDate>& date) const
{
    return date ? QString::fromStdString(core::formatDate(*date, dateStyle())) : QString();
}

QString Preferences::formatTime(std::int64_t utcMillis) const
{
    return QString::fromStdString(core::formatDateTime(utcMillis, dateStyle()));
}

} // namespace banthuek::ui
