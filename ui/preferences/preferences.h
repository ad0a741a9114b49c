// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/dates.h"

#include <QLocale>
#include <QString>

#include <cstdint>
#include <optional>

namespace banthuek::ui {

// What the user chose in Preferences, kept in QSettings.
// The largest per-file limit Preferences offers, in MB: a file is still read a chunk at a time.
inline constexpr int kMaxFileLimitMb = 4000;

struct Preferences
{
    enum class UiLanguage { System, Thai, English };

    UiLanguage language = UiLanguage::System;
    core::Era era = core::Era::Buddhist;
    core::Digits digits = core::Digits::Arabic;
    QString defaultAuthor;
    int editorFontSize = 12;
    int fileLimitMb = 200;     // the largest file a note takes, in MB (of 1,048,576 bytes, as core counts)
    bool checkSpelling = true; // misspelt words underlined as one types

    [[nodiscard]] static Preferences load();
    void save() const;
    // Writes the default author alone: the other choices keep following their defaults (the era
    // follows the language until one is chosen).
    void saveDefaultAuthor() const;

    // The language the interface speaks under this choice.
    [[nodiscard]] QLocale::Language effectiveLanguage() const;
    [[nodiscard]] core::DateStyle dateStyle() const;
    [[nodiscard]] QString formatDate(const std::optional<core::CivilDate>& date) const;
    [[nodiscard]] QString formatTime(std::int64_t utcMillis) const;
    [[nodiscard]] std::int64_t fileLimitBytes() const { return std::int64_t{fileLimitMb} * 1024 * 1024; }
};

} // namespace banthuek::ui
