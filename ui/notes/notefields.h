// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QComboBox;
class QLineEdit;
class QWidget;

namespace banthuek::ui {

class Session;

// The note editor's fields that talk to the notebook, built here so the editor stays a layout.
[[nodiscard]] QComboBox* makeKindCombo(QWidget* parent);
[[nodiscard]] QComboBox* makeLicenceCombo(QWidget* parent);
// Completes from the people register.
[[nodiscard]] QLineEdit* makeAuthorEdit(Session& session, QWidget* parent);

} // namespace banthuek::ui
