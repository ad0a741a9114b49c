// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/themes/themestore.h"

#include "core/error.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/text/dates.h"
#include "core/text/normalize.h"

#include <functional>
#include <map>

namespace banthuek::core {
namespace {

constexpr const char* kSelect = "SELECT id, parent_id, name_th, name_en, created_ms FROM themes ";

Theme readTheme(const Statement& row)
{
    return {row.text(0), row.optionalText(1), row.text(2), row.text(3), row.integer(4)};
}

std::string checkedName(const std::string& name)
{
    std::string clean = normalizeLine(name, "theme name");
    if (clean.empty()) {
        throw Error(ErrorCategory::InvalidInput, "A theme needs a Thai name.");
    }
    return clean;
}

} // namespace

Theme ThemeStore::add(const std::string& nameTh, const std::string& nameEn,
                      const std::optional<std::string>& parentId)
{
    const std::string name = checkedName(nameTh);
    Transaction transaction(m_db);
    if (findByName(name)) {
        throw Error(ErrorCategory::InvalidInput, "A theme named \"%1\" already exists.", {name});
    }
    if (parentId) {
        [[maybe_unused]] const Theme parent = get(*parentId);
    }
    const std::string id = newUuid();
    m_db.cached("INSERT INTO themes (id, parent_id, name_th, name_en, key, created_ms) VALUES (?1, ?2, ?3, "
                "?4, ?5, ?6)")
        ->bind(1, id)
        .bind(2, parentId)
        .bind(3, name)
        .bind(4, normalizeLine(nameEn, "English theme name"))
        .bind(5, matchKey(name))
        .bind(6, nowMillis())
        .run();
    Theme theme = get(id);
    transaction.commit();
    return theme;
}

Theme ThemeStore::rename(const std::string& id, const std::string& nameTh, const std::string& nameEn)
{
    const std::string name = checkedName(nameTh);
    Transaction transaction(m_db);
    if (const auto other = findByName(name); other && other->id != id) {
        throw Error(ErrorCategory::InvalidInput, "A theme named \"%1\" already exists.", {name});
    }
    [[maybe_unused]] const Theme existing = get(id);
    m_db.cached("UPDATE themes SET name_th = ?2, name_en = ?3, key = ?4 WHERE id = ?1")
        ->bind(1, id)
        .bind(2, name)
        .bind(3, normalizeLine(nameEn, "English theme name"))
        .bind(4, matchKey(name))
        .run();
    Theme theme = get(id);
    transaction.commit();
    return theme;
}

Theme ThemeStore::move(const std::string& id, const std::optional<std::string>& parentId)
{
    Transaction transaction(m_db);
    [[maybe_unused]] const Theme existing = get(id);
    // Walk up from the new parent: reaching the theme itself would make a cycle.
    for (auto ancestor = parentId; ancestor; ancestor = get(*ancestor).parentId) {
        if (*ancestor == id) {
            throw Error(ErrorCategory::InvalidInput,
                        "A theme cannot be placed under itself or its own sub-theme.");
        }
    }
    m_db.cached("UPDATE themes SET parent_id = ?2 WHERE id = ?1")->bind(1, id).bind(2, parentId).run();
    Theme theme = get(id);
    transaction.commit();
    return theme;
}

void ThemeStore::remove(const std::string& id)
{
    Transaction transaction(m_db);
    const Theme theme = get(id);
    if (m_db.cached("SELECT 1 FROM themes WHERE parent_id = ?1")->bind(1, id).step()) {
        throw Error(ErrorCategory::InvalidInput,
                    "The theme \"%1\" has sub-themes; move or remove them first.", {theme.nameTh});
    }
    m_db.cached("DELETE FROM themes WHERE id = ?1")->bind(1, id).run();
    transaction.commit();
}

Theme ThemeStore::get(const std::string& id) const
{
    auto row = m_db.cached(std::string(kSelect) + "WHERE id = ?1");
    if (!row->bind(1, id).step()) {
        throw Error(ErrorCategory::NotFound, "The theme %1 does not exist.", {id});
    }
    return readTheme(*row);
}

std::optional<Theme> ThemeStore::findByName(const std::string& name) const
{
    const std::string key = matchKey(normalizeLine(name, "theme name"));
    auto row = m_db.cached(std::string(kSelect) + "WHERE key = ?1");
    if (row->bind(1, key).step()) {
        return readTheme(*row);
    }
    // English names are few; comparing their keys here keeps the schema to one key column.
    auto rows = m_db.cached(std::string(kSelect) + "WHERE name_en <> ''");
    while (rows->step()) {
        if (matchKey(rows->text(3)) == key) {
            return readTheme(*rows);
        }
    }
    return std::nullopt;
}

Theme ThemeStore::findOrAdd(const std::string& name)
{
    if (auto theme = findByName(name)) {
        return *theme;
    }
    return add(name);
}

std::vector<Theme> ThemeStore::list() const
{
    std::map<std::string, std::vector<Theme>> children; // parent id ("" for top) -> children in Thai order
    auto rows = m_db.cached(std::string(kSelect) + "ORDER BY name_th COLLATE THAI");
    while (rows->step()) {
        Theme theme = readTheme(*rows);
        children[theme.parentId.value_or("")].push_back(std::move(theme));
    }
    std::vector<Theme> ordered;
    std::function<void(const std::string&)> visit = [&](const std::string& parent) {
        for (const Theme& theme : children[parent]) {
            ordered.push_back(theme);
            visit(theme.id);
        }
    };
    visit("");
    return ordered;
}

} // namespace banthuek::core
