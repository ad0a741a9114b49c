// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/spelling/linespelling.h"

#include "ui/spelling/spellchecker.h"
#include "ui/spelling/spellmenu.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenu>

namespace banthuek::ui {

LineSpelling::LineSpelling(SpellChecker& checker, QLineEdit* edit)
    : QObject(edit), m_checker(checker), m_edit(edit)
{
    connect(m_edit, &QLineEdit::textChanged, this, &LineSpelling::underline);
    connect(&m_checker, &SpellChecker::changed, this, &LineSpelling::underline);
    connect(&m_checker, &SpellChecker::checked, this, &LineSpelling::underline);
    m_edit->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_edit, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu* menu = contextMenuAt(pos);
        menu->exec(m_edit->mapToGlobal(pos));
        delete menu;
    });
}

// A QLineEdit takes extra formats only from an input method event; its positions count from
// the cursor, and an empty pre-edit string leaves the text as it is.
void LineSpelling::underline()
{
    bool complete = true;
    QList<QInputMethodEvent::Attribute> formats;
    QTextCharFormat underlined;
    underlined.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    underlined.setUnderlineColor(QColor(0xd0, 0x30, 0x30));
    for (const SpellSpan& span : m_checker.answer(m_edit->text(), complete)) {
        formats.append(
            {QInputMethodEvent::TextFormat, span.start - m_edit->cursorPosition(), span.length, underlined});
    }
    m_underlined = static_cast<int>(formats.size());
    QInputMethodEvent event(QString(), formats);
    QCoreApplication::sendEvent(m_edit, &event);
}

QMenu* LineSpelling::contextMenuAt(const QPoint& pos)
{
    QMenu* menu = m_edit->createStandardContextMenu();
    if (m_edit->isReadOnly()) {
        return menu;
    }
    bool complete = true;
    const QVector<SpellSpan> spans = m_checker.answer(m_edit->text(), complete);
    if (const SpellSpan* found = spanAt(spans, m_edit->cursorPositionAt(pos))) {
        addSpellingActions(*menu, m_checker, *found, [this, span = *found](const QString& fix) {
            m_edit->setSelection(span.start, span.length);
            m_edit->insert(fix); // as typing: the note hears of the edit
        });
    }
    return menu;
}

} // namespace banthuek::ui
