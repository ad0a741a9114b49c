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
    connect(&m_checker, &SpellChecker::checked, this, [this](const QString& text) {
        if (text == m_edit->text()) {
            underline();
        }
    });
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
    const QVector<SpellSpan>* spans =
        m_edit->text().isEmpty() ? nullptr : m_checker.answerOrAsk(m_edit->text());
    QList<QInputMethodEvent::Attribute> formats;
    if (spans != nullptr) {
        QTextCharFormat underlined;
        underlined.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        underlined.setUnderlineColor(QColor(0xd0, 0x30, 0x30));
        for (const SpellSpan& span : *spans) {
            formats.append({QInputMethodEvent::TextFormat, span.start - m_edit->cursorPosition(), span.length,
                            underlined});
        }
    }
    m_underlined = static_cast<int>(formats.size());
    QInputMethodEvent event(QString(), formats);
    QCoreApplication::sendEvent(m_edit, &event);
}

QMenu* LineSpelling::contextMenuAt(const QPoint& pos)
{
    QMenu* menu = m_edit->createStandardContextMenu();
    const QVector<SpellSpan>* spans =
        m_edit->text().isEmpty() ? nullptr : m_checker.answerOrAsk(m_edit->text());
    if (spans == nullptr || m_edit->isReadOnly()) {
        return menu;
    }
    const int at = m_edit->cursorPositionAt(pos);
    for (const SpellSpan& span : *spans) {
        if (at >= span.start && at <= span.start + span.length) {
            addSpellingActions(*menu, m_checker, span, [this, span](const QString& fix) {
                m_edit->setSelection(span.start, span.length);
                m_edit->insert(fix); // as typing: the note hears of the edit
            });
            break;
        }
    }
    return menu;
}

} // namespace banthuek::ui
