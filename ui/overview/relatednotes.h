// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QTimer;

namespace banthuek::ui {

class Preferences;
class Session;

// Beside a note: the notes that share the most places and themes with it, newest first among
// equals. Clicking one opens it.
class RelatedNotesPanel final : public QWidget
{
    Q_OBJECT

public:
    RelatedNotesPanel(Session& session, const Preferences& preferences, QWidget* parent = nullptr);

    // The list is filled a tenth of a second later, and only while the panel shows: a note
    // opening paints first, and arrowing through the list asks for the last note only (at
    // 100,000 notes, a theme shared by 28,000 makes one answer cost tens of milliseconds).
    void showNote(const QString& id); // empty: nothing
    [[nodiscard]] QListWidget* list() const { return m_list; }

signals:
    void noteChosen(const QString& id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill();

    Session& m_session;
    const Preferences& m_preferences;
    QListWidget* m_list;
    QTimer* m_pending;
    QString m_noteId;
    bool m_filled = true; // the list shows m_noteId's related notes
};

} // namespace banthuek::ui
