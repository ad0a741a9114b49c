// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/note.h"

class QComboBox;
class QWidget;

namespace banthuek::ui {

// Field note, minutes or article; each item's data is the kind's stable name ("field_note").
[[nodiscard]] QComboBox* makeKindCombo(QWidget* parent);
// The kind chosen in a combo makeKindCombo made.
[[nodiscard]] core::NoteKind chosenKind(const QComboBox& combo);

} // namespace banthuek::ui
