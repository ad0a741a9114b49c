// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QLineEdit;
class QMenu;

namespace banthuek::ui {

class SpellChecker;

// Spelling for a one-line field (a note's title): misspelt words underlined through the
// field's input-method formats, which change how the text looks and never the text; the
// corrections on right click.
class LineSpelling final : public QObject
{
    Q_OBJECT

public:
    LineSpelling(SpellChecker& checker, QLineEdit* edit);

    // The field's right-click menu at `pos`, with the corrections when on a misspelt word.
    [[nodiscard]] QMenu* contextMenuAt(const QPoint& pos);
    // How many words are underlined now (tests).
    [[nodiscard]] int underlinedCount() const { return m_underlined; }

private:
    void underline();

    SpellChecker& m_checker;
    QLineEdit* m_edit;
    int m_underlined = 0;
};

} // namespace banthuek::ui
