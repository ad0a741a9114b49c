// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/spelling/spellhighlighter.h"

#include <QSignalBlocker>
#include <QTextDocument>

namespace banthuek::ui {

SpellHighlighter::SpellHighlighter(SpellChecker& checker, QTextDocument* document)
    : QSyntaxHighlighter(document), m_checker(checker)
{
    connect(&m_checker, &SpellChecker::checked, this, &SpellHighlighter::answered);
    connect(&m_checker, &SpellChecker::changed, this, [this] {
        // Formats are not text: the document must not tell its editor that it was edited.
        const QSignalBlocker quiet(this->document());
        rehighlight();
    });
}

void SpellHighlighter::highlightBlock(const QString& text)
{
    const QVector<SpellSpan>* spans = text.isEmpty() ? nullptr : m_checker.answerOrAsk(text);
    if (spans == nullptr) {
        return;
    }
    for (const SpellSpan& span : *spans) {
        QTextCharFormat underlined = format(span.start);
        underlined.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        underlined.setUnderlineColor(QColor(0xd0, 0x30, 0x30));
        setFormat(span.start, span.length, underlined);
    }
}

void SpellHighlighter::answered(const QString& paragraph)
{
    QTextDocument* doc = document();
    if (doc == nullptr) {
        return;
    }
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.text() == paragraph) {
            const QSignalBlocker quiet(doc);
            rehighlightBlock(block);
        }
    }
}

std::optional<SpellHighlighter::Found> SpellHighlighter::at(const QTextCursor& cursor) const
{
    const QTextBlock block = cursor.block();
    const QVector<SpellSpan>* spans =
        block.text().isEmpty() ? nullptr : const_cast<SpellChecker&>(m_checker).answerOrAsk(block.text());
    if (spans == nullptr) {
        return std::nullopt;
    }
    const int column = cursor.position() - block.position();
    for (const SpellSpan& span : *spans) {
        if (column >= span.start && column <= span.start + span.length) {
            QTextCursor selection(block);
            selection.setPosition(block.position() + span.start);
            selection.setPosition(block.position() + span.start + span.length, QTextCursor::KeepAnchor);
            return Found{span, selection};
        }
    }
    return std::nullopt;
}

} // namespace banthuek::ui
