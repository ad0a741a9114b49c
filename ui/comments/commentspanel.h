// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace banthuek::ui {

class Session;
class SpellChecker;
class SpellHighlighter;
struct Preferences;

// ความเห็น under a note, GotoKnow-style: author, time and text in order, with a form to add
// one. Each comment can be edited in place or deleted after a confirmation.
class CommentsPanel final : public QWidget
{
    Q_OBJECT

public:
    CommentsPanel(Session& session, const Preferences& preferences, QWidget* parent = nullptr);

    void showNote(const QString& noteId);
    void applyPreferences();
    // Underlines misspelt words in the comment being written; corrections on right click.
    void setSpellChecker(SpellChecker* checker);
    [[nodiscard]] QPlainTextEdit* composer() const { return m_text; }
    [[nodiscard]] SpellHighlighter* spellHighlighter() const { return m_spellHighlighter; }
    // The composer's right-click menu at `pos` (viewport coordinates); the caller owns it.
    [[nodiscard]] QMenu* contextMenuAt(const QPoint& pos);

private:
    void reload();
    void add();
    QWidget* commentWidget(const QString& id, const QString& author, const QString& when,
                           const QString& body);
    void edit(const QString& id, const QString& body);
    void remove(const QString& id);

    Session& m_session;
    const Preferences& m_preferences;
    QString m_noteId;
    QLabel* m_heading;
    QVBoxLayout* m_list;
    QLineEdit* m_author;
    QPlainTextEdit* m_text;
    QPushButton* m_add;
    SpellChecker* m_spellChecker = nullptr;
    SpellHighlighter* m_spellHighlighter = nullptr;
};

} // namespace banthuek::ui
