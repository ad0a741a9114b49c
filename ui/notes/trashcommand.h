// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

namespace banthuek::ui {

class Session;

// Moving a note to the Trash, as an undoable step (Edit → Undo puts it back).
class TrashCommand final : public QUndoCommand
{
public:
    TrashCommand(Session& session, const QString& noteId, const QString& title);

    void redo() override;
    void undo() override;

private:
    Session& m_session;
    QString m_noteId;
};

} // namespace banthuek::ui
