// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace CLI {
class App;
}

namespace banthuek::app {

// Ends each subcommand's help with an example of its use, unless its own footer already has one
// (so `--help` and the manual page show one for every command).
void addExamples(CLI::App& cli);

} // namespace banthuek::app
