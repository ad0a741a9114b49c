// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/rows.h"

#include "core/error.h"
#include "core/storage/database.h"

namespace banthuek::core {

void requireRow(Database& db, std::string_view table, const std::optional<std::string>& key,
                std::string_view what)
{
    const std::string column = table == "places" ? "code" : "id";
    if (key && !db.cached("SELECT 1 FROM " + std::string(table) + " WHERE " + column + " = ?1")
                    ->bind(1, *key)
                    .step()) {
        throw Error(ErrorCategory::NotFound, "There is no %1 \"%2\".", {std::string(what), *key});
    }
}

} // namespace banthuek::core
