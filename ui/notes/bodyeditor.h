// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTextEdit;
class QToolBar;

namespace banthuek::ui {

// The note body: rich text editing (bold, italic, headings, lists, links, quotes) over
// Markdown. The Markdown a note was loaded with is given back untouched until the user edits,
// so opening a note never rewrites it.
class BodyEditor final : public QWidget {
    Q_OBJECT

public:
    explicit BodyEditor(QWidget* parent = nullptr);

    void setMarkdown(const QString& markdown);
    [[nodiscard]] QString markdown() const;
    void setFontSize(int points);
    // Marks every occurrence of the terms (a search's) and scrolls to the first; an empty
    // list clears the marks. The text itself is not touched.
    void markMatches(const QStringList& terms);
    [[nodiscard]] QTextEdit* textEdit() const { return m_edit; }
    [[nodiscard]] QToolBar* toolBar() const { return m_toolBar; }

signals:
    void edited();

private:
    void buildToolBar();
    void toggleBold();
    void toggleItalic();
    void setHeading(int level);
    void toggleList(bool numbered);
    void toggleQuote();
    void insertLink();

    QToolBar* m_toolBar;
    QTextEdit* m_edit;
    QString m_loaded;
    bool m_touched = false;
};

} // namespace banthuek::ui
