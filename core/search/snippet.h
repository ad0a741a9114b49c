// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace banthuek::core {

struct FoldedText;
struct ParsedQuery;

// A piece of a note's text around its first match, with every match inside it marked.
struct Snippet
{
    std::string text; // cut from the original at word boundaries, "…" where it was cut
    std::vector<std::pair<std::size_t, std::size_t>> highlights; // byte ranges in text
};

// The snippet of `original` for the query, or an empty one when no term occurs in it.
// Highlights are widened to whole Thai character clusters (a part-word match that starts on a
// vowel or tone mark takes its consonant), so they never split what a reader sees as a letter.
[[nodiscard]] Snippet makeSnippet(const std::string& original, const ParsedQuery& query);
// The same, with the text already folded (foldForSearch(original)).
[[nodiscard]] Snippet makeSnippet(const std::string& original, const FoldedText& folded,
                                  const ParsedQuery& query);

// `text` cut to at most `maxBytes` at a Thai word boundary (a cluster boundary when one word is
// longer), with "…" after it when it was cut: report lines and chart labels.
[[nodiscard]] std::string shortenAtWord(const std::string& text, std::size_t maxBytes);

} // namespace banthuek::core
