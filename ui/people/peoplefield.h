// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/chipsfield.h"

#include <string>
#include <vector>

namespace banthuek::ui {

class Session;

// People and organisations a note is about, in one field: type a name, an abbreviation
// (พอช) or part of a name; Enter on a new name adds that person to the register.
// Chip keys are "person:<id>" and "organisation:<id>".
[[nodiscard]] ChipsField* makePeopleField(Session& session, QWidget* parent);
[[nodiscard]] QList<Chip> peopleChips(Session& session, const std::vector<std::string>& personIds,
                                      const std::vector<std::string>& organisationIds);
// The ids behind a field's keys, split by kind.
void splitPeopleKeys(const QStringList& keys, std::vector<std::string>& personIds,
                     std::vector<std::string>& organisationIds);

} // namespace banthuek::ui
