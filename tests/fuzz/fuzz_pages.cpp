// SPDX-License-Identifier: GPL-3.0-or-later
// Pages from elsewhere: a GotoKnow post saved as a web page or text, and a Markdown note
// (its YAML front matter and its comments section) from Obsidian, Joplin or an export.
#include "core/formats/frontmatter.h"
#include "core/formats/gotoknowpost.h"
#include "core/formats/markdownnote.h"
#include "tests/fuzz/fuzzinput.h"

using namespace banthuek;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text = fuzz::bytes(data, size);
    fuzz::refuseOrRead([&] { (void)core::parseGotoKnowPost(text); });
    fuzz::refuseOrRead([&] {
        const core::MarkdownFile file = core::splitFrontMatter(text);
        (void)core::splitComments(file.body);
    });
    return 0;
}
