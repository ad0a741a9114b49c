// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/reportlayout.h"

#include "ui/report/reportchart.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextTable>

#include <cmath>
#include <limits>

namespace banthuek::ui {
namespace {

using Kind = core::ReportBlock::Kind;

constexpr qreal kIndentPixels = 36; // one indent step, about 1 cm (layout pixels, 96 per inch)
constexpr int kKeepWithNext = QTextFormat::UserProperty + 1; // a heading's mark: never last on a page
constexpr int kChartWidth = 600;                             // layout pixels: 16 cm, inside an A4 page's body
constexpr int kChartSharpness = 3; // picture pixels per layout pixel: about 290 dpi on paper

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QTextCharFormat charFormat(qreal points, bool bold)
{
    QTextCharFormat format;
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

QTextBlockFormat blockFormat(const core::ReportBlock& block)
{
    QTextBlockFormat format;
    format.setBottomMargin(4);
    switch (block.kind) {
    case Kind::Title:
    case Kind::Centred:
        format.setAlignment(Qt::AlignHCenter);
        break;
    case Kind::Rule:
        format.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                           QTextLength(QTextLength::PercentageLength, 100));
        break;
    case Kind::Heading:
        format.setTopMargin(10);
        format.setProperty(kKeepWithNext, true);
        break;
    case Kind::Signature:
        format.setAlignment(Qt::AlignHCenter);
        format.setLeftMargin(300); // the right half of the page
        format.setTopMargin(24);
        break;
    case Kind::Paragraph:
    case Kind::Table:
    case Kind::Chart:
        break;
    }
    format.setLeftMargin(format.leftMargin() + block.indent * kIndentPixels);
    return format;
}

// A block of text, one paragraph a line; only the first line keeps the space above.
void addLines(QTextCursor& cursor, const QString& text, QTextBlockFormat format, const QTextCharFormat& chars,
              bool& first)
{
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (first) {
            cursor.setBlockFormat(format);
            cursor.setBlockCharFormat(chars);
            first = false;
        } else {
            cursor.insertBlock(format, chars);
        }
        cursor.insertText(line, chars);
        format.setTopMargin(0);
    }
}

QTextTableFormat tableFormat(const core::ReportTable& table)
{
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setCellSpacing(0);
    format.setBorder(1);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(Qt::black);
    format.setCellPadding(3);
    format.setHeaderRowCount(1); // repeated on every page the table runs onto
    const auto columns = static_cast<int>(table.header.size());
    int total = 0;
    for (int width : table.widths) {
        total += width;
    }
    QList<QTextLength> constraints;
    for (int column = 0; column < columns; ++column) {
        const qreal share = total > 0 && column < static_cast<int>(table.widths.size())
                                ? 100.0 * table.widths[static_cast<std::size_t>(column)] / total
                                : 100.0 / columns;
        constraints.append(QTextLength(QTextLength::PercentageLength, share));
    }
    format.setColumnWidthConstraints(constraints);
    return format;
}

// A chart (its title drawn in it), as a picture the document keeps: the ODT file carries it too.
void addChart(QTextCursor& cursor, const core::ReportChart& chart, core::Digits digits, bool& first)
{
    const QImage image = renderChart(chart, digits, kChartWidth * kChartSharpness);
    if (image.isNull()) {
        return;
    }
    QTextDocument* document = cursor.document();
    const QString name = QStringLiteral("chart-%1.png").arg(cursor.position()); // unique: one chart a place
    document->addResource(QTextDocument::ImageResource, QUrl(name), image);
    QTextBlockFormat format;
    format.setTopMargin(6);
    format.setBottomMargin(6);
    if (first) {
        cursor.setBlockFormat(format);
        first = false;
    } else {
        cursor.insertBlock(format);
    }
    QTextImageFormat picture;
    picture.setName(name);
    picture.setWidth(kChartWidth);
    picture.setHeight(static_cast<qreal>(image.height()) / kChartSharpness);
    cursor.insertImage(picture);
}

void addTable(QTextCursor& cursor, const core::ReportTable& table, bool& first)
{
    first = false; // the empty first block stays before the table
    const auto columns = static_cast<int>(table.header.size());
    QTextTable* grid =
        cursor.insertTable(static_cast<int>(table.rows.size()) + 1, columns, tableFormat(table));
    const auto fill = [&](int row, const std::vector<std::string>& cells, bool bold) {
        for (int column = 0; column < columns && column < static_cast<int>(cells.size()); ++column) {
            QTextCursor cell = grid->cellAt(row, column).firstCursorPosition();
            cell.insertText(fromStd(cells[static_cast<std::size_t>(column)]),
                            charFormat(kReportBodyPoints - 1, bold));
        }
    };
    fill(0, table.header, true);
    for (std::size_t row = 0; row < table.rows.size(); ++row) {
        fill(static_cast<int>(row) + 1, table.rows[row], false);
    }
    cursor.movePosition(QTextCursor::End);
}

QTextDocumentFragment cellContents(QTextTable* table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return cursor.selection();
}

// Rows `from`.. of `table` become a new table (with the same header) that starts a new page.
QTextTable* moveRowsToNextPage(QTextTable* table, int from)
{
    const int header = table->format().headerRowCount();
    const int columns = table->columns();
    QList<QTextDocumentFragment> cells;
    for (int row = 0; row < table->rows(); ++row) {
        if (row < header || row >= from) {
            for (int column = 0; column < columns; ++column) {
                cells.append(cellContents(table, row, column));
            }
        }
    }
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    table->removeRows(from, table->rows() - from);
    QTextCursor after(table->document());
    after.setPosition(table->lastPosition() + 1);
    QTextTable* next = after.insertTable(static_cast<int>(cells.size()) / columns, columns, format);
    for (int index = 0; index < cells.size(); ++index) {
        next->cellAt(index / columns, index % columns).firstCursorPosition().insertFragment(cells[index]);
    }
    return next;
}

// The first row (after the header) that starts on one page and ends on another, or 0.
int firstSplitRow(QTextTable* table, qreal pageHeight)
{
    QAbstractTextDocumentLayout* layout = table->document()->documentLayout();
    for (int row = table->format().headerRowCount(); row < table->rows(); ++row) {
        qreal top = std::numeric_limits<qreal>::max();
        qreal bottom = 0;
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            top = std::min(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
            bottom = std::max(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
        }
        const bool split = std::floor(top / pageHeight) != std::floor((bottom - 1) / pageHeight);
        if (split && bottom - top < pageHeight / 2) {
            return row;
        }
    }
    return 0;
}

} // namespace

QFont reportFont(qreal points)
{
    QString family = QStringLiteral("Laksaman");
    if (!QFontDatabase::families().contains(family)) {
        family = QStringLiteral("Noto Sans Thai");
    }
    QFont font(family);
    font.setPointSizeF(points);
    return font;
}

std::unique_ptr<QTextDocument> reportTextDocument(const core::ReportDocument& report)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(reportFont());
    document->setMetaInformation(QTextDocument::DocumentTitle, fromStd(report.title));
    document->setDocumentMargin(0);
    QTextCursor cursor(document.get());
    bool first = true;
    for (const core::ReportBlock& block : report.blocks) {
        if (block.kind == Kind::Table) {
            addTable(cursor, block.table, first);
            continue;
        }
        if (block.kind == Kind::Chart) {
            addChart(cursor, block.chart, report.digits, first);
            continue;
        }
        const qreal points = block.kind == Kind::Title ? kReportBodyPoints + 4 : kReportBodyPoints;
        const bool bold = block.bold || block.kind == Kind::Title || block.kind == Kind::Heading;
        addLines(cursor, fromStd(block.text), blockFormat(block), charFormat(points, bold), first);
    }
    return document;
}

