// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace banthuek::core {

class Database;

// A ประเด็น: what a note is about. Themes form a small user-editable hierarchy.
struct Theme
{
    std::string id;
    std::optional<std::string> parentId;
    std::string nameTh;
    std::string nameEn;
    std::int64_t createdMs = 0;
};

class ThemeStore final
{
public:
    explicit ThemeStore(Database& db) : m_db(db) {}

    // Thai names are unique in a notebook (ignoring case, digit script and spacing).
    [[nodiscard]] Theme add(const std::string& nameTh, const std::string& nameEn = {},
                            const std::optional<std::string>& parentId = std::nullopt);
    [[nodiscard]] Theme rename(const std::string& id, const std::string& nameTh, const std::string& nameEn);
    [[nodiscard]] Theme move(const std::string& id, const std::optional<std::string>& parentId);
    // Removes a theme without sub-themes; notes lose the tag but are kept.
    void remove(const std::string& id);

    [[nodiscard]] Theme get(const std::string& id) const;
    // By Thai or English name, ignoring case, digit script and spacing.
    [[nodiscard]] std::optional<Theme> findByName(const std::string& name) const;
    // Finds the theme by name or creates it at the top level (used by imports).
    [[nodiscard]] Theme findOrAdd(const std::string& name);
    // Depth-first: each parent before its children, siblings in Thai order.
    [[nodiscard]] std::vector<Theme> list() const;

private:
    Database& m_db;
};

} // namespace banthuek::core
