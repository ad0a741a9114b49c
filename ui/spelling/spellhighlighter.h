// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/spelling/spellchecker.h"

#include <QSyntaxHighlighter>
#include <QTextCursor>

#include <optional>

namespace banthuek::ui {

// Underlines the misspelt words of a text document (a note's body, a comment) as the
// checker's answers come; the document itself is never changed, so a note is not edited.
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    SpellHighlighter(SpellChecker& checker, QTextDocument* document);

    // The misspelt word at the cursor's position, and a cursor that selects it.
    struct Found
    {
        SpellSpan span;
        QTextCursor selection;
    };
    [[nodiscard]] std::optional<Found> at(const QTextCursor& cursor) const;

protected:
    void highlightBlock(const QString& text) override;

private:
    void answered();

    SpellChecker& m_checker;
};

} // namespace banthuek::ui
