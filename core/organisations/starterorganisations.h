// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace banthuek::core {

class Database;

// The national bodies a Thai community-development team meets (those the GotoKnow KM-city
// posts name, and the usual funders and ministries), with their full names.
// Each starter's key, the same in every notebook (stableUuid of its Thai name).
[[nodiscard]] std::vector<std::pair<std::string, std::string>> starterOrganisationIds(); // id, Thai name

void addStarterOrganisations(Database& db);

} // namespace banthuek::core
