// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string>

namespace banthuek::app {

// Exit codes shared by every subcommand (also listed in --help).
enum ExitCode : int {
    kExitOk = 0,
    kExitCheckFailed = 1, // `check` found problems
    kExitUsage = 2,       // unknown option, missing argument
    kExitError = 3,       // the command could not be done (bad input, unreadable notebook, ...)
};

// Starts the GUI on a notebook path (empty: the default notebook) and returns its exit code.
using GuiLauncher = std::function<int(const std::string& notebookPath)>;

// Parses the command line; runs a subcommand, or calls `launchGui` when there is none.
int runCommandLine(int argc, char** argv, const GuiLauncher& launchGui);

} // namespace banthuek::app
