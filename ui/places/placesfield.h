// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/chipsfield.h"

#include <string>
#include <vector>

namespace banthuek::ui {

class Session;

// Type-ahead over all provinces, districts, subdistricts and villages by Thai or English name
// or code, each shown with its district and province. With a subdistrict chosen,
// "หมู่ N name" + Enter adds that village under it.
[[nodiscard]] ChipsField* makePlacesField(Session& session, QWidget* parent);
[[nodiscard]] QList<Chip> placeChips(Session& session, const std::vector<std::string>& codes);

} // namespace banthuek::ui
