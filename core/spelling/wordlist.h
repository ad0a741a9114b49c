// SPDX-License-Identifier: GPL-3.0-or-later
// The notebook's dictionary (words the team marked as right) and every word the notebook knows
// as a name: places of the gazetteer, themes, people and organisations.
#pragma once

#include <string>
#include <vector>

namespace banthuek::core {

class Database;
class Notebook;

// The notebook's own words, in Thai order.
[[nodiscard]] std::vector<std::string> dictionaryWords(const Notebook& notebook);
// Adds a word (normalised, one word without spaces, at most 64 characters); throws
// Error(InvalidInput) naming what is wrong with it. Adding a word twice is no change.
void addDictionaryWord(Database& db, const std::string& word);
void removeDictionaryWord(Database& db, const std::string& word);

// The notebook's words and the parts of every place, theme, person and organisation name
// (split at spaces and punctuation), for the speller.
[[nodiscard]] std::vector<std::string> knownWords(const Notebook& notebook);

} // namespace banthuek::core
