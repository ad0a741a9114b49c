// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/spelling/spellhighlighter.h"

#include <QMenu>
#include <QPoint>

#include <functional>
#include <memory>

class QString;
class QTextCursor;

namespace banthuek::ui {

class SpellChecker;
class SpellHighlighter;
struct SpellSpan;

// Puts the spelling's actions for a misspelt word at the top of `menu`: its corrections
// (choosing one calls `replace`, which puts it in as typing would) and "Add to the notebook's
// dictionary".
void addSpellingActions(QMenu& menu, SpellChecker& checker, const SpellSpan& span,
                        const std::function<void(const QString& fix)>& replace);
// The same for the word of a text document at `cursor`, if it is misspelt; nothing is offered
// to change in a text that cannot be edited.
void addSpellingActions(QMenu& menu, const SpellHighlighter& highlighter, SpellChecker& checker,
                        const QTextCursor& cursor, bool editable);

// A text edit's (QTextEdit's or QPlainTextEdit's) right-click menu at `pos`, in viewport
// coordinates, with the corrections when `pos` is on a misspelt word; the caller owns it.
template <typename Edit>
QMenu* spellingMenu(SpellChecker& checker, const SpellHighlighter& highlighter, Edit* edit, const QPoint& pos)
{
    QMenu* menu = edit->createStandardContextMenu(pos);
    addSpellingActions(*menu, highlighter, checker, edit->cursorForPosition(pos), !edit->isReadOnly());
    return menu;
}

// Underlines a text edit's misspelt words and gives its right-click menu the corrections.
template <typename Edit> SpellHighlighter* attachSpelling(SpellChecker& checker, Edit* edit)
{
    auto* highlighter = new SpellHighlighter(checker, edit->document());
    edit->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(edit, &QWidget::customContextMenuRequested, highlighter,
                     [&checker, highlighter, edit](const QPoint& pos) {
                         const std::unique_ptr<QMenu> menu(spellingMenu(checker, *highlighter, edit, pos));
                         menu->exec(edit->viewport()->mapToGlobal(pos));
                     });
    return highlighter;
}

} // namespace banthuek::ui
