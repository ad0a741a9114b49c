// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spelling/speller.h"

#include "core/error.h"

#include <hunspell/hunspell.hxx>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace banthuek::core {
namespace {

constexpr std::size_t kWindow = 5;       // ICU pieces each side cut again to find Hunspell's words
constexpr std::size_t kLongestWord = 24; // in UTF-16 units, for cutting Thai into words
constexpr int kLongestKnownWord = 64;
constexpr std::size_t kMostCached =
    200000; // Hunspell's answers kept    // in UTF-16 units: how far back a known word may start

bool isThaiLetter(char16_t c)
{
    // Consonants, vowels and marks; not ๆ (repeat), ฯ (abbreviation) or Thai digits.
    return ((c >= 0x0E01 && c <= 0x0E3A) || (c >= 0x0E40 && c <= 0x0E4E)) && c != 0x0E46 && c != 0x0E2F;
}
bool isThaiConsonant(char16_t c)
{
    return c >= 0x0E01 && c <= 0x0E2E;
}
bool isLatinLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
// Where a Thai word may begin: not on a mark or a following vowel, not after a leading vowel.
bool mayCutBefore(std::u16string_view text, std::size_t at)
{
    const char16_t c = text[at];
    const char16_t before = text[at - 1];
    const bool follows =
        c == 0x0E30 || (c >= 0x0E31 && c <= 0x0E3A) || c == 0x0E45 || (c >= 0x0E47 && c <= 0x0E4E);
    return !follows && !(before >= 0x0E40 && before <= 0x0E44);
}

bool isUpper(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}
bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == 0x00A0;
}

std::string toUtf8(std::u16string_view text)
{
    std::string out;
    icu::UnicodeString(false, text.data(), static_cast<int32_t>(text.size())).toUTF8String(out);
    return out;
}
std::u16string toUtf16(std::string_view text)
{
    const icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    return {u.getBuffer(), static_cast<std::size_t>(u.length())};
}

std::string joinPath(const std::string& folder, const std::string& name)
{
    return (std::filesystem::path(folder) / name).string();
}

// A .dic's words when its .aff has no affix rules (so the list is every word there is), else none.
U16Set plainWordList(const std::string& aff, const std::string& dic)
{
    U16Set words;
    std::ifstream rules(aff);
    for (std::string line; std::getline(rules, line);) {
        if (line.rfind("PFX", 0) == 0 || line.rfind("SFX", 0) == 0 || line.rfind("COMPOUND", 0) == 0) {
            return words;
        }
    }
    std::ifstream list(dic);
    std::string line;
    std::getline(list, line); // the count
    while (std::getline(list, line)) {
        const std::size_t end = std::min(line.find('/'), line.find_first_of("\t\r"));
        if (end > 0) {
            words.insert(toUtf16(std::string_view(line).substr(0, std::min(end, line.size()))));
        }
    }
    return words;
}

// What known words and common misspellings are found by: their first two UTF-16 units.
std::u16string startOf(std::u16string_view word)
{
    return std::u16string(word.substr(0, 2));
}

// Runs of text never checked: web addresses, Markdown link targets, inline code, @names.
std::vector<std::pair<int, int>> skippedRanges(std::u16string_view text)
{
    std::vector<std::pair<int, int>> ranges;
    const auto untilSpace = [&](std::size_t from) {
        std::size_t end = from;
        while (end < text.size() && !isSpace(text[end])) {
            ++end;
        }
        return end;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::size_t end = i;
        const std::u16string_view rest = text.substr(i);
        if (rest.starts_with(u"http://") || rest.starts_with(u"https://") || rest.starts_with(u"www.") ||
            text[i] == u'@') {
            end = untilSpace(i);
        } else if (rest.starts_with(u"](")) {
            end = std::min(text.find(u')', i), text.size());
        } else if (text[i] == u'`') {
            end = std::min(text.find(u'`', i + 1), text.size());
        }
        if (end > i) {
            ranges.emplace_back(static_cast<int>(i), static_cast<int>(end));
            i = end;
        }
    }
    return ranges;
}

// A piece of a word ICU found: a run of Thai or of Latin letters.
struct Piece
{
    int start = 0;
    int end = 0;
    bool thai = false;
    bool ok = true;
};

} // namespace

struct Speller::Known
{
    U16Set words;
    std::unordered_map<std::u16string, std::vector<std::u16string>> byStart; // first two units
};

