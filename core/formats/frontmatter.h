// SPDX-License-Identifier: GPL-3.0-or-later
// YAML front matter: the block between `---` lines at the top of a Markdown file, as Obsidian,
// Joplin, Jekyll and Banthuek's own export write it. Read with libyaml; only what a note's
// fields need is understood (a text or a list of texts); anything else is kept as written.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace banthuek::core {

struct FrontMatterEntry
{
    std::string key;
    std::vector<std::string> values; // a text is one value, a list of texts each; empty for null
    bool list = false;               // written as a list
    bool plain = true;               // false: a nested map or list, understood only as `raw`
    std::string raw;                 // the entry's lines as written, to keep what is not understood
    int line = 0;                    // where the key is in the file, from 1
};

struct MarkdownFile
{
    std::vector<FrontMatterEntry> frontMatter;
    std::string body;
    int bodyLine = 1; // the file's line the body starts on
};

// Splits a Markdown file's text (UTF-8, a byte order mark skipped) into its front matter and
// body. A file without a closed front matter block is all body. Throws InvalidInput naming the
// line when the block is not YAML or not a map of fields.
[[nodiscard]] MarkdownFile splitFrontMatter(std::string_view text);

// `value` as a YAML double-quoted text, which any YAML reader gives back exactly.
[[nodiscard]] std::string yamlString(std::string_view value);

} // namespace banthuek::core
