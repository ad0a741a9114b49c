// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/salvage.h"

#include "core/notebook/notebook.h"
#include "core/places/gazetteer.h"
#include "core/schema/functions.h"
#include "core/schema/migrations.h"
#include "core/storage/database.h"
#include "core/storage/notebookfile.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <filesystem>
#include <limits>
#include <optional>

namespace banthuek::core {
namespace {

namespace fs = std::filesystem;

// The tables FTS5 makes for an index (made again with it, never copied).
constexpr std::array<const char*, 5> kShadowSuffixes = {"_data", "_idx", "_content", "_docsize", "_config"};

struct SchemaEntry
{
    std::string type;
    std::string name;
    std::string sql;
};

std::string sqlName(const std::string& name)
{
    std::string out = "\"";
    for (const char c : name) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

bool contains(std::string text, const std::string& part)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
    return text.find(part) != std::string::npos;
}

std::vector<SchemaEntry> readSchema(Database& source, const std::string& path)
{
    std::vector<SchemaEntry> entries;
    try {
        auto rows =
            source.prepare("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY rowid");
        while (rows.step()) {
            entries.push_back({rows.text(0), rows.text(1), rows.text(2)});
        }
    } catch (const Error& error) {
        throw Error(ErrorCategory::Corrupt,
                    "The list of tables in %1 is itself damaged (%2), so its rows cannot be found. Restore "
                    "the notebook from a backup. The file was not changed.",
                    {path, error.what()});
    }
    return entries;
}

// A table's columns, and the columns that order it: rowid (when it has one that is not one of
// its columns), else its primary key.
struct TableShape
{
    std::vector<std::string> columns;
    std::vector<std::string> keys;
    bool extraRowid = false; // rowid is read and written besides the columns
    bool byRowid = false;    // ordered by rowid (or a column that is the rowid)
};

TableShape shapeOf(Database& source, const std::string& table, bool withoutRowid)
{
    TableShape shape;
    std::vector<std::pair<int, std::string>> primary;
    std::string primaryType;
    auto info = source.prepare("SELECT name, type, pk FROM pragma_table_info(?1)");
    info.bind(1, table);
    while (info.step()) {
        shape.columns.push_back(info.text(0));
        if (info.integer(2) > 0) {
            primary.emplace_back(static_cast<int>(info.integer(2)), info.text(0));
            primaryType = info.text(1);
        }
    }
    std::sort(primary.begin(), primary.end());
    const bool integerKey =
        primary.size() == 1 && contains(primaryType, "INTEGER") && primaryType.size() == 7;
    if (withoutRowid) {
        for (const auto& [order, name] : primary) {
            shape.keys.push_back(name);
        }
    } else if (integerKey) {
        shape.keys.push_back(primary.front().second); // the rowid itself
        shape.byRowid = true;
    } else {
        shape.keys.emplace_back("rowid");
        shape.extraRowid = true;
        shape.byRowid = true;
    }
    return shape;
}

std::string joined(const std::vector<std::string>& names, const char* separator = ", ")
{
    std::string out;
    for (const std::string& name : names) {
        out += (out.empty() ? "" : separator) + (name == "rowid" ? name : sqlName(name));
    }
    return out;
}

// Copies the rows of one table, reading in key order from the front until a damaged page
// stops it, then from the back down to where the front stopped. For tables keyed by rowid the
// gap between is probed too, ever further on, so rows beyond a second damaged page are found.
class TableCopier final
{
public:
    TableCopier(Database& source, Database& target, const std::string& table, const TableShape& shape)
        : m_source(source), m_shape(shape)
    {
        std::vector<std::string> written = shape.columns;
        if (shape.extraRowid) {
            written.insert(written.begin(), "rowid");
        }
        std::string marks;
        for (std::size_t i = 1; i <= written.size(); ++i) {
            marks += (i == 1 ? "?" : ", ?") + std::to_string(i);
        }
        m_insert.emplace(target.prepare("INSERT OR IGNORE INTO " + sqlName(table) + " (" + joined(written) +
                                        ") VALUES (" + marks + ")"));
        m_select = "SELECT " + joined(shape.keys) + ", " + (shape.extraRowid ? "rowid, " : "") +
                   joined(shape.columns) + " FROM " + sqlName(table);
        m_result.name = table;
    }

