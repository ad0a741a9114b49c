// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/report.h"

#include <QString>

class QPagedPaintDevice;

namespace banthuek::ui {

// Writes a core report for paper and for word processors, laid out by reportTextDocument
// (reportlayout.h). Both throw core::Error (Io) naming the file when it cannot be written; a
// file half written is removed.
// A4 PDF: the running header on every page, page numbers at the foot, table rows kept whole
// and table headers repeated across pages. Needs a QGuiApplication.
void writeReportPdf(const core::ReportDocument& report, const QString& path);
// The same pages on any paged device (a printer; the device's page size and margins as set):
// false when the device could not be painted on.
bool paintReport(const core::ReportDocument& report, QPagedPaintDevice& device, int resolution);
// OpenDocument Text, editable in LibreOffice and Word.
void writeReportOdt(const core::ReportDocument& report, const QString& path);
// Text (HTML, Markdown, CSV) to a file, replaced whole or not at all; throws like the above.
void writeTextFile(const std::string& content, const QString& path);

} // namespace banthuek::ui
