// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/spelling/spellmenu.h"

#include "ui/spelling/spellhighlighter.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace banthuek::ui {

void addSpellingActions(QMenu& menu, SpellChecker& checker, const SpellSpan& span,
                        const std::function<void(const QString& fix)>& replace)
{
    QAction* first = menu.actions().isEmpty() ? nullptr : menu.actions().constFirst();
    const QStringList fixes = checker.suggestions(span);
    if (fixes.isEmpty()) {
        auto* none =
            new QAction(QCoreApplication::translate("banthuek::ui::SpellChecker", "(no suggestions)"), &menu);
        none->setEnabled(false);
        menu.insertAction(first, none);
    }
    for (const QString& fix : fixes) {
        auto* action = new QAction(fix, &menu);
        action->setObjectName(QStringLiteral("spellFix"));
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        QObject::connect(action, &QAction::triggered, &menu, [replace, fix] { replace(fix); });
        menu.insertAction(first, action);
    }
    auto* add = new QAction(
        QCoreApplication::translate("banthuek::ui::SpellChecker", "Add “%1” to the notebook's dictionary")
            .arg(span.word),
        &menu);
    add->setObjectName(QStringLiteral("spellAddWord"));
    QObject::connect(add, &QAction::triggered, &checker,
                     [&checker, word = span.word] { checker.addToDictionary(word); });
    menu.insertAction(first, add);
    menu.insertSeparator(first);
}

void addSpellingActions(QMenu& menu, const SpellHighlighter& highlighter, SpellChecker& checker,
                        const QTextCursor& cursor, bool editable)
{
    const auto found = highlighter.at(cursor);
    if (!found || !editable) {
        return;
    }
    addSpellingActions(
        menu, checker, found->span,
        [selection = found->selection](const QString& fix) mutable { selection.insertText(fix); });
}

} // namespace banthuek::ui
