// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/notes/bodyeditor.h"
#include "ui/widgets/kindcombo.h"

class QComboBox;
class QLineEdit;
class QWidget;

namespace banthuek::ui {

class Session;

// The note editor's fields that talk to the notebook, built here so the editor stays a layout.
[[nodiscard]] QComboBox* makeLicenceCombo(QWidget* parent);
// Completes from the people register.
[[nodiscard]] QLineEdit* makeAuthorEdit(Session& session, QWidget* parent);
// Notes to offer for a link, leaving out `except` (the note being written): a record number
// first, then titles containing the text, the most recently edited first.
[[nodiscard]] QList<NoteChoice> noteChoices(Session& session, const QString& typed, const QString& except);
[[nodiscard]] NoteLinkInfo noteLinkInfo(Session& session, const QString& id);

} // namespace banthuek::ui
