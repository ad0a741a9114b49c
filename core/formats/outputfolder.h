// SPDX-License-Identifier: GPL-3.0-or-later
// The folder an export or a published site is written to.
#pragma once

#include <string>
#include <string_view>

namespace banthuek::core {

// Makes `folder` ready to be written to: created when missing. A folder with something in it is
// refused (InvalidInput) unless `force`, so an export never mixes with or writes over other
// files by mistake; a file of that name is refused always.
void prepareOutputFolder(const std::string& folder, bool force);

// Writes `text` to `path` through a temporary file beside it, so a failure leaves no half file.
void writeTextFile(const std::string& path, std::string_view text);

// A file's name as a file system on any desktop accepts it: / \ : * ? " < > | # % [ ] and
// control characters made '-', no dot or space at either end; "file" when nothing is left.
[[nodiscard]] std::string safeFileName(std::string_view name);

} // namespace banthuek::core
