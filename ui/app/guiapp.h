// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace banthuek::ui {

// Runs the window on a notebook (empty path: the default notebook, created on first start)
// and returns the application's exit code.
int runGui(int& argc, char** argv, const std::string& notebookPath);

} // namespace banthuek::ui
