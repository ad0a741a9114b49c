// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/chipsfield.h"

#include <string>
#include <vector>

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
// Type-ahead over all subdistricts, districts, provinces and villages by Thai or English name or code.
[[nodiscard]] ChipsField* makePlacesField(Session& session, QWidget* parent);
// Type-ahead over themes; Enter on a new name creates the theme.
[[nodiscard]] ChipsField* makeThemesField(Session& session, QWidget* parent);

[[nodiscard]] QList<Chip> placeChips(Session& session, const std::vector<std::string>& codes);
[[nodiscard]] QList<Chip> themeChips(Session& session, const std::vector<std::string>& ids);

} // namespace banthuek::ui
