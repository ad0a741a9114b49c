// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

namespace banthuek::core {

// A three-way merge of two texts edited apart from a common one, paragraph by paragraph
// (paragraphs are separated by blank lines). Edits of different paragraphs are both kept;
// paragraphs added at the same place are both kept, `first`'s before `second`'s. When both
// change the same paragraph (or ones next to each other) there is no merge: nullopt. The same
// three texts always give the same result.
[[nodiscard]] std::optional<std::string> mergeParagraphs(const std::string& common, const std::string& first,
                                                         const std::string& second);

} // namespace banthuek::core
