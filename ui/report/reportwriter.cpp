// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/reportwriter.h"

#include "core/error.h"
#include "ui/report/reportlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace banthuek::ui {
namespace {

constexpr qreal kMarginMm = 20;

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

[[noreturn]] void cannotWrite(const QString& path, const QString& why)
{
    QFile::remove(path);
    throw core::Error(core::ErrorCategory::Io,
                      "Cannot write " + path.toStdString() + ": " + why.toStdString());
}

} // namespace

bool paintReport(const core::ReportDocument& report, QPagedPaintDevice& device, int resolution)
{
    QPainter painter;
    if (!painter.begin(&device)) {
        return false;
    }
    const std::unique_ptr<QTextDocument> document = reportTextDocument(report);
    document->documentLayout()->setPaintDevice(&device);
    const qreal mm = resolution / 25.4;
    const QRectF page(QPointF(0, 0), device.pageLayout().fullRectPixels(resolution).size());
    const QRectF body =
        page.adjusted(25 * mm, 25 * mm, -kMarginMm * mm, -kMarginMm * mm); // 2.5 cm binding side
    // Each page keeps a strip above and below its text: Thai marks stacked over a page's first
    // line reach above the line, and would otherwise be drawn at the foot of the page before.
    const qreal strip = 2 * mm;
    document->setDocumentMargin(strip);
    const QSizeF pageSize = body.size() + QSizeF(2 * strip, 2 * strip);
    document->setPageSize(pageSize);
    keepHeadingsWithNext(*document);
    keepTableRowsWhole(*document);
    const int pages = document->pageCount();
    const QFont small = reportFont(kReportBodyPoints - 3);
    for (int index = 0; index < pages; ++index) {
        if (index > 0) {
            device.newPage();
        }
        painter.save();
        painter.translate(body.left() - strip, body.top() - strip - index * pageSize.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, index * pageSize.height(), pageSize.width(), pageSize.height());
        painter.setClipRect(context.clip);
        document->documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(small);
        painter.setPen(Qt::darkGray);
        const QRectF header(body.left(), 10 * mm, body.width(), 10 * mm);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, fromStd(report.runningHeader));
        const QString label = fromStd(report.pageFormat).arg(index + 1).arg(pages);
        const QRectF foot(body.left(), page.height() - 15 * mm, body.width(), 10 * mm);
        painter.drawText(foot, Qt::AlignHCenter | Qt::AlignVCenter,
                         fromStd(core::withDigits(label.toStdString(), report.digits)));
    }
    return painter.end();
}

void writeReportPdf(const core::ReportDocument& report, const QString& path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(fromStd(report.title));
    writer.setCreator(QStringLiteral("Banthuek"));
    if (!paintReport(report, writer, writer.resolution())) {
        cannotWrite(path, QStringLiteral("the PDF file could not be written"));
    }
}

void writeReportOdt(const core::ReportDocument& report, const QString& path)
{
    const std::unique_ptr<QTextDocument> document = reportTextDocument(report);
    // The file is opened here: Qt's ODF writer leaks when it cannot open one (and it closes the
    // device itself, which a QSaveFile forbids).
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        cannotWrite(path, file.errorString());
    }
    QTextDocumentWriter writer(&file, QByteArrayLiteral("odf"));
    if (!writer.write(document.get())) {
        cannotWrite(path, file.errorString());
    }
}

void writeTextFile(const std::string& content, const QString& path)
{
    QSaveFile file(path); // written beside, then renamed: never half a file
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(content.data(), static_cast<qint64>(content.size())) !=
            static_cast<qint64>(content.size()) ||
        !file.commit()) {
        throw core::Error(core::ErrorCategory::Io,
                          "Cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
    }
}

} // namespace banthuek::ui
