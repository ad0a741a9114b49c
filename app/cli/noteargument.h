// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notebook/notebook.h"

#include <string>

namespace banthuek::app {

// A NOTE argument: a record number (as people say it) or a note id.
[[nodiscard]] core::Note resolveNote(const core::Notebook& notebook, const std::string& text);

} // namespace banthuek::app