struct Speller::Common
{
    struct Form
    {
        std::u16string wrong;
        std::u16string right;
        const CommonMisspelling* entry;
    };
    std::unordered_map<std::u16string, std::vector<Form>> byStart; // first two units of the wrong form
};

SpellingDictionaries findSpellingDictionaries()
{
    std::vector<std::string> folders;
    if (const char* own = std::getenv("BANTHUEK_HUNSPELL_DIR"); own != nullptr && *own != '\0') {
        folders.emplace_back(own);
    }
    folders.emplace_back("/usr/share/hunspell");
    folders.emplace_back("/usr/share/myspell/dicts");
    SpellingDictionaries found;
    const auto pick = [&](std::string& aff, std::string& dic, std::initializer_list<const char*> names) {
        for (const std::string& folder : folders) {
            for (const char* name : names) {
                const std::string base = joinPath(folder, name);
                std::error_code ignored;
                if (aff.empty() && std::filesystem::exists(base + ".aff", ignored) &&
                    std::filesystem::exists(base + ".dic", ignored)) {
                    aff = base + ".aff";
                    dic = base + ".dic";
                }
            }
        }
    };
    pick(found.thaiAff, found.thaiDic, {"th_TH"});
    pick(found.englishAff, found.englishDic, {"en_US", "en_GB"});
    return found;
}

Speller::Speller(const SpellingDictionaries& dictionaries) : m_known(std::make_unique<Known>())
{
    auto common = std::make_unique<Common>();
    for (const CommonMisspelling& entry : commonThaiMisspellings()) {
        std::u16string wrong = toUtf16(entry.wrong);
        common->byStart[startOf(wrong)].push_back({wrong, toUtf16(entry.right), &entry});
    }
    m_common = std::move(common);
    if (dictionaries.thaiAff.empty()) {
        throw Error(ErrorCategory::NotFound,
                    "The Thai spelling dictionary is not installed (Debian package hunspell-th).");
    }
    m_thai = std::make_unique<Hunspell>(dictionaries.thaiAff.c_str(), dictionaries.thaiDic.c_str());
    m_thaiWords = plainWordList(dictionaries.thaiAff, dictionaries.thaiDic);
    if (!dictionaries.englishAff.empty()) {
        m_english =
            std::make_unique<Hunspell>(dictionaries.englishAff.c_str(), dictionaries.englishDic.c_str());
    }
}

Speller::~Speller() = default;

void Speller::setKnownWords(const std::vector<std::string>& words)
{
    auto known = std::make_unique<Known>();
    for (const std::string& word : words) {
        std::u16string text = toUtf16(word);
        if (text.size() < 2 || static_cast<int>(text.size()) > kLongestKnownWord) {
            continue;
        }
        known->byStart[startOf(text)].push_back(text);
        known->words.insert(std::move(text));
    }
    const std::scoped_lock lock(m_mutex);
    m_known = std::move(known);
    m_cache.clear(); // it holds what the old known words answered
}

bool Speller::correct(std::u16string_view word, bool thai) const
{
    if (m_known->words.find(word) != m_known->words.end()) {
        return true;
    }
    if (thai && !m_thaiWords.empty()) {
        return m_thaiWords.find(word) != m_thaiWords.end();
    }
    const std::u16string key(word);
    const auto cached = m_cache.find(key);
    if (cached != m_cache.end()) {
        return cached->second;
    }
    Hunspell* dictionary = thai ? m_thai.get() : m_english.get();
    const bool right = dictionary == nullptr || dictionary->spell(toUtf8(word));
    if (m_cache.size() > kMostCached) {
        m_cache.clear();
    }
    m_cache.emplace(key, right);
    return right;
}

std::vector<bool> Speller::reachable(std::u16string_view text, int start, int end) const
{
    const auto length = static_cast<std::size_t>(end - start);
    const std::u16string_view stretch = text.substr(static_cast<std::size_t>(start), length);
    std::vector<bool> reach(length + 1, false);
    reach[0] = true;
    for (std::size_t from = 0; from < length; ++from) {
        if (!reach[from] || (from > 0 && !mayCutBefore(stretch, from))) {
            continue;
        }
        for (std::size_t to = from + 1; to <= length && to - from <= kLongestWord; ++to) {
            if (!reach[to] && (to == length || mayCutBefore(stretch, to)) &&
                correct(stretch.substr(from, to - from), true)) {
                reach[to] = true;
            }
        }
    }
    return reach;
}

