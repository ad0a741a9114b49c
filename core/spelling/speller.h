// SPDX-License-Identifier: GPL-3.0-or-later
// Spelling for Thai and English text: words found with ICU's word boundaries (Thai is written
// without spaces) and checked with Hunspell's dictionaries from Debian (hunspell-th,
// hunspell-en-us). Known words (the gazetteer's places, themes, people, the notebook's own
// dictionary) and a list of common Thai misspellings complete what Hunspell knows.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

class Hunspell;

namespace banthuek::core {

// Where the Hunspell dictionaries are: an .aff and a .dic per language; empty when not installed.
struct SpellingDictionaries
{
    std::string thaiAff, thaiDic;
    std::string englishAff, englishDic;
};

// Looks in $BANTHUEK_HUNSPELL_DIR, then /usr/share/hunspell and /usr/share/myspell/dicts.
[[nodiscard]] SpellingDictionaries findSpellingDictionaries();

// A misspelt word in UTF-16 code units (the unit of QString and ICU), with a suggestion known
// in advance when it is a common misspelling.
struct Misspelling
{
    int start = 0;
    int length = 0;
    std::string word;      // UTF-8
    std::string likelyFix; // UTF-8; empty unless the word is a known misspelling
};

// Hashes std::u16string and std::u16string_view alike, so a look-up needs no copy.
struct U16Hash
{
    using is_transparent = void;
    std::size_t operator()(std::u16string_view text) const noexcept
    {
        return std::hash<std::u16string_view>{}(text);
    }
};
using U16Set = std::unordered_set<std::u16string, U16Hash, std::equal_to<>>;

// Thread-safe: one instance may serve a checking thread and the GUI's suggestions.
class Speller final
{
public:
    // Throws Error(NotFound) naming what is missing when there is no Thai dictionary.
    explicit Speller(const SpellingDictionaries& dictionaries);
    ~Speller();
    Speller(const Speller&) = delete;
    Speller& operator=(const Speller&) = delete;

    // Words that are right whatever the dictionaries say (UTF-8), replacing those given before.
    void setKnownWords(const std::vector<std::string>& words);

    // The misspelt words of `text` in order. Numbers, acronyms (อบต., SML), web addresses,
    // Markdown link targets and CamelCase names are not checked.
    [[nodiscard]] std::vector<Misspelling> check(std::u16string_view text) const;
    [[nodiscard]] std::vector<Misspelling> check(std::string_view utf8) const;

    // Up to `limit` corrections for a word, the likeliest first.
    [[nodiscard]] std::vector<std::string> suggest(const std::string& word, std::size_t limit = 8) const;

private:
    struct Known;  // known words, found by their first two characters
    struct Common; // the common misspellings, found the same way; made once
    bool correct(std::u16string_view word, bool thai) const;
    // reach[x]: text[start, start + x) can be cut into Thai words, for x up to end - start.
    std::vector<bool> reachable(std::u16string_view text, int start, int end) const;
    bool coveredByKnown(std::u16string_view text, int start, int end,
                        const std::vector<int>& boundaries) const;

    mutable std::mutex m_mutex; // Hunspell and the cache are not thread-safe
    std::unique_ptr<Hunspell> m_thai;
    std::unique_ptr<Hunspell> m_english;
    std::unique_ptr<Known> m_known;
    std::unique_ptr<const Common> m_common;
    mutable std::unordered_map<std::u16string, bool> m_cache;
    // The Thai dictionary's words, when its .aff has no affix rules (hunspell-th's has none): a
    // look-up here is what Hunspell would answer, a hundred times faster, for cutting Thai again.
    U16Set m_thaiWords;
};

// The common Thai misspellings Banthuek knows (wrong form, right form), UTF-8.
struct CommonMisspelling
{
    std::string_view wrong;
    std::string_view right;
};
[[nodiscard]] const std::vector<CommonMisspelling>& commonThaiMisspellings();

} // namespace banthuek::core
