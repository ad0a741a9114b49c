// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/trashcommand.h"

#include "ui/session/session.h"

#include <QCoreApplication>

namespace banthuek::ui {

TrashCommand::TrashCommand(Session& session, const QString& noteId, const QString& title)
    : m_session(session), m_noteId(noteId)
{
    setText(QCoreApplication::translate("banthuek::ui::TrashCommand", "Move “%1” to Trash").arg(title));
}

void TrashCommand::redo()
{
    m_session.trashNote(m_noteId);
}

void TrashCommand::undo()
{
    m_session.restoreNote(m_noteId);
}

} // namespace banthuek::ui