bool Speller::coveredByKnown(std::u16string_view text, int start, int end,
                             const std::vector<int>& boundaries) const
{
    const auto first = std::lower_bound(boundaries.begin(), boundaries.end(), start - kLongestKnownWord);
    for (auto b = first; b != boundaries.end() && *b <= start; ++b) {
        const auto bucket = m_known->byStart.find(startOf(text.substr(static_cast<std::size_t>(*b))));
        if (bucket == m_known->byStart.end()) {
            continue;
        }
        for (const std::u16string& word : bucket->second) {
            const int wordEnd = *b + static_cast<int>(word.size());
            if (wordEnd >= end && text.substr(static_cast<std::size_t>(*b)).starts_with(word)) {
                return true;
            }
        }
    }
    return false;
}

std::vector<Misspelling> Speller::check(std::string_view utf8) const
{
    return check(toUtf16(utf8));
}

std::vector<Misspelling> Speller::check(std::u16string_view text) const
{
    if (text.empty()) {
        return {};
    }
    const icu::UnicodeString alias(false, text.data(), static_cast<int32_t>(text.size()));
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::BreakIterator> words(
        icu::BreakIterator::createWordInstance(icu::Locale("th"), status));
    if (U_FAILURE(status)) {
        throw Error(ErrorCategory::Database, "ICU word boundaries unavailable: %1", {u_errorName(status)});
    }
    words->setText(alias);
    const std::vector<std::pair<int, int>> skipped = skippedRanges(text);
    const auto isSkipped = [&](int at) {
        return std::any_of(skipped.begin(), skipped.end(),
                           [&](const std::pair<int, int>& r) { return at >= r.first && at < r.second; });
    };

    std::vector<int> boundaries;
    std::vector<Piece> pieces;
    for (int start = words->first(), end = words->next(); end != icu::BreakIterator::DONE;
         start = end, end = words->next()) {
        boundaries.push_back(start);
        if (words->getRuleStatus() < UBRK_WORD_LETTER || isSkipped(start)) {
            continue;
        }
        for (int i = start; i < end;) { // split "ปี2548โดย" or "งานUKMว่า" into its runs
            const bool thai = isThaiLetter(text[static_cast<std::size_t>(i)]);
            const bool latin = isLatinLetter(text[static_cast<std::size_t>(i)]);
            int j = i + 1;
            while (j < end && (thai    ? isThaiLetter(text[static_cast<std::size_t>(j)])
                               : latin ? isLatinLetter(text[static_cast<std::size_t>(j)])
                                       : !isThaiLetter(text[static_cast<std::size_t>(j)]) &&
                                             !isLatinLetter(text[static_cast<std::size_t>(j)]))) {
                ++j;
            }
            const std::u16string_view run =
                text.substr(static_cast<std::size_t>(i), static_cast<std::size_t>(j - i));
            const bool abbreviation =
                static_cast<std::size_t>(j) < text.size() && text[static_cast<std::size_t>(j)] == u'.';
            const bool acronym = thai
                                     ? run.size() <= 4 && std::all_of(run.begin(), run.end(), isThaiConsonant)
                                     : std::any_of(run.begin() + 1, run.end(), isUpper);
            if ((thai || (latin && run.size() > 1)) && !abbreviation && !acronym) {
                pieces.push_back({i, j, thai, true});
            }
            i = j;
        }
    }
    boundaries.push_back(static_cast<int>(text.size()));

    const std::scoped_lock lock(m_mutex);
    const auto wordAt = [&](std::size_t first, std::size_t last) {
        return std::u16string(text.substr(static_cast<std::size_t>(pieces[first].start),
                                          static_cast<std::size_t>(pieces[last].end - pieces[first].start)));
    };
    const auto joined = [&](std::size_t a, std::size_t b) { // b follows a with nothing between
        return pieces[a].thai && pieces[b].thai && pieces[a].end == pieces[b].start;
    };
    for (Piece& piece : pieces) {
        piece.ok = correct(text.substr(static_cast<std::size_t>(piece.start),
                                       static_cast<std::size_t>(piece.end - piece.start)),
                           piece.thai);
    }
    // ICU's dictionary and Hunspell's do not always cut Thai the same way (บูรณ|า|การ): a wrong
    // piece that makes Hunspell words with its neighbours, cut anew, is right.
    std::unordered_map<int, std::vector<bool>> reachFrom; // by where the cutting starts
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (pieces[i].ok || !pieces[i].thai) {
            continue;
        }
        std::size_t from = i;
        while (from > 0 && i - from < kWindow - 1 && joined(from - 1, from)) {
            --from;
        }
        std::size_t to = i;
        while (to + 1 < pieces.size() && to - i < kWindow - 1 && joined(to, to + 1)) {
            ++to;
        }
        for (std::size_t a = from; a <= i && !pieces[i].ok; ++a) {
            std::vector<bool>& reach = reachFrom[pieces[a].start];
            const auto needed = static_cast<std::size_t>(pieces[to].end - pieces[a].start);
            if (reach.size() <= needed) {
                reach = reachable(text, pieces[a].start, pieces[to].end);
            }
            for (std::size_t b = to + 1; b-- > i;) {
                if (reach[static_cast<std::size_t>(pieces[b].end - pieces[a].start)]) {
                    for (std::size_t k = a; k <= b; ++k) {
                        pieces[k].ok = true;
                    }
                    break;
                }
            }
        }
        if (!pieces[i].ok && coveredByKnown(text, pieces[i].start, pieces[i].end, boundaries)) {
            pieces[i].ok = true;
        }
    }

    std::vector<Misspelling> found;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (pieces[i].ok) {
            continue;
        }
        std::size_t last = i;
        while (last + 1 < pieces.size() && !pieces[last + 1].ok && joined(last, last + 1)) {
            ++last;
        }
        const std::u16string word = wordAt(i, last);
        found.push_back({pieces[i].start, pieces[last].end - pieces[i].start, toUtf8(word), {}});
        i = last;
    }

    // Common misspellings are often two right words side by side, and ICU cuts them in odd places
    // (เมื่อวา|นกฏ|หมาย): look for them as they are, where a Thai word may begin and end.
    std::vector<Misspelling> common;
    for (std::size_t at = 0; at + 1 < text.size(); ++at) {
        const auto bucket = m_common->byStart.find(startOf(text.substr(at)));
        if (bucket == m_common->byStart.end() || (at > 0 && !mayCutBefore(text, at))) {
            continue;
        }
        for (const Common::Form& form : bucket->second) {
            const std::size_t end = at + form.wrong.size();
            const std::u16string_view rest = text.substr(at);
            const bool inRightWord =
                form.right.size() > form.wrong.size() && rest.starts_with(form.right); // อุโมง in อุโมงค์
            if (rest.starts_with(form.wrong) && !inRightWord &&
                (end == text.size() || mayCutBefore(text, end))) {
                common.push_back({static_cast<int>(at), static_cast<int>(form.wrong.size()),
                                  std::string(form.entry->wrong), std::string(form.entry->right)});
                at = end - 1;
                break;
            }
        }
    }
    if (!common.empty()) {
        std::erase_if(found, [&](const Misspelling& m) {
            return std::any_of(common.begin(), common.end(), [&](const Misspelling& c) {
                return m.start < c.start + c.length && c.start < m.start + m.length;
            });
        });
        found.insert(found.end(), common.begin(), common.end());
        std::sort(found.begin(), found.end(),
                  [](const Misspelling& a, const Misspelling& b) { return a.start < b.start; });
    }
    return found;
}

std::vector<std::string> Speller::suggest(const std::string& word, std::size_t limit) const
{
    std::vector<std::string> out;
    for (const CommonMisspelling& common : commonThaiMisspellings()) {
        if (common.wrong == word) {
            out.emplace_back(common.right);
        }
    }
    const std::u16string text = toUtf16(word);
    const bool thai = std::any_of(text.begin(), text.end(), isThaiLetter);
    Hunspell* dictionary = thai ? m_thai.get() : m_english.get();
    if (dictionary != nullptr) {
        const std::scoped_lock lock(m_mutex);
        for (std::string& suggestion : dictionary->suggest(word)) {
            if (std::find(out.begin(), out.end(), suggestion) == out.end()) {
                out.push_back(std::move(suggestion));
            }
        }
    }
    if (out.size() > limit) {
        out.resize(limit);
    }
    return out;
}

} // namespace banthuek::core
