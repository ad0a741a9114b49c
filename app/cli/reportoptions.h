// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/dates.h"

#include <memory>
#include <string>

namespace CLI {
class App;
}

class QGuiApplication;

namespace banthuek::app {

// What every report command takes: the output file and format, and the report's language, era
// and digits (Thai with the Buddhist era by default, whatever the window's language).
struct ReportOptions
{
    std::string format;
    std::string output;
    std::string language = "th";
    std::string era; // default: buddhist in Thai, gregorian in English
    std::string digits = "arabic";

    // Adds --format (one of `formats`, e.g. "pdf|odt"), -o, --lang, --era and --digits.
    void addTo(CLI::App& command, const std::string& formats);
    // The style asked for; throws InvalidInput naming an unknown value.
    [[nodiscard]] core::DateStyle style() const;
};

// The fonts and text layout PDF and ODT writers need, without a display: a cron job has none.
[[nodiscard]] std::unique_ptr<QGuiApplication> offscreenGui();

} // namespace banthuek::app
