// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/snippet.h"

#include "core/error.h"
#include "core/search/searchquery.h"
#include "core/search/searchtext.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>

namespace banthuek::core {
namespace {

constexpr std::size_t kContext = 120; // bytes of text either side of the first match
constexpr const char* kEllipsis = "…";

enum class Unit { Cluster, Word };

// ICU break iterators over UTF-8 text directly (UText), so boundaries are byte offsets.
// They are costly to make and not thread-safe: one of each per thread.
icu::BreakIterator& breaker(Unit unit, const std::string& text)
{
    auto make = [](Unit u) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            u == Unit::Word ? icu::BreakIterator::createWordInstance(icu::Locale("th"), status)
                            : icu::BreakIterator::createCharacterInstance(icu::Locale("th"), status));
        if (U_FAILURE(status)) {
            throw Error(ErrorCategory::Database, "ICU text breaking unavailable: %1", {u_errorName(status)});
        }
        return it;
    };
    thread_local const std::unique_ptr<icu::BreakIterator> clusters = make(Unit::Cluster);
    thread_local const std::unique_ptr<icu::BreakIterator> words = make(Unit::Word);
    icu::BreakIterator& it = unit == Unit::Word ? *words : *clusters;
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    it.setText(utext, status); // keeps its own shallow clone of the UText
    utext_close(utext);
    return it;
}

std::size_t snapBack(icu::BreakIterator& it, std::size_t at)
{
    const auto offset = static_cast<int32_t>(at);
    return it.isBoundary(offset) ? at : static_cast<std::size_t>(std::max(0, it.preceding(offset)));
}

std::size_t snapForward(icu::BreakIterator& it, std::size_t at, std::size_t size)
{
    const auto offset = static_cast<int32_t>(at);
    if (at >= size || it.isBoundary(offset)) {
        return std::min(at, size);
    }
    const int32_t next = it.following(offset);
    return next == icu::BreakIterator::DONE ? size : static_cast<std::size_t>(next);
}

} // namespace

std::string shortenAtWord(const std::string& text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes) {
        return text;
    }
    std::size_t cut = snapBack(breaker(Unit::Word, text), maxBytes);
    if (cut == 0) {
        cut = snapBack(breaker(Unit::Cluster, text), maxBytes);
    }
    while (cut > 0 && text[cut - 1] == ' ') {
        --cut;
    }
    return text.substr(0, cut) + kEllipsis;
}

Snippet makeSnippet(const std::string& original, const ParsedQuery& query)
{
    return makeSnippet(original, foldForSearch(original), query);
}

Snippet makeSnippet(const std::string& original, const FoldedText& folded, const ParsedQuery& query)
{
    const auto ranges = termRanges(query, folded.text);
    if (ranges.empty()) {
        return {};
    }
    std::vector<std::pair<std::size_t, std::size_t>> marks;
    icu::BreakIterator& clusters = breaker(Unit::Cluster, original);
    for (const auto& [begin, end] : ranges) {
        const auto [from, to] = folded.originalRange(begin, end);
        marks.emplace_back(snapBack(clusters, from), snapForward(clusters, to, original.size()));
    }
    std::vector<std::pair<std::size_t, std::size_t>> merged; // snapping can make marks touch
    for (const auto& mark : marks) {
        if (!merged.empty() && mark.first <= merged.back().second) {
            merged.back().second = std::max(merged.back().second, mark.second);
        } else {
            merged.push_back(mark);
        }
    }
    marks = std::move(merged);
    const auto [first, firstEnd] = marks.front();
    icu::BreakIterator& words = breaker(Unit::Word, original);
    std::size_t begin = first > kContext ? snapForward(words, first - kContext, original.size()) : 0;
    std::size_t end =
        firstEnd + kContext < original.size() ? snapBack(words, firstEnd + kContext) : original.size();
    begin = std::min(begin, first);
    end = std::max(end, firstEnd);

    Snippet snippet;
    const std::string lead = begin > 0 ? kEllipsis : std::string();
    snippet.text = lead + original.substr(begin, end - begin) + (end < original.size() ? kEllipsis : "");
    for (const auto& [from, to] : marks) {
        if (from >= begin && to <= end && from < to) {
            snippet.highlights.emplace_back(from - begin + lead.size(), to - begin + lead.size());
        }
    }
    return snippet;
}

} // namespace banthuek::core
