// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/report.h"
#include "core/summary/summary.h"

#include <string>

namespace banthuek::core {

// A summary as a printable report in the style's language, era and digits: headline figures
// beside the previous period's, notes by district and place with their first paragraphs, quiet
// places, themes, meetings and their resolutions, action items by owner, and charts.
// `notebookName` heads every page with the period.
[[nodiscard]] ReportDocument summaryReport(const Summary& summary, const std::string& notebookName,
                                           const DateStyle& style);

// The same figures and lists as CSV tables for a spreadsheet, one after another, each under a
// line naming it: figures, notes (with places and themes), quiet places, themes, meetings,
// action items by owner, overdue action items. UTF-8 with a byte-order mark (for Excel).
[[nodiscard]] std::string summaryCsv(const Summary& summary, const std::string& notebookName,
                                     const DateStyle& style);

} // namespace banthuek::core
