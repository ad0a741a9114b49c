// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace CLI {
class App;
}

namespace banthuek::app {

// banthuek(1) in roff, built from the parser's own help texts (the top level's and each
// subcommand's, word for word), so `man banthuek` and `--help` never disagree.
[[nodiscard]] std::string manualPage(const CLI::App& cli, const std::string& version);

} // namespace banthuek::app