    // A damaged page may stop a reading with an error or, as often, end it early without one:
    // so the table is read from both ends and the gap between is always probed.
    SalvagedTable copy()
    {
        std::optional<std::vector<SqlValue>> last;
        std::optional<std::vector<SqlValue>> first;
        m_result.damaged = !read(std::nullopt, std::nullopt, true, last);
        m_result.damaged = !read(last, std::nullopt, false, first) || m_result.damaged;
        if (m_shape.byRowid) {
            probeGap(last, first);
        }
        return m_result;
    }

private:
    // Reads rows with keys after `after` (and before `before`), ascending or descending, and
    // copies them; `edge` ends at the last key read. True when the reading ended cleanly.
    bool read(const std::optional<std::vector<SqlValue>>& after,
              const std::optional<std::vector<SqlValue>>& before, bool ascending,
              std::optional<std::vector<SqlValue>>& edge)
    {
        const std::string keys = "(" + joined(m_shape.keys) + ")";
        std::string sql = m_select;
        std::string marks;
        for (std::size_t i = 0; i < m_shape.keys.size(); ++i) {
            marks += (i == 0 ? "" : ", ") + std::string("?");
        }
        std::vector<std::string> where;
        if (after) {
            where.push_back(keys + " > (" + marks + ")");
        }
        if (before) {
            where.push_back(keys + " < (" + marks + ")");
        }
        if (!where.empty()) {
            sql += " WHERE " + where.front() + (where.size() > 1 ? " AND " + where.back() : "");
        }
        sql += " ORDER BY ";
        for (std::size_t i = 0; i < m_shape.keys.size(); ++i) {
            sql += (i == 0 ? "" : ", ") + joined({m_shape.keys[i]}) + (ascending ? " ASC" : " DESC");
        }
        try {
            Statement rows = m_source.prepare(sql);
            int index = 1;
            for (const auto* bound : {&after, &before}) {
                if (*bound) {
                    for (const SqlValue& value : **bound) {
                        rows.bind(index++, value);
                    }
                }
            }
            const int keyCount = static_cast<int>(m_shape.keys.size());
            const int valueCount = static_cast<int>(m_shape.columns.size()) + (m_shape.extraRowid ? 1 : 0);
            while (rows.step()) {
                std::vector<SqlValue> key;
                key.reserve(m_shape.keys.size());
                for (int i = 0; i < keyCount; ++i) {
                    key.push_back(rows.value(i));
                }
                for (int i = 0; i < valueCount; ++i) {
                    m_insert->bind(i + 1, rows.value(keyCount + i));
                }
                m_insert->run();
                m_result.rows += 1;
                edge = std::move(key);
            }
            return true;
        } catch (const Error&) {
            return false; // a damaged page: what was read before it is kept
        }
    }

    // Between the last row read from the front and the first read from the back, starts ever
    // further on (1, 2, 4, … rowids past the last row read) until rows read again, and again
    // after them, until past the gap.
    void probeGap(const std::optional<std::vector<SqlValue>>& low,
                  const std::optional<std::vector<SqlValue>>& high)
    {
        const std::int64_t top = high ? std::get<std::int64_t>(high->front()) : kNoRowid;
        std::int64_t from = low ? std::get<std::int64_t>(low->front()) : 0;
        std::int64_t step = 1;
        while (step < top - from) {
            std::optional<std::vector<SqlValue>> reached;
            if (!read(std::vector<SqlValue>{SqlValue{from + step - 1}}, high, true, reached)) {
                m_result.damaged = true;
            }
            if (reached) {
                from = std::get<std::int64_t>(reached->front());
                step = 1;
            } else if (step > (kNoRowid - from) / 2) {
                return;
            } else {
                step *= 2;
            }
        }
    }

    static constexpr std::int64_t kNoRowid = std::numeric_limits<std::int64_t>::max();

