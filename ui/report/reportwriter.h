// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/report.h"

#include <QString>

namespace banthuek::ui {

// Writes a core report for paper and for word processors, laid out by reportTextDocument
// (reportlayout.h). Both throw core::Error (Io) naming the file when it cannot be written; a
// file half written is removed.
// A4 PDF: the running header on every page, page numbers at the foot, table rows kept whole
// and table headers repeated across pages. Needs a QGuiApplication.
void writeReportPdf(const core::ReportDocument& report, const QString& path);
// OpenDocument Text, editable in LibreOffice and Word.
void writeReportOdt(const core::ReportDocument& report, const QString& path);
// Text (HTML, Markdown, CSV) to a file, replaced whole or not at all; throws like the above.
void writeTextFile(const std::string& content, const QString& path);

} // namespace banthuek::ui
