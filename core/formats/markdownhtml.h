// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown as HTML for pages others read (a published site): md4c's renderer, raw HTML in the
// text dropped, and every link checked: the notebook's own addresses mapped by the caller,
// others kept only when they are http, https or mailto, so a pasted javascript: link is words.
#pragma once

#include "core/formats/markdownlinks.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace banthuek::core {

// `local` maps banthuek:file/… and banthuek:note/… targets to the page's own addresses
// (nullopt: the link becomes its words).
[[nodiscard]] std::string
markdownHtml(std::string_view markdown,
             const std::function<std::optional<std::string>(const LinkTarget&)>& local);

} // namespace banthuek::core
