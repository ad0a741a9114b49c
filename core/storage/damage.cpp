// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/damage.h"

#include "core/error.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

#include <algorithm>
#include <map>
#include <optional>
#include <regex>
#include <set>

namespace banthuek::core {
namespace {

// The page numbers a complaint names: "On tree page 300 cell 17", "Page 3: ...",
// "Multiple uses for byte 458 of page 300", "2nd reference to page 12".
std::set<std::int64_t> pagesNamed(const std::string& complaint)
{
    static const std::regex page(R"([Pp]age (\d{1,10}))");
    std::set<std::int64_t> pages;
    for (auto it = std::sregex_iterator(complaint.begin(), complaint.end(), page);
         it != std::sregex_iterator(); ++it) {
        pages.insert(std::stoll((*it)[1].str()));
    }
    return pages;
}

// The index a complaint names: "row 5 missing from index notes_by_date",
// "wrong # of entries in index note_places_by_place".
std::string indexNamed(const std::string& complaint)
{
    static const std::regex index(R"(index ([A-Za-z0-9_]+))");
    std::smatch found;
    return std::regex_search(complaint, found, index) ? found[1].str() : std::string();
}

} // namespace

std::vector<DamagedPart> locateDamage(Database& db, const std::vector<std::string>& complaints)
{
    std::vector<DamagedPart> parts;
    try {
        Statement schema = db.prepare("SELECT name, tbl_name, type = 'index' FROM sqlite_schema "
                                      "WHERE type IN ('table', 'index') AND rootpage > 0 ORDER BY rowid");
        while (schema.step()) {
            parts.push_back(DamagedPart{schema.text(0), schema.text(1), schema.integer(2) != 0, 0, false});
        }
    } catch (const Error&) {
        return {}; // without the list of tables, no page can be placed
    }
    std::optional<Statement> pages;
    try {
        pages.emplace(db.prepare("SELECT pageno FROM dbstat WHERE name = ?1"));
    } catch (const Error&) {
        return {}; // an SQLite without dbstat
    }
    std::map<std::int64_t, std::size_t> owner; // page -> part
    for (std::size_t i = 0; i < parts.size(); ++i) {
        try {
            pages->bind(1, parts[i].name);
            while (pages->step()) {
                owner.emplace(pages->integer(0), i);
            }
        } catch (const Error&) {
            parts[i].unreadable = true; // the pages read before the damaged one are placed
        }
    }
    std::vector<int> byName(parts.size(), 0); // complaints that name an index, not its pages
    for (const std::string& complaint : complaints) {
        std::set<std::size_t> about;
        for (const std::int64_t page : pagesNamed(complaint)) {
            if (const auto found = owner.find(page); found != owner.end()) {
                about.insert(found->second);
            }
        }
        for (const std::size_t i : about) {
            ++parts[i].complaints;
        }
        if (const std::string index = indexNamed(complaint); !index.empty()) {
            for (std::size_t i = 0; i < parts.size(); ++i) {
                byName[i] += parts[i].name == index && about.count(i) == 0 ? 1 : 0;
            }
        }
    }
    // "Row 12 missing from index x" follows from rows of x's table that cannot be read, when
    // that table's pages are damaged and x's are not: the complaint is the table's.
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const auto table = std::find_if(parts.begin(), parts.end(), [&](const DamagedPart& part) {
            return !part.index && part.name == parts[i].table;
        });
        const bool tableDamaged = table != parts.end() && (table->complaints > 0 || table->unreadable);
        if (parts[i].index && tableDamaged && parts[i].complaints == 0 && !parts[i].unreadable) {
            table->complaints += byName[i];
        } else {
            parts[i].complaints += byName[i];
        }
    }
    std::erase_if(parts, [](const DamagedPart& part) { return part.complaints == 0 && !part.unreadable; });
    return parts;
}

} // namespace banthuek::core
