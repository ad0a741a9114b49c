// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace banthuek::core {

class Database;

// The gazetteer shipped inside the library (resources/data/th_admin.csv and its aliases),
// so a new notebook needs no data files at run time.
[[nodiscard]] std::string_view gazetteerCsv();
[[nodiscard]] std::string_view gazetteerAliasesCsv();

// Loads provinces, districts, subdistricts and their aliases into an empty places table.
void loadGazetteer(Database& db);

} // namespace banthuek::core
