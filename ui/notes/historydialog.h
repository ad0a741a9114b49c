// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/note.h"

#include <QDialog>

#include <vector>

class QListWidget;
class QTextBrowser;

namespace banthuek::ui {

class Session;
struct Preferences;

// Earlier versions of a note, newest first: view one, and restore it (the text it replaces
// is kept as a revision too, so restoring can be undone by restoring again).
class HistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(Session& session, const Preferences& preferences, const QString& noteId,
                  QWidget* parent = nullptr);

    [[nodiscard]] int revisionCount() const { return static_cast<int>(m_revisions.size()); }
    // Restores the revision in `row` and closes the dialog.
    bool restoreRow(int row);

private:
    void show(int row);

    Session& m_session;
    std::vector<core::Revision> m_revisions;
    QListWidget* m_list;
    QTextBrowser* m_preview;
};

} // namespace banthuek::ui
