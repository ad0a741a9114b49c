// SPDX-License-Identifier: GPL-3.0-or-later
// Changes are recorded by triggers, so no write path can forget to: a row's birth or deletion
// stamps exchange_rows (tbl, key); a change of a column stamps exchange_columns (tbl, key, col).
// A stamp is a hybrid logical clock value and the device that made it (1 = this notebook).
// A column without its own stamp carries its row's birth stamp.
#include "core/schema/exchangetables.h"

#include "core/storage/database.h"
#include "core/storage/ids.h"

#include <algorithm>

namespace banthuek::core {
namespace {

constexpr const char* kBookkeeping = R"sql(
CREATE TABLE exchange_devices (
    num INTEGER PRIMARY KEY,          -- 1 is this notebook
    device_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    slot INTEGER,                     -- its team record slot, once known
    known_hlc INTEGER NOT NULL DEFAULT 0, -- every change it made up to here is in this notebook
    knows TEXT,                       -- what it said it knows (JSON: device id -> hlc)
    heard_ms INTEGER                  -- when a bundle from it last came in
);
CREATE TABLE exchange_rows (
    tbl TEXT NOT NULL,
    pk TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    device INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    PRIMARY KEY (tbl, pk)
) WITHOUT ROWID;
CREATE INDEX exchange_rows_hlc ON exchange_rows(hlc);
CREATE TABLE exchange_columns (
    tbl TEXT NOT NULL,
    pk TEXT NOT NULL,
    col TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    device INTEGER NOT NULL,
    PRIMARY KEY (tbl, pk, col)
) WITHOUT ROWID;
CREATE INDEX exchange_columns_hlc ON exchange_columns(hlc);
CREATE TABLE exchange_unread (        -- notes new or changed by others, not opened here since
    note_id TEXT PRIMARY KEY
) WITHOUT ROWID;
CREATE TABLE exchange_seen (          -- bundles read from a shared folder, by their hash
    hash TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    seen_ms INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

std::string quoted(const std::string& text)
{
    return "'" + text + "'"; // names from the lists above, never from outside
}

// Stamps the row of `key` as born (deleted 0) or gone (1) on this device; its column stamps go,
// because a row's birth or death outranks every earlier change of its columns.
std::string rowStampSql(const std::string& table, const std::string& key, int deleted)
{
    const std::string flag = std::to_string(deleted);
    return "INSERT INTO exchange_rows (tbl, pk, hlc, device, deleted) VALUES (" + quoted(table) + ", " + key +
           ", exchange_clock(), 1, " + flag +
           ") ON CONFLICT (tbl, pk) DO UPDATE SET hlc = excluded.hlc, device = 1, deleted = " + flag +
           ";\nDELETE FROM exchange_columns WHERE tbl = " + quoted(table) + " AND pk = " + key + ";\n";
}

std::string triggersFor(Database& db, const ExchangedTable& table)
{
    const std::string& t = table.name;
    const std::string newKey = keyExpression(table, "new.");
    const std::string oldKey = keyExpression(table, "old.");
    const std::string born = rowStampSql(t, newKey, 0);
    const std::string gone = rowStampSql(t, oldKey, 1);
    std::string keyChanged;
    for (const std::string& column : table.key) {
        keyChanged += (keyChanged.empty() ? "" : " OR ") + ("old." + column + " IS NOT new." + column);
    }
    std::string columns;
    for (const std::string& column : sharedColumns(db, table)) {
        if (std::find(table.key.begin(), table.key.end(), column) != table.key.end()) {
            continue;
        }
        columns += "INSERT INTO exchange_columns (tbl, pk, col, hlc, device) SELECT " + quoted(t) + ", " +
                   newKey + ", " + quoted(column) + ", exchange_clock(), 1 WHERE old." + column +
                   " IS NOT new." + column +
                   " ON CONFLICT (tbl, pk, col) DO UPDATE SET hlc = excluded.hlc, device = 1;\n";
    }
    const std::string prefix = "CREATE TRIGGER exchange_" + t;
    std::string sql =
        prefix + "_born AFTER INSERT ON " + t + " WHEN exchange_recording() BEGIN\n" + born + "END;\n";
    sql += prefix + "_gone AFTER DELETE ON " + t + " WHEN exchange_recording() BEGIN\n" + gone + "END;\n";
    sql += prefix + "_rekeyed AFTER UPDATE ON " + t + " WHEN exchange_recording() AND (" + keyChanged +
           ") BEGIN\n" + gone + born + "END;\n";
    if (!columns.empty()) {
        sql += prefix + "_changed AFTER UPDATE ON " + t + " WHEN exchange_recording() AND NOT (" +
               keyChanged + ") BEGIN\n" + columns + "END;\n";
    }
    return sql;
}

} // namespace

const std::vector<ExchangedTable>& exchangedTables()
{
    static const std::vector<ExchangedTable> tables = {
        {"places", {"code"}, {}, "created_ms IS NULL"},
        {"themes", {"id"}, {}, "created_ms = 0"},
        {"organisations", {"id"}, {}, "created_ms = 0"},
        {"people", {"id"}, {}, {}},
        {"person_places", {"person_id", "place_code"}, {}, {}},
        {"notes", {"id"}, {"title_key"}, {}},
        {"note_revisions", {"uid"}, {"id"}, {}},
        {"note_places", {"note_id", "place_code"}, {}, {}},
        {"note_themes", {"note_id", "theme_id"}, {}, {}},
        {"note_people", {"note_id", "person_id"}, {}, {}},
        {"note_organisations", {"note_id", "organisation_id"}, {}, {}},
        {"note_links", {"from_id", "to_id"}, {}, {}},
        {"comments", {"id"}, {}, {}},
        {"note_sources", {"note_id"}, {}, {}},
        {"meeting_series", {"id"}, {}, {}},
        {"minutes", {"note_id"}, {}, {}},
        {"attendees", {"note_id", "person_id"}, {}, {}},
        {"agenda_items", {"id"}, {}, {}},
        {"action_items", {"id"}, {}, {}},
        {"agenda_followups", {"agenda_item_id", "action_item_id"}, {}, {}},
        {"surveys", {"id"}, {}, {}},
        {"survey_debts", {"survey_id", "creditor"}, {}, {}},
        {"survey_occupations", {"survey_id", "position"}, {}, {}},
        {"plans", {"id"}, {}, {}},
        {"plan_problems", {"plan_id", "rank"}, {}, {}},
        {"plan_items", {"id"}, {}, {}},
        {"plan_item_partners", {"item_id", "organisation_id"}, {}, {}},
        {"plan_item_notes", {"item_id", "note_id"}, {}, {}},
        {"plan_item_changes", {"uid"}, {"id"}, {}},
        {"dictionary_words", {"word"}, {}, {}},
    };
    return tables;
}

const ExchangedTable* findExchangedTable(std::string_view name)
{
    for (const ExchangedTable& table : exchangedTables()) {
        if (table.name == name) {
            return &table;
        }
    }
    return nullptr;
}

const std::vector<std::string>& contentTables()
{
    static const std::vector<std::string> tables = {"files", "file_chunks"};
    return tables;
}

const std::vector<std::string>& localOnlyTables()
{
    static const std::vector<std::string> tables = [] {
        std::vector<std::string> names = {
            "notebook_meta",                      // this file's id and this laptop's settings and team key
            "place_aliases",                      // the gazetteer's other spellings, shipped with Banthuek
            "note_parts_paused", "search_paused", // a bulk load's marks, inside its transaction
            "place_levels", // tallies and the theme closure: counted again from shared rows
            "theme_paths",       "theme_recount",
            "exchange_devices", // the exchange's own bookkeeping
            "exchange_rows",     "exchange_columns", "exchange_seen",
            "exchange_unread",   "sqlite_stat1",     "sqlite_stat4",
            "note_files",  // which notes name which files: read from their texts by triggers
            "file_thumbs", // thumbnails: made again from the file when missing
        };
        for (const char* index : {"note_search", "note_titles", "comment_search", "note_parts"}) {
            names.emplace_back(index);
            for (const char* shadow : {"_config", "_data", "_docsize", "_idx", "_content"}) {
                names.push_back(std::string(index) + shadow);
            }
        }
        for (const char* tally : {"place", "theme", "person", "organisation"}) {
            names.push_back(std::string(tally) + "_tally");
            names.push_back(std::string(tally) + "_tally_dates");
        }
        for (const char* tally : {"theme", "person", "organisation"}) {
            names.push_back(std::string(tally) + "_place_tally");
        }
        return names;
    }();
    return tables;
}

std::vector<std::string> sharedColumns(Database& db, const ExchangedTable& table)
{
    std::vector<std::string> columns;
    Statement info = db.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    info.bind(1, table.name);
    while (info.step()) {
        std::string column = info.text(0);
        if (std::find(table.local.begin(), table.local.end(), column) == table.local.end()) {
            columns.push_back(std::move(column));
        }
    }
    return columns;
}

std::string keyExpression(const ExchangedTable& table, std::string_view prefix)
{
    std::string sql = "json_array(";
    for (std::size_t i = 0; i < table.key.size(); ++i) {
        sql += (i == 0 ? "" : ", ") + std::string(prefix) + table.key[i];
    }
    return sql + ")";
}

namespace {

bool tableExists(Database& db, const std::string& name)
{
    return db.cached("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1")->bind(1, name).step();
}

bool tableShared(Database& db, const std::string& name)
{
    return db.cached("SELECT 1 FROM sqlite_schema WHERE type = 'trigger' AND name = ?1")
        ->bind(1, "exchange_" + name + "_born")
        .step();
}

// Records a table's changes from now on; what it already holds was written here, so it travels
// as this laptop's.
void shareTable(Database& db, const ExchangedTable& table)
{
    db.exec(triggersFor(db, table));
    db.exec("INSERT INTO exchange_rows (tbl, pk, hlc, device, deleted) SELECT " + quoted(table.name) + ", " +
            keyExpression(table, "") + ", exchange_clock(), 1, 0 FROM " + table.name +
            (table.bornWith.empty() ? std::string() : " WHERE NOT (" + table.bornWith + ")"));
}

} // namespace

void createExchangeSchema(Database& db)
{
    db.exec(kBookkeeping);
    db.cached("INSERT INTO exchange_devices (num, device_id) VALUES (1, ?1)")->bind(1, newUuid()).run();
    shareNewTables(db);
}

void shareNewTables(Database& db)
{
    for (const ExchangedTable& table : exchangedTables()) {
        // A table a later version adds is shared by that version's step, once it exists.
        if (tableExists(db, table.name) && !tableShared(db, table.name)) {
            shareTable(db, table);
        }
    }
}

} // namespace banthuek::core
