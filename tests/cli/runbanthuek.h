// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI tests' one way to run the real executable (BANTHUEK_EXECUTABLE, set by the build).
#pragma once

#include "tests/support/runprocess.h"

#include <string>
#include <vector>

namespace banthuek::test {

inline ProcessResult run(const std::vector<std::string>& args, const std::string& input = {})
{
    return runProcess(BANTHUEK_EXECUTABLE, args, input);
}

} // namespace banthuek::test