    Database& m_source;
    const TableShape& m_shape;
    std::optional<Statement> m_insert;
    std::string m_select;
    SalvagedTable m_result;
};

// The column a foreign key names by naming only its table.
std::string primaryKeyOf(Database& db, const std::string& table)
{
    auto key = db.prepare("SELECT name FROM pragma_table_info(?1) WHERE pk = 1");
    key.bind(1, table);
    return key.step() ? sqlName(key.text(0)) : std::string("rowid");
}

// Leaves out rows whose parent row (their note, person, meeting…) was lost, until none is
// left: a comment without its note would only break the new notebook's links.
void dropOrphans(Database& target, std::vector<SalvagedTable>& tables)
{
    bool removed = true;
    while (removed) {
        removed = false;
        for (SalvagedTable& table : tables) {
            auto keys =
                target.prepare("SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?1) "
                               "ORDER BY id, seq");
            keys.bind(1, table.name);
            std::vector<std::tuple<std::int64_t, std::string, std::string, std::string>> rows;
            while (keys.step()) {
                rows.emplace_back(keys.integer(0), keys.text(1), keys.text(2),
                                  keys.optionalText(3).value_or(""));
            }
            for (std::size_t i = 0; i < rows.size();) {
                const auto id = std::get<0>(rows[i]);
                const std::string parent = std::get<1>(rows[i]);
                std::string present;
                std::string matches;
                for (; i < rows.size() && std::get<0>(rows[i]) == id; ++i) {
                    const std::string from = sqlName(table.name) + "." + sqlName(std::get<2>(rows[i]));
                    const std::string to = std::get<3>(rows[i]).empty() ? primaryKeyOf(target, parent)
                                                                        : sqlName(std::get<3>(rows[i]));
                    present += (present.empty() ? "" : " AND ") + from + " IS NOT NULL";
                    matches +=
                        std::string(matches.empty() ? "" : " AND ") + "salvage_parent." + to + " = " + from;
                }
                target.exec("DELETE FROM " + sqlName(table.name) + " WHERE " + present +
                            " AND NOT EXISTS (SELECT 1 FROM " + sqlName(parent) +
                            " AS salvage_parent WHERE " + matches + ")");
                if (target.changes() > 0) {
                    table.orphans += target.changes();
                    table.rows -= target.changes();
                    removed = true;
                }
            }
        }
    }
}

} // namespace

bool SalvageReport::anyDamage() const
{
    return std::any_of(tables.begin(), tables.end(),
                       [](const SalvagedTable& t) { return t.damaged || t.orphans > 0; });
}

SalvageReport salvageNotebook(const std::string& damagedPath, const std::string& newPath)
{
    const auto started = std::chrono::steady_clock::now();
    if (fs::exists(newPath)) {
        throw Error(ErrorCategory::InvalidInput,
                    "%1 already exists: a salvaged notebook is written as a new file, never over another.",
                    {newPath});
    }
    const FileProbe probe = probeFile(damagedPath);
    if (probe.kind == FileProbe::Kind::Missing) {
        throw Error(ErrorCategory::NotFound, "There is no notebook at %1.", {damagedPath});
    }
    if (probe.kind == FileProbe::Kind::Empty || probe.kind == FileProbe::Kind::NotSqlite) {
        throw Error(
            ErrorCategory::NotANotebook,
            "%1 is not a Banthuek notebook (it is not an SQLite database), so nothing can be salvaged "
            "from it.",
            {damagedPath});
    }
    makeParentFolder(newPath);
    const std::string partial = newPath + ".partial";
    removeNotebookFiles(partial);
    SalvageReport report;
    try {
        Database source(damagedPath, Database::Mode::ReadOnly);
        const std::vector<SchemaEntry> schema = readSchema(source, damagedPath);
        if (source.pragmaInteger("application_id") != kApplicationId) {
            throw Error(
                ErrorCategory::NotANotebook,
                "%1 is an SQLite database of another application, not a Banthuek notebook, so nothing "
                "is salvaged from it.",
                {damagedPath});
        }
        const std::int64_t version = source.pragmaInteger("user_version");
        std::vector<std::string> virtualTables;
        for (const SchemaEntry& entry : schema) {
            if (entry.type == "table" && contains(entry.sql, "CREATE VIRTUAL TABLE")) {
                virtualTables.push_back(entry.name);
            }
        }
        const auto derived = [&](const std::string& name) { // a virtual table or one FTS5 keeps for it
            return std::any_of(virtualTables.begin(), virtualTables.end(), [&](const std::string& v) {
                return name == v || std::any_of(kShadowSuffixes.begin(), kShadowSuffixes.end(),
                                                [&](const char* suffix) { return name == v + suffix; });
            });
        };
        {
            Database target(partial, Database::Mode::Create);
            registerSchemaFunctions(target);
            target.exec("PRAGMA page_size = 16384");
            target.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            Transaction transaction(target);
            for (const SchemaEntry& entry : schema) {
                if (entry.type == "table" && entry.name.rfind("sqlite_", 0) != 0 && !derived(entry.name)) {
                    target.exec(entry.sql);
                }
            }
            for (const SchemaEntry& entry : schema) {
                if (entry.type == "table" && contains(entry.sql, "CREATE VIRTUAL TABLE")) {
                    target.exec(entry.sql);
                }
            }
            for (const SchemaEntry& entry : schema) {
                if (entry.type == "table" && entry.name.rfind("sqlite_", 0) != 0 && !derived(entry.name)) {
                    const TableShape shape =
                        shapeOf(source, entry.name, contains(entry.sql, "WITHOUT ROWID"));
                    report.tables.push_back(TableCopier(source, target, entry.name, shape).copy());
                }
            }
            if (version == latestSchemaVersion()) {
                loadGazetteer(target); // places the damage took are in the gazetteer Banthuek ships
            }
            dropOrphans(target, report.tables);
            for (const char* type : {"index", "view", "trigger"}) {
                for (const SchemaEntry& entry : schema) {
                    if (entry.type == type && !derived(entry.name)) {
                        target.exec(entry.sql);
                    }
                }
            }
            target.exec("PRAGMA user_version = " + std::to_string(version));
            transaction.commit();
        }
        {
            auto notebook = Notebook::open(partial);
            (void)notebook->rebuildDerived();
            report.notes = notebook->notes().count();
            report.problems = notebook->check().problems;
        }
        removeSidecarFiles(partial); // closed cleanly: none should be left, and none may follow it
        fs::rename(partial, newPath);
    } catch (...) {
        removeNotebookFiles(partial);
        throw;
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

} // namespace banthuek::core
