// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/report.h"

#include <string>

namespace banthuek::core {

// A report as one self-contained HTML file: inline CSS, charts as inline SVG, every text
// escaped (a note titled <script> stays text). Thai is wrapped by the browser.
[[nodiscard]] std::string reportHtml(const ReportDocument& report);

// A report as Markdown (CommonMark with GFM tables): headings, paragraphs (indented ones as
// nested lists), tables, charts as tables. Markdown marks in the text are escaped.
[[nodiscard]] std::string reportMarkdown(const ReportDocument& report);

} // namespace banthuek::core
