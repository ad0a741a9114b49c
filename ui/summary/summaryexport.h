// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/summary/summary.h"

#include <QString>

#include <optional>
#include <string_view>

namespace banthuek::ui {

enum class SummaryFormat { Pdf, Odt, Html, Markdown, Csv };

// pdf, odt, html, md (or markdown), csv.
[[nodiscard]] std::optional<SummaryFormat> parseSummaryFormat(std::string_view name);
[[nodiscard]] QString summaryExtension(SummaryFormat format); // "pdf", "md", ...

// Writes a summary in one format: the same content in each (CSV as tables). The file is
// replaced whole or not at all; throws core::Error (Io) naming it when it cannot be written.
// PDF and ODT need a QGuiApplication.
void exportSummary(const core::Summary& summary, const std::string& notebookName,
                   const core::DateStyle& style, SummaryFormat format, const QString& path);

} // namespace banthuek::ui
