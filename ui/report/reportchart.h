// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/report.h"

#include <QImage>

namespace banthuek::ui {

// A report chart drawn from core's SVG (the same drawing HTML shows) in the report font, as
// a picture `pixelWidth` wide: sharp on paper at three times screen size. Needs a QGuiApplication.
[[nodiscard]] QImage renderChart(const core::ReportChart& chart, core::Digits digits, int pixelWidth);

} // namespace banthuek::ui
