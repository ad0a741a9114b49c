// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/chipsfield.h"

#include <string>
#include <vector>

namespace banthuek::ui {

class Session;

// Type-ahead over themes by Thai or English name (prefix matches first); Enter on a new name
// creates the theme.
[[nodiscard]] ChipsField* makeThemesField(Session& session, QWidget* parent);
[[nodiscard]] QList<Chip> themeChips(Session& session, const std::vector<std::string>& ids);

} // namespace banthuek::ui
