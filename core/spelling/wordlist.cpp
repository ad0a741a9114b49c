// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spelling/wordlist.h"

#include "core/error.h"
#include "core/notebook/notebook.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/text/collation.h"
#include "core/text/dates.h"
#include "core/text/normalize.h"

#include <unordered_set>

namespace banthuek::core {
namespace {

constexpr std::size_t kLongestWord = 64; // characters, as the table's CHECK counts them

std::size_t characters(const std::string& utf8)
{
    std::size_t count = 0;
    for (const char c : utf8) {
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return count;
}

bool separates(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == ',' || c == '.' || c == '(' || c == ')' || c == '-' ||
           c == '/' || c == '"' || c == '\'';
}

} // namespace

std::vector<std::string> dictionaryWords(const Notebook& notebook)
{
    std::vector<std::string> words;
    Statement rows = notebook.database().prepare(
        std::string("SELECT word FROM dictionary_words ORDER BY word COLLATE ") + kThaiCollation);
    while (rows.step()) {
        words.push_back(rows.text(0));
    }
    return words;
}

void addDictionaryWord(Database& db, const std::string& word)
{
    const std::string clean = normalizeLine(word, "word");
    if (clean.empty()) {
        throw Error(ErrorCategory::InvalidInput,
                    "An empty word cannot be added to the notebook's dictionary.");
    }
    if (clean.find_first_of(" \t\n") != std::string::npos) {
        throw Error(ErrorCategory::InvalidInput,
                    "\"%1\" has spaces: the notebook's dictionary takes one word at a time.", {clean});
    }
    if (characters(clean) > kLongestWord) {
        throw Error(ErrorCategory::InvalidInput,
                    "\"%1\" is longer than 64 characters, too long for the notebook's dictionary.", {clean});
    }
    db.prepare("INSERT INTO dictionary_words (word, added_ms) VALUES (?1, ?2) ON CONFLICT (word) DO NOTHING")
        .bind(1, clean)
        .bind(2, nowMillis())
        .run();
}

void removeDictionaryWord(Database& db, const std::string& word)
{
    db.prepare("DELETE FROM dictionary_words WHERE word = ?1").bind(1, word).run();
}

std::vector<std::string> knownWords(const Notebook& notebook)
{
    std::unordered_set<std::string> seen;
    std::vector<std::string> words;
    const auto add = [&](const std::string& name) {
        std::size_t start = 0;
        for (std::size_t i = 0; i <= name.size(); ++i) {
            if (i == name.size() || separates(name[i])) {
                std::string part = name.substr(start, i - start);
                if (part.size() > 1 && seen.insert(part).second) {
                    words.push_back(std::move(part));
                }
                start = i + 1;
            }
        }
    };
    Statement names = notebook.database().prepare(R"sql(
        SELECT word FROM dictionary_words
        UNION ALL SELECT name_th FROM places UNION ALL SELECT alias_th FROM place_aliases
        UNION ALL SELECT name_th FROM themes UNION ALL SELECT name_en FROM themes
        UNION ALL SELECT name FROM people
        UNION ALL SELECT name_th FROM organisations UNION ALL SELECT abbreviation FROM organisations
    )sql");
    while (names.step()) {
        add(names.text(0));
    }
    return words;
}

} // namespace banthuek::core
