// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/report.h"

#include <string>

namespace banthuek::core {

// A chart as a horizontal bar chart in SVG (text, no script): its title on top, labels on the left (shortened
// at a word boundary when long), bars scaled to the largest value, each value at its bar's end
// in the chosen digits. HTML inlines it; PDF and ODT draw it through Qt's SVG renderer.
// `fontFamily` is written into the SVG as given (CSS font-family syntax).
[[nodiscard]] std::string chartSvg(const ReportChart& chart, Digits digits, const std::string& fontFamily);

// A value as a report shows it: 1,234 or 1,234.5, in the chosen digits.
[[nodiscard]] std::string reportNumber(double value, Digits digits);

// Text safe inside XML or HTML, elements and attributes alike.
[[nodiscard]] std::string escapeXml(std::string_view text);

} // namespace banthuek::core
