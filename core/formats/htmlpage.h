// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/pagelines.h"

#include <string>
#include <string_view>
#include <vector>

namespace banthuek::core {

// A web page saved from a browser, read as lines (libxml2's forgiving HTML parser; the network
// is never used). Scripts, styles and forms are left out; links are kept as Markdown links
// (only http, https and mailto, and paths within the page's site); images become links too.
struct HtmlPage
{
    std::string title;     // og:title, else the first <h1>, else <title>
    std::string canonical; // <link rel="canonical"> or og:url
    std::vector<PageLine> lines;
};

// `html` is any bytes: a page with a charset (TIS-620, windows-874) is converted; without one,
// UTF-8 is assumed.
[[nodiscard]] HtmlPage readHtmlPage(std::string_view html);

// Whether bytes look like HTML rather than plain text (a doctype, <html>, <head> or <body> near
// the start).
[[nodiscard]] bool looksLikeHtml(std::string_view bytes);

} // namespace banthuek::core
