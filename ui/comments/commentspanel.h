// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace banthuek::ui {

class Session;
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
};

} // namespace banthuek::ui
