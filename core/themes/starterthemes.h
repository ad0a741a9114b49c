// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace banthuek::core {

class Database;

// The themes a Thai community-development team works on, so a new notebook is ready to tag.
void addStarterThemes(Database& db);

} // namespace banthuek::core
