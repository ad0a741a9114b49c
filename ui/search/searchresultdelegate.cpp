// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/search/searchresultdelegate.h"

#include "ui/search/searchresultsmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace banthuek::ui {
namespace {

constexpr int kMargin = 6;
constexpr int kSnippetLines = 2;

} // namespace

void SearchResultDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background and selection

    const bool selected = (opt.state & QStyle::State_Selected) != 0;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect area = opt.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    painter->save();
    painter->setFont(bold);
    painter->setPen(opt.palette.color(QPalette::Active, textRole));
    const QRect titleRect(area.topLeft(), QSize(area.width(), boldMetrics.height()));
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(title, Qt::ElideRight, area.width()));

    QTextDocument snippet;
    snippet.setDefaultFont(opt.font);
    snippet.setDocumentMargin(0);
    snippet.setTextWidth(area.width());
    snippet.setHtml(index.data(SearchResultsModel::SnippetHtmlRole).toString());
    const int snippetHeight = QFontMetrics(opt.font).lineSpacing() * kSnippetLines;
    painter->translate(area.left(), titleRect.bottom() + 2);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::Active, textRole));
    context.clip = QRectF(0, 0, area.width(), snippetHeight);
    painter->setClipRect(context.clip);
    snippet.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int height =
        QFontMetrics(bold).height() + 2 + QFontMetrics(option.font).lineSpacing() * kSnippetLines + kMargin;
    return {option.rect.width(), height};
}

} // namespace banthuek::ui
