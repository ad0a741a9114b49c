// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/printing.h"

#include "ui/report/reportlayout.h"
#include "ui/report/reportwriter.h"

#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace banthuek::ui {

void setUpPrinter(QPrinter& printer, const QString& title)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setResolution(300); // the PDF's: text wraps at the same words on paper
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setDocName(title);
    printer.setCreator(QStringLiteral("Banthuek"));
}

void previewAndPrint(QWidget* parent, const QString& title, const PagePainter& paint)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("printPreview"));
    preview.setWindowTitle(QObject::tr("Print: %1").arg(title));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&paint](QPrinter* target) { paint(*target); });
    preview.exec();
}

bool printReport(const core::ReportDocument& report, QPrinter& printer)
{
    return paintReport(report, printer, printer.resolution());
}

bool printNote(const QString& title, const QString& details, const QString& markdownBody, QPrinter& printer)
{
    QTextDocument document;
    document.setDefaultFont(reportFont(kReportBodyPoints));
    QTextCursor cursor(&document);
    QTextCharFormat heading;
    heading.setFont(reportFont(kReportBodyPoints + 6));
    heading.setFontWeight(QFont::Bold);
    cursor.insertText(title, heading);
    cursor.insertBlock();
    QTextCharFormat quiet;
    quiet.setFont(reportFont(kReportBodyPoints - 2));
    quiet.setForeground(Qt::darkGray);
    cursor.insertText(details, quiet);
    cursor.insertBlock();
    QTextDocument body;
    body.setDefaultFont(reportFont(kReportBodyPoints));
    body.setMarkdown(markdownBody);
    cursor.insertFragment(QTextDocumentFragment(&body));
    // QTextDocument::print keeps 2 cm margins and numbers the pages itself.
    printer.setFullPage(false);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    document.print(&printer);
    return printer.printerState() != QPrinter::Error;
}

} // namespace banthuek::ui
