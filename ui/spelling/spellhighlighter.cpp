// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/spelling/spellhighlighter.h"

#include <QSignalBlocker>
#include <QTextBlockUserData>
#include <QTextDocument>

namespace banthuek::ui {
namespace {

// Marks a paragraph whose answer was not all known when it was underlined.
class Waiting final : public QTextBlockUserData
{
};

} // namespace

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
    bool complete = true;
    const QVector<SpellSpan> spans = m_checker.answer(text, complete);
    setCurrentBlockUserData(complete ? nullptr : new Waiting);
    for (const SpellSpan& span : spans) {
        QTextCharFormat underlined = format(span.start);
        underlined.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        underlined.setUnderlineColor(QColor(0xd0, 0x30, 0x30));
        setFormat(span.start, span.length, underlined);
    }
}

void SpellHighlighter::answered()
{
    QTextDocument* doc = document();
    if (doc == nullptr) {
        return;
    }
    const QSignalBlocker quiet(doc);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (dynamic_cast<Waiting*>(block.userData()) != nullptr) {
            rehighlightBlock(block);
        }
    }
}

std::optional<SpellHighlighter::Found> SpellHighlighter::at(const QTextCursor& cursor) const
{
    const QTextBlock block = cursor.block();
    bool complete = true;
    const QVector<SpellSpan> spans = m_checker.answer(block.text(), complete);
    const SpellSpan* span = spanAt(spans, cursor.position() - block.position());
    if (span == nullptr) {
        return std::nullopt;
    }
    QTextCursor selection(block);
    selection.setPosition(block.position() + span->start);
    selection.setPosition(block.position() + span->start + span->length, QTextCursor::KeepAnchor);
    return Found{*span, selection};
}

} // namespace banthuek::ui
