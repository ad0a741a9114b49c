// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace banthuek::app {

// Exit codes shared by every subcommand (also listed in --help).
enum ExitCode : int {
    kExitOk = 0,
    kExitCheckFailed = 1, // `check` found problems
    kExitUsage = 2,       // unknown option, missing argument
    kExitError = 3,       // the command could not be done (bad input, unreadable notebook, ...)
};

// What the window is asked to open: `--notebook PATH`, and the files named on the command line
// (a notebook and team bundles, as a desktop's double-click passes them).
struct GuiRequest
{
    std::string notebookPath; // empty: the last notebook, or the default one
    std::vector<std::string> files;
};

// Starts the GUI and returns its exit code.
using GuiLauncher = std::function<int(const GuiRequest& request)>;

// Parses the command line; runs a subcommand, or calls `launchGui` when there is none.
int runCommandLine(int argc, char** argv, const GuiLauncher& launchGui);

} // namespace banthuek::app
