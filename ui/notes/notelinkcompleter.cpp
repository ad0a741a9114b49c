// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/notelinkcompleter.h"

#include "core/notes/notelinks.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>

namespace banthuek::ui {
namespace {

constexpr int kLongestQuery = 80; // beyond this, [[ was not the start of a link

} // namespace

NoteLinkCompleter::NoteLinkCompleter(QTextEdit* edit, Suggester suggester)
    : QCompleter(edit), m_edit(edit), m_suggester(std::move(suggester)), m_model(new QStandardItemModel(this))
{
    // The suggester ranks and filters (Thai-aware, in core); the completer only shows it.
    setModel(m_model);
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setMaxVisibleItems(10);
    setWidget(edit);
    popup()->setObjectName(QStringLiteral("noteLinkPopup"));
    connect(edit, &QTextEdit::textChanged, this, &NoteLinkCompleter::update);
    connect(this, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &NoteLinkCompleter::insertChoice);
}

bool NoteLinkCompleter::offering() const
{
    return popup()->isVisible();
}

void NoteLinkCompleter::update()
{
    const QTextCursor cursor = m_edit->textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype open = before.lastIndexOf(QStringLiteral("[["));
    if (m_edit->isReadOnly() || open < 0 || before.indexOf(QStringLiteral("]]"), open) >= 0 ||
        before.size() - open - 2 > kLongestQuery) {
        m_start = -1;
        popup()->hide();
        return;
    }
    m_start = cursor.block().position() + static_cast<int>(open);
    m_choices = m_suggester(before.mid(open + 2).trimmed());
    m_model->clear();
    for (const NoteChoice& choice : m_choices) {
        m_model->appendRow(new QStandardItem(tr("%1  (no. %2)").arg(choice.title).arg(choice.record)));
    }
    if (m_choices.isEmpty()) {
        popup()->hide();
        return;
    }
    QRect at = m_edit->cursorRect();
    at.setWidth(qMax(320, popup()->sizeHintForColumn(0) + popup()->verticalScrollBar()->sizeHint().width()));
    complete(at);
    popup()->setCurrentIndex(completionModel()->index(0, 0)); // Enter takes the best match
}

void NoteLinkCompleter::insertChoice(const QModelIndex& index)
{
    const int row = index.row();
    if (m_start < 0 || row < 0 || row >= m_choices.size()) {
        return;
    }
    const NoteChoice choice = m_choices.at(row);
    QTextCursor cursor = m_edit->textCursor();
    const int end = cursor.position();
    cursor.setPosition(m_start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    QTextCharFormat plain = cursor.charFormat();
    QTextCharFormat link = plain;
    link.setAnchor(true);
    link.setAnchorHref(QString::fromStdString(core::noteLinkTarget(choice.id.toStdString())));
    link.setFontUnderline(true);
    link.setForeground(m_edit->palette().link());
    m_start = -1;
    cursor.beginEditBlock();
    cursor.insertText(choice.title, link);
    cursor.endEditBlock();
    m_edit->setTextCursor(cursor);
    // What is typed next is plain text again, not more of the link.
    plain.clearProperty(QTextFormat::IsAnchor);
    plain.clearProperty(QTextFormat::AnchorHref);
    plain.clearProperty(QTextFormat::TextUnderlineStyle);
    plain.clearProperty(QTextFormat::FontUnderline);
    plain.clearForeground();
    m_edit->setCurrentCharFormat(plain);
}

void NoteTextEdit::keyPressEvent(QKeyEvent* event)
{
    if (m_completer && m_completer->offering()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return; // the completer takes these
        default:
            break;
        }
    }
    QTextEdit::keyPressEvent(event);
}

} // namespace banthuek::ui
