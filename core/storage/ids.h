// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace banthuek::core {

// A random (version 4) UUID in lower-case text form. Rows made on different laptops get
// different keys, so notebooks can later be merged without renumbering shared data.
[[nodiscard]] std::string newUuid();

} // namespace banthuek::core
