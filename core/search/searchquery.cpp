// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/searchquery.h"

#include "core/search/searchtext.h"
#include "core/search/tokenizer.h"
#include "core/text/normalize.h"

#include <algorithm>
#include <array>

namespace banthuek::core {
namespace {

constexpr std::size_t kMaxQueryBytes = 2000;  // longer pastes are cut, not refused
constexpr std::size_t kMaxWindowsPerTerm = 8; // a few windows narrow the candidates as well as all
constexpr std::array kFilterKeys = {"place", "theme", "author", "kind", "before", "after"};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string fold(const std::string& text)
{
    std::string folded = searchText(isValidUtf8(text) ? normalizeText(text) : text);
    while (!folded.empty() && folded.back() == ' ') {
        folded.pop_back();
    }
    return folded;
}

std::string quoted(const std::string& text)
{
    std::string out = "\"";
    for (const char c : text) {
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return out + '"';
}

// Reads a value that may be "quoted" starting at `at`; returns it and moves `at` past it.
std::string readValue(const std::string& query, std::size_t& at, bool& wasQuoted)
{
    wasQuoted = at < query.size() && query[at] == '"';
    if (wasQuoted) {
        const std::size_t close = query.find('"', at + 1); // an unclosed quote runs to the end
        std::string value =
            query.substr(at + 1, close == std::string::npos ? std::string::npos : close - at - 1);
        at = close == std::string::npos ? query.size() : close + 1;
        return value;
    }
    std::size_t end = at;
    while (end < query.size() && !isSpace(query[end])) {
        ++end;
    }
    std::string value = query.substr(at, end - at);
    at = end;
    return value;
}

std::string filterKey(const std::string& word)
{
    const std::size_t colon = word.find(':');
    if (colon == std::string::npos || colon == 0) {
        return {};
    }
    std::string key = word.substr(0, colon);
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return std::find(kFilterKeys.begin(), kFilterKeys.end(), key) != kFilterKeys.end() ? key : std::string();
}

std::vector<std::size_t> codePointStarts(const std::string& text)
{
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            starts.push_back(i);
        }
    }
    return starts;
}

std::string wordsPhrase(const QueryTerm& term, bool typingAsPrefix)
{
    std::string phrase;
    for (std::size_t w = 0; w < term.words.size(); ++w) {
        phrase += (w ? " + " : "") + quoted(term.words[w]);
    }
    return phrase + (term.typing && typingAsPrefix ? "*" : "");
}

std::string partsOf(const QueryTerm& term)
{
    const std::vector<std::size_t> starts = codePointStarts(term.text);
    if (starts.size() < 3) {
        return quoted(term.text) + '*'; // one or two letters: the windows that begin with them
    }
    std::vector<std::string> windows;
    const std::size_t count = starts.size() - 2;
    const std::size_t step = std::max<std::size_t>(1, (count + kMaxWindowsPerTerm - 1) / kMaxWindowsPerTerm);
    for (std::size_t i = 0; i < count; i += step) {
        const std::size_t end = i + 3 < starts.size() ? starts[i + 3] : term.text.size();
        windows.push_back(term.text.substr(starts[i], end - starts[i]));
    }
    windows.push_back(term.text.substr(starts[count - 1])); // always the last window
    std::sort(windows.begin(), windows.end());
    windows.erase(std::unique(windows.begin(), windows.end()), windows.end());
    std::string expression;
    for (const std::string& window : windows) {
        expression += (expression.empty() ? "" : " AND ") + quoted(window);
    }
    return "(" + expression + ")";
}

template <typename Render> std::string positiveExpression(const ParsedQuery& query, Render render)
{
    std::string expression;
    for (const QueryClause& clause : query.clauses) {
        if (clause.anyOf.empty() || clause.anyOf.front().excluded) {
            continue;
        }
        std::string alternatives;
        for (const QueryTerm& term : clause.anyOf) {
            alternatives += (alternatives.empty() ? "" : " OR ") + render(term);
        }
        expression += (expression.empty() ? "" : " AND ") +
                      (clause.anyOf.size() > 1 ? "(" + alternatives + ")" : alternatives);
    }
    return expression;
}

bool contains(const std::vector<std::string_view>& fields, const std::string& text)
{
    return std::any_of(fields.begin(), fields.end(),
                       [&](std::string_view f) { return f.find(text) != std::string_view::npos; });
}

} // namespace

bool ParsedQuery::hasTerms() const
{
    return std::any_of(clauses.begin(), clauses.end(),
                       [](const QueryClause& c) { return !c.anyOf.empty() && !c.anyOf.front().excluded; });
}

std::size_t ParsedQuery::phraseCount() const
{
    std::size_t phrases = 0;
    for (const QueryClause& clause : clauses) {
        for (const QueryTerm& term : clause.anyOf) {
            phrases += term.excluded ? 0 : 1;
        }
    }
    return phrases;
}

