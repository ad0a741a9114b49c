// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QMenu;
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

} // namespace banthuek::ui
