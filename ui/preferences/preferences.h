// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/dates.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace banthuek::ui {

// What the user chose in Preferences, kept in QSettings.
struct Preferences
{
    enum class UiLanguage { System, Thai, English };

    UiLanguage language = UiLanguage::System;
    core::Era era = core::Era::Buddhist;
    core::Digits digits = core::Digits::Arabic;
    QString defaultAuthor;
    int editorFontSize = 12;

    [[nodiscard]] static Preferences load();
    void save() const;

    // The language the interface speaks under this choice.
    [[nodiscard]] QLocale::Language effectiveLanguage() const;
    [[nodiscard]] core::DateStyle dateStyle() const;
    [[nodiscard]] QString formatDate(const std::optional<core::CivilDate>& date) const;
    [[nodiscard]] QString formatTime(std::int64_t utcMillis) const;
};

} // namespace banthuek::ui