void keepHeadingsWithNext(QTextDocument& document)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const qreal pageHeight = document.pageSize().height();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().boolProperty(kKeepWithNext) || !block.next().isValid()) {
            continue;
        }
        const QRectF heading = layout->blockBoundingRect(block);
        // What follows may be a table (its first cell's block) or a picture: its top is where it starts.
        const QRectF next = layout->blockBoundingRect(block.next());
        if (std::floor(heading.top() / pageHeight) != std::floor((next.bottom() - 1) / pageHeight) &&
            next.height() < pageHeight / 2) {
            QTextCursor cursor(block);
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.setBlockFormat(format);
        }
    }
}

void keepTableRowsWhole(QTextDocument& document)
{
    const qreal pageHeight = document.pageSize().height();
    // Tables are found again after each move: a move adds one after the table it shortens.
    for (qsizetype index = 0; index < document.rootFrame()->childFrames().size(); ++index) {
        auto* table = qobject_cast<QTextTable*>(document.rootFrame()->childFrames().at(index));
        const int row = table ? firstSplitRow(table, pageHeight) : 0;
        if (row == 0) {
            continue;
        }
        if (row == table->format().headerRowCount()) {
            // Not a header alone at a page's foot: the whole table goes, with the line that
            // introduces it.
            QTextCursor before(&document);
            before.setPosition(table->firstPosition() - 1);
            if (!before.block().text().isEmpty()) {
                QTextBlockFormat format = before.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                before.setBlockFormat(format);
            } else {
                QTextTableFormat format = table->format();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                table->setFormat(format);
            }
            --index; // look at it again on its new page
            continue;
        }
        moveRowsToNextPage(table, row);
    }
}

} // namespace banthuek::ui
