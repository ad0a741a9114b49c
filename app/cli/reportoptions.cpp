// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/reportoptions.h"

#include "core/error.h"

#include <QGuiApplication>

#include <CLI/CLI.hpp>

namespace banthuek::app {

void ReportOptions::addTo(CLI::App& command, const std::string& formats)
{
    command.add_option("--format", format, "Output format: " + formats)->required();
    command.add_option("-o,--output", output, "File to write")->required();
    command.add_option("--lang", language, "Report language: th (default) or en");
    command.add_option("--era", era, "Years as buddhist (พ.ศ., default in Thai) or gregorian");
    command.add_option("--digits", digits, "arabic (default) or thai");
}

core::DateStyle ReportOptions::style() const
{
    const auto refuse = [](const std::string& what, const std::string& value, const std::string& choices) {
        throw core::Error(core::ErrorCategory::InvalidInput, "Unknown %1 \"%2\"; use %3.",
                          {what, value, choices});
    };
    core::DateStyle style;
    if (language != "th" && language != "en") {
        refuse("language", language, "th or en");
    }
    style.language = language == "th" ? core::Language::Thai : core::Language::English;
    const std::string eraName = era.empty() ? (language == "th" ? "buddhist" : "gregorian") : era;
    if (eraName != "buddhist" && eraName != "gregorian") {
        refuse("era", era, "buddhist or gregorian");
    }
    style.era = eraName == "buddhist" ? core::Era::Buddhist : core::Era::Gregorian;
    if (digits != "arabic" && digits != "thai") {
        refuse("digits", digits, "arabic or thai");
    }
    style.digits = digits == "thai" ? core::Digits::Thai : core::Digits::Arabic;
    return style;
}

std::unique_ptr<QGuiApplication> offscreenGui()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    static int argc = 1;
    static char name[] = "banthuek";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace banthuek::app
