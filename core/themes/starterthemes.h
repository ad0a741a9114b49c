// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace banthuek::core {

class Database;

// The themes a Thai community-development team works on, so a new notebook is ready to tag.
struct StarterThemeRow
{
    std::string id; // the same in every notebook (stableUuid of its Thai name)
    std::optional<std::string> parentId;
    std::string nameTh, nameEn;
};

// Parents before their children.
[[nodiscard]] std::vector<StarterThemeRow> starterThemes();

void addStarterThemes(Database& db);

} // namespace banthuek::core
