// SPDX-License-Identifier: GPL-3.0-or-later
// What travels between a team's notebooks, table by table, and what stays on one laptop.
// Every table of the schema is in exactly one of the two lists (a test enumerates the schema).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace banthuek::core {

class Database;

struct ExchangedTable
{
    std::string name;
    std::vector<std::string> key;   // the columns that name a row on every laptop
    std::vector<std::string> local; // columns that stay here: derived keys, local row numbers
    std::string bornWith;           // SQL condition: rows every notebook is born with (the gazetteer)
};

// Parents before their children, so a bundle's rows can be applied in this order.
[[nodiscard]] const std::vector<ExchangedTable>& exchangedTables();
[[nodiscard]] const ExchangedTable* findExchangedTable(std::string_view name);
// Indexes, tallies, search, settings and the exchange's own bookkeeping.
[[nodiscard]] const std::vector<std::string>& localOnlyTables();
// Files kept in the notebook: they travel whole, once each, named by their hash, in a bundle's
// file section (core/exchange/filecontent), never as changed rows. A file is never changed.
[[nodiscard]] const std::vector<std::string>& contentTables();

// The columns of `table` that travel (keys included), in the table's own order.
[[nodiscard]] std::vector<std::string> sharedColumns(Database& db, const ExchangedTable& table);
// SQL for a row's key as text: json_array(<prefix>k1, <prefix>k2, ...).
[[nodiscard]] std::string keyExpression(const ExchangedTable& table, std::string_view prefix);

// The bookkeeping tables and the triggers that stamp every change (schema version 14).
void createExchangeSchema(Database& db);
// Starts recording the exchanged tables that exist and are not recorded yet: for a version that
// adds a table.
void shareNewTables(Database& db);

} // namespace banthuek::core
