// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/merge.h"

#include "core/storage/database.h"

namespace banthuek::core {

void repointRows(Database& db, std::string_view table, std::string_view column, const std::string& kept,
                 const std::string& duplicate)
{
    const std::string t(table);
    const std::string c(column);
    db.cached("UPDATE OR IGNORE " + t + " SET " + c + " = ?1 WHERE " + c + " = ?2")
        ->bind(1, kept)
        .bind(2, duplicate)
        .run();
    db.cached("DELETE FROM " + t + " WHERE " + c + " = ?1")->bind(1, duplicate).run();
}

void repointColumn(Database& db, std::string_view table, std::string_view column, const std::string& kept,
                   const std::string& duplicate)
{
    const std::string c(column);
    db.cached("UPDATE " + std::string(table) + " SET " + c + " = ?1 WHERE " + c + " = ?2")
        ->bind(1, kept)
        .bind(2, duplicate)
        .run();
}

} // namespace banthuek::core
