// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/report.h"

#include <QFont>

#include <memory>

class QTextDocument;

namespace banthuek::ui {

constexpr qreal kReportBodyPoints =
    15; // Thai office documents: TH Sarabun 16 pt; Laksaman runs a little larger

// The report font: Laksaman (TLWG's TH Sarabun) when installed, else Noto Sans Thai.
[[nodiscard]] QFont reportFont(qreal points = kReportBodyPoints);
// A core report as a text document: titles centred, headings bold, tables ruled with their
// header row repeated on each page.
[[nodiscard]] std::unique_ptr<QTextDocument> reportTextDocument(const core::ReportDocument& report);
// Once the document is paged (its page size set), moves every table row that would be split
// across two pages to the next page whole: Qt would split it line by line. Rows taller than half
// a page are left to split.
void keepTableRowsWhole(QTextDocument& document);
// Once paged, moves a heading that would end a page, apart from what it heads, to the next page.
void keepHeadingsWithNext(QTextDocument& document);

} // namespace banthuek::ui
