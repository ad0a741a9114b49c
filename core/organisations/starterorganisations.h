// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace banthuek::core {

class Database;

// The national bodies a Thai community-development team meets (those the GotoKnow KM-city
// posts name, and the usual funders and ministries), with their full names.
void addStarterOrganisations(Database& db);

} // namespace banthuek::core
