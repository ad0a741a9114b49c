// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <string>

namespace banthuek::ui {

// Whether the command line should speak Thai: the first language that LANGUAGE names (when
// the locale is not C), else LC_ALL, LC_MESSAGES or LANG, starts with "th", as gettext decides.
[[nodiscard]] bool commandLineSpeaksThai();
// A core error for the command line: in Thai under a Thai locale (through the window's own
// translations), else the English text.
[[nodiscard]] std::string commandLineMessage(const core::Error& error);
[[nodiscard]] std::string commandLineMessage(const core::Message& message);

} // namespace banthuek::ui