ParsedQuery parseQuery(const std::string& rawQuery)
{
    const std::string query = rawQuery.substr(0, kMaxQueryBytes);
    ParsedQuery parsed;
    bool pendingOr = false;
    QueryTerm* last = nullptr;
    std::size_t at = 0;
    while (at < query.size()) {
        while (at < query.size() && isSpace(query[at])) {
            ++at;
        }
        if (at >= query.size()) {
            break;
        }
        const bool excluded = query[at] == '-';
        at += excluded ? 1 : 0;
        bool wasQuoted = false;
        std::string text = readValue(query, at, wasQuoted);
        last = nullptr;
        if (!wasQuoted && !excluded) {
            if (text == "OR") {
                pendingOr = !parsed.clauses.empty();
                continue;
            }
            if (const std::string key = filterKey(text); !key.empty()) {
                // The value starts after the colon; `place:"ท่า ศาลา"` quotes one with spaces.
                std::size_t valueAt = at - text.size() + key.size() + 1;
                const std::string value = valueAt < query.size() && query[valueAt] == '"'
                                              ? readValue(query, valueAt, wasQuoted)
                                              : text.substr(key.size() + 1);
                at = std::max(at, valueAt);
                if (!value.empty()) {
                    parsed.filters.push_back({key, value});
                }
                pendingOr = false;
                continue;
            }
        }
        QueryTerm term;
        term.excluded = excluded;
        term.text = fold(text);
        for (SearchToken& token : tokenizeForSearch(text)) {
            term.words.push_back(std::move(token.text));
        }
        if (term.words.empty() || term.text.empty()) {
            pendingOr = false;
            continue; // nothing but punctuation: nothing to look for
        }
        const bool joinsPrevious = pendingOr && !excluded && !parsed.clauses.back().anyOf.front().excluded;
        if (joinsPrevious) {
            parsed.clauses.back().anyOf.push_back(std::move(term));
        } else {
            parsed.clauses.push_back({{std::move(term)}});
        }
        last = &parsed.clauses.back().anyOf.back();
        last->typing = !wasQuoted; // only the last one keeps it, below
        pendingOr = false;
    }
    const bool typing = !query.empty() && !isSpace(query.back()) && query.back() != '"';
    for (QueryClause& clause : parsed.clauses) {
        for (QueryTerm& term : clause.anyOf) {
            term.typing = typing && &term == last && !term.excluded && term.typing;
        }
    }
    return parsed;
}

std::string wordsExpression(const ParsedQuery& query, bool typingAsPrefix)
{
    const std::string positive = positiveExpression(
        query, [typingAsPrefix](const QueryTerm& term) { return wordsPhrase(term, typingAsPrefix); });
    if (positive.empty()) {
        return {};
    }
    std::string excluded;
    for (const QueryClause& clause : query.clauses) {
        if (!clause.anyOf.empty() && clause.anyOf.front().excluded) {
            excluded += " NOT " + wordsPhrase(clause.anyOf.front(), false);
        }
    }
    return "(" + positive + ")" + excluded;
}

std::string anyWordExpression(const ParsedQuery& query)
{
    std::string expression;
    for (const QueryClause& clause : query.clauses) {
        for (const QueryTerm& term : clause.anyOf) {
            if (!term.excluded) {
                expression += (expression.empty() ? "" : " OR ") + wordsPhrase(term, false);
            }
        }
    }
    return expression;
}

std::string partsExpression(const ParsedQuery& query)
{
    return positiveExpression(query, partsOf);
}

bool matchesFields(const ParsedQuery& query, const std::vector<std::string_view>& foldedFields)
{
    return std::all_of(query.clauses.begin(), query.clauses.end(), [&](const QueryClause& clause) {
        if (clause.anyOf.empty()) {
            return true;
        }
        if (clause.anyOf.front().excluded) {
            return !contains(foldedFields, clause.anyOf.front().text);
        }
        return std::any_of(clause.anyOf.begin(), clause.anyOf.end(),
                           [&](const QueryTerm& term) { return contains(foldedFields, term.text); });
    });
}

std::vector<std::pair<std::size_t, std::size_t>> termRanges(const ParsedQuery& query,
                                                            const std::string& folded)
{
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    for (const QueryClause& clause : query.clauses) {
        for (const QueryTerm& term : clause.anyOf) {
            if (term.excluded) {
                continue;
            }
            for (std::size_t at = folded.find(term.text); at != std::string::npos;
                 at = folded.find(term.text, at + term.text.size())) {
                ranges.emplace_back(at, at + term.text.size());
            }
        }
    }
    std::sort(ranges.begin(), ranges.end());
    std::vector<std::pair<std::size_t, std::size_t>> merged;
    for (const auto& range : ranges) {
        if (!merged.empty() && range.first <= merged.back().second) {
            merged.back().second = std::max(merged.back().second, range.second);
        } else {
            merged.push_back(range);
        }
    }
    return merged;
}

std::string ftsExpression(const std::string& query)
{
    return wordsExpression(parseQuery(query));
}

} // namespace banthuek::core
