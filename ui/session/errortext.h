// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>

namespace banthuek::ui {

// A core error in the language the window speaks: its English text looked up in the installed
// translations (context "banthuek::core::Error"), its places filled in, each place that is a
// known term ("note title", "village name") translated too. English when there is no translator.
[[nodiscard]] QString userMessage(const core::Error& error);
[[nodiscard]] QString userMessage(const core::Message& message);

} // namespace banthuek::ui
