// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/notes/notelinkcompleter.h"

#include <QWidget>

#include <functional>

class QMenu;
class QTextEdit;
class QToolBar;

namespace banthuek::ui {

class SpellChecker;
class SpellHighlighter;

// What a link to a note shows: the note's current title, and whether it is still there.
struct NoteLinkInfo
{
    enum class State { Live, Trashed, Missing };
    QString title;
    State state = State::Missing;
};

// The note body: rich text editing (bold, italic, headings, lists, links, quotes) over
// Markdown. The Markdown a note was loaded with is given back untouched until the user edits,
// so opening a note never rewrites it.
class BodyEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit BodyEditor(QWidget* parent = nullptr);

    void setMarkdown(const QString& markdown);
    [[nodiscard]] QString markdown() const;
    void setFontSize(int points);
    // Marks every occurrence of the terms (a search's) and scrolls to the first; an empty
    // list clears the marks. The text itself is not touched.
    void markMatches(const QStringList& terms);
    // Links to notes: [[ offers notes from `suggester`; links show the title `resolver` gives,
    // and deleted or trashed targets are marked. Ctrl+click follows a link.
    void setNoteLinking(NoteLinkCompleter::Suggester suggester,
                        std::function<NoteLinkInfo(const QString& id)> resolver);
    // Photos and files: Insert photo or file… (Ctrl+Shift+G), paste and drop; Ctrl+click opens a
    // file with the system's application.
    void setFiles(BodyFiles files);
    // Asks for files and inserts them at the cursor.
    void chooseFiles();
    [[nodiscard]] QTextEdit* textEdit() const { return m_edit; }
    // Text and formatting buttons alike (a button's change would reach a read-only text).
    void setReadOnly(bool readOnly);
    [[nodiscard]] NoteTextEdit* noteTextEdit() const { return m_edit; }
    [[nodiscard]] NoteLinkCompleter* linkCompleter() const { return m_linkCompleter; }
    [[nodiscard]] QToolBar* toolBar() const { return m_toolBar; }
    // Underlines misspelt words as they are typed; their corrections on right click.
    void setSpellChecker(SpellChecker* checker);
    [[nodiscard]] SpellHighlighter* spellHighlighter() const { return m_spellHighlighter; }
    // The right-click menu at `pos` (viewport coordinates); the caller owns it.
    [[nodiscard]] QMenu* contextMenuAt(const QPoint& pos);

signals:
    void edited();
    void noteLinkActivated(const QString& noteId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildToolBar();
    void toggleBold();
    void toggleItalic();
    void setHeading(int level);
    void toggleList(bool numbered);
    void toggleQuote();
    void insertLink();
    void showNoteLinks();
    void editCaption(const QPoint& position);
    [[nodiscard]] QString linkTip(const QString& href) const;

    QToolBar* m_toolBar;
    NoteTextEdit* m_edit;
    NoteLinkCompleter* m_linkCompleter = nullptr;
    std::function<NoteLinkInfo(const QString& id)> m_resolver;
    QAction* m_attachAction = nullptr;
    SpellChecker* m_spellChecker = nullptr;
    SpellHighlighter* m_spellHighlighter = nullptr;
    QString m_loaded;
    bool m_touched = false;
};

} // namespace banthuek::ui
