// SPDX-License-Identifier: GPL-3.0-or-later
// The places in Markdown text that point elsewhere, for export and import to rewrite: link and
// image targets (`[text](target)`), Obsidian's `[[wikilinks]]` and `![[embeds]]`, and `#tags`.
// Fenced code blocks and code spans are left alone: what is in them is shown, not followed.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace banthuek::core {

struct LinkTarget
{
    std::string target; // as written, without <> around it
    bool image = false; // ![...](target)
    int line = 0;       // from 1, within the text
};

// The text with each link target `replace` gives a new one for replaced (nullopt keeps it).
// A new target with spaces or brackets is written inside < >.
[[nodiscard]] std::string
rewriteLinkTargets(std::string_view markdown,
                   const std::function<std::optional<std::string>(const LinkTarget&)>& replace);

struct WikiLink
{
    std::string target; // the note or file named: "Meeting notes", "photo.jpg"
    std::string label;  // after |: shown text (or an image's size), empty when none
    bool embed = false; // ![[...]]
    int line = 0;
};

// The text with each wikilink replaced by what `replace` gives (nullopt keeps it as written).
[[nodiscard]] std::string
rewriteWikiLinks(std::string_view markdown,
                 const std::function<std::optional<std::string>(const WikiLink&)>& replace);

// The #tags in the text (not headings, not in code, not inside words or links), without '#',
// each once in order. A tag is letters, marks, digits, '_', '-' and '/', with a letter in it.
[[nodiscard]] std::vector<std::string> hashTags(std::string_view markdown);

// %XX sequences decoded (a link target as written to its path); invalid ones kept.
[[nodiscard]] std::string percentDecoded(std::string_view text);
// A path as a link target: spaces, brackets, '%' and '#' percent-encoded, other bytes kept.
[[nodiscard]] std::string percentEncodedPath(std::string_view path);

} // namespace banthuek::core
