// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;

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

    void showNote(const QString& id); // empty: nothing
    [[nodiscard]] QListWidget* list() const { return m_list; }

signals:
    void noteChosen(const QString& id);

private:
    Session& m_session;
    const Preferences& m_preferences;
    QListWidget* m_list;
};

} // namespace banthuek::ui
