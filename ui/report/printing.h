// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/report.h"

#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace banthuek::ui {

// Paints pages for a printer; false when the printer could not be painted on.
using PagePainter = std::function<bool(QPrinter& printer)>;

// A4, high resolution, margins left to the painter: the same pages as the PDF export.
void setUpPrinter(QPrinter& printer, const QString& title);

// File → Print…: the print preview first (zoom, pages, page set-up), whose Print button opens
// the system's print dialog.
void previewAndPrint(QWidget* parent, const QString& title, const PagePainter& paint);

// A report (minutes, a summary) on the printer, laid out as writeReportPdf lays it out.
bool printReport(const core::ReportDocument& report, QPrinter& printer);

// A note as the editor shows it: its title, one line of details, the body as formatted text
// (from its Markdown), page numbers at the foot.
bool printNote(const QString& title, const QString& details, const QString& markdownBody, QPrinter& printer);

} // namespace banthuek::ui
