// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/runprocess.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace banthuek::test {

// What poppler's pdfinfo says of a PDF's page count.
inline int pdfPages(const std::string& path)
{
    const auto info = runProcess("pdfinfo", {path});
    REQUIRE(info.exitCode == 0);
    const std::size_t at = info.out.find("Pages:");
    REQUIRE(at != std::string::npos);
    return std::stoi(info.out.substr(at + 6));
}

// A PDF's text as poppler's pdftotext lays it out (one page, or all when page is 0).
inline std::string pdfText(const std::string& path, int page = 0)
{
    std::vector<std::string> args = {"-layout"};
    if (page > 0) {
        args.insert(args.end(), {"-f", std::to_string(page), "-l", std::to_string(page)});
    }
    args.insert(args.end(), {path, "-"});
    const auto text = runProcess("pdftotext", args);
    REQUIRE(text.exitCode == 0);
    return text.out;
}

} // namespace banthuek::test
