// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/paragraphmerge.h"

#include <algorithm>
#include <vector>

namespace banthuek::core {
namespace {

std::vector<std::string> paragraphs(const std::string& text)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = text.find("\n\n", start);
        if (end == std::string::npos) {
            parts.push_back(text.substr(start));
            return parts;
        }
        parts.push_back(text.substr(start, end - start));
        start = end + 2;
    }
}

// A run of the common text's paragraphs [from, to) replaced by `with`.
struct Hunk
{
    std::size_t from = 0;
    std::size_t to = 0;
    std::vector<std::string> with;
    bool operator==(const Hunk&) const = default;
};

// The changes that turn `common` into `edited`, from a longest common subsequence.
std::vector<Hunk> hunks(const std::vector<std::string>& common, const std::vector<std::string>& edited)
{
    const std::size_t n = common.size();
    const std::size_t m = edited.size();
    std::vector<std::vector<std::size_t>> lcs(n + 1, std::vector<std::size_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;) {
            lcs[i][j] =
                common[i] == edited[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    std::vector<Hunk> result;
    std::size_t i = 0;
    std::size_t j = 0;
    Hunk open{0, 0, {}};
    bool inHunk = false;
    auto close = [&] {
        if (inHunk) {
            open.to = i;
            result.push_back(open);
            inHunk = false;
        }
    };
    while (i < n || j < m) {
        if (i < n && j < m && common[i] == edited[j]) {
            close();
            ++i;
            ++j;
            continue;
        }
        if (!inHunk) {
            open = Hunk{i, i, {}};
            inHunk = true;
        }
        if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            open.with.push_back(edited[j++]);
        } else {
            ++i;
        }
    }
    close();
    return result;
}

bool insertion(const Hunk& hunk)
{
    return hunk.from == hunk.to;
}

} // namespace

std::optional<std::string> mergeParagraphs(const std::string& common, const std::string& first,
                                           const std::string& second)
{
    const std::vector<std::string> base = paragraphs(common);
    std::vector<Hunk> a = hunks(base, paragraphs(first));
    std::vector<Hunk> b = hunks(base, paragraphs(second));
    for (const Hunk& x : a) {
        for (const Hunk& y : b) {
            if (x == y || (insertion(x) && insertion(y) && x.from == y.from)) {
                continue;
            }
            // Overlapping or touching runs: the same paragraph, or one next to it.
            if (x.from <= y.to && y.from <= x.to) {
                return std::nullopt;
            }
        }
    }
    // Apply both in order of position; at one place, the first text's additions come first.
    std::vector<std::pair<Hunk, int>> all;
    all.reserve(a.size() + b.size());
    for (const Hunk& x : a) {
        all.emplace_back(x, 0);
    }
    for (const Hunk& y : b) {
        if (std::find(a.begin(), a.end(), y) == a.end()) {
            all.emplace_back(y, 1);
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const auto& x, const auto& y) {
        return std::make_pair(x.first.from, x.second) < std::make_pair(y.first.from, y.second);
    });
    std::vector<std::string> merged;
    std::size_t at = 0;
    for (const auto& [hunk, side] : all) {
        merged.insert(merged.end(), base.begin() + static_cast<std::ptrdiff_t>(at),
                      base.begin() + static_cast<std::ptrdiff_t>(std::max(at, hunk.from)));
        at = std::max(at, hunk.to);
        merged.insert(merged.end(), hunk.with.begin(), hunk.with.end());
    }
    merged.insert(merged.end(), base.begin() + static_cast<std::ptrdiff_t>(at), base.end());
    std::string text;
    for (std::size_t i = 0; i < merged.size(); ++i) {
        text += (i == 0 ? "" : "\n\n") + merged[i];
    }
    return text;
}

} // namespace banthuek::core
