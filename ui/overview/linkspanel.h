// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace banthuek::ui {

class Session;

// Beside a note: the notes that link to it ("linked from") and the notes it links to, with
// links to deleted notes shown as broken and to trashed notes as such. Clicking opens a note.
class LinksPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit LinksPanel(Session& session, QWidget* parent = nullptr);

    void showNote(const QString& id); // empty: nothing
    [[nodiscard]] QListWidget* backlinks() const { return m_backlinks; }
    [[nodiscard]] QListWidget* outgoing() const { return m_outgoing; }
    [[nodiscard]] int backlinkCount() const { return m_backlinkCount; }

signals:
    void noteChosen(const QString& id);
    void countsChanged();

private:
    Session& m_session;
    QString m_id;
    QListWidget* m_backlinks;
    QListWidget* m_outgoing;
    QLabel* m_outgoingHeading;
    int m_backlinkCount = 0;
};

} // namespace banthuek::ui
