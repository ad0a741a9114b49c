// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/dump.h"

#include "core/exchange/sqljson.h"
#include "core/schema/exchangetables.h"
#include "core/storage/database.h"

#include <nlohmann/json.hpp>

#include <map>

namespace banthuek::core {
namespace {

using Json = nlohmann::json;

} // namespace

void dumpSharedContent(Database& db, std::ostream& out)
{
    for (const ExchangedTable& table : exchangedTables()) {
        const std::vector<std::string> columns = sharedColumns(db, table);
        std::string select = "SELECT " + keyExpression(table, "");
        for (const std::string& column : columns) {
            select += ", " + column;
        }
        select += " FROM " + table.name;
        if (!table.bornWith.empty()) {
            // Rows every notebook is born with are left out unless they changed.
            select += " WHERE NOT (" + table.bornWith +
                      ") OR EXISTS (SELECT 1 FROM exchange_columns WHERE tbl = '" + table.name +
                      "' AND pk = " + keyExpression(table, "") + ")";
        }
        std::map<std::string, std::string> lines; // by key, whatever the collation
        Statement rows = db.prepare(select);
        while (rows.step()) {
            Json row = Json::object();
            for (std::size_t i = 0; i < columns.size(); ++i) {
                row[columns[i]] = toJson(rows.value(static_cast<int>(i + 1)));
            }
            const std::string key = rows.text(0);
            lines.emplace(
                key, Json{{"table", table.name}, {"key", Json::parse(key)}, {"row", std::move(row)}}.dump());
        }
        for (const auto& [key, line] : lines) {
            out << line << '\n';
        }
    }
}

} // namespace banthuek::core
