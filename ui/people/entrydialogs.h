// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/organisations/organisationstore.h"
#include "core/people/personstore.h"

#include <optional>

class QWidget;

namespace banthuek::ui {

class Session;

// Forms for one register entry. Each returns what the user confirmed (not yet saved), or
// nothing when cancelled. Tests set automatic answers, so no modal form blocks a run.
[[nodiscard]] std::optional<core::Person> editPerson(Session& session, const core::Person& person,
                                                     QWidget* parent);
[[nodiscard]] std::optional<core::Organisation> editOrganisation(const core::Organisation& organisation,
                                                                 QWidget* parent);

} // namespace banthuek::ui
