// SPDX-License-Identifier: GPL-3.0-or-later
// What the importers (GotoKnow posts, Markdown folders) say about each file.
#pragma once

#include "core/error.h"

#include <string>

namespace banthuek::core {

// A file that was not imported, and why (the why names the line when there is one).
struct FileProblem
{
    std::string file;
    Message why;
};

// What importing did to a file's note. An unwritten import (a dry run, or one stopped by bad
// files) says what it would do: Created or Updated.
enum class ImportOutcome { Created, Updated, Unchanged };

} // namespace banthuek::core
