// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/changes.h"

#include "core/error.h"
#include "core/exchange/bodymerge.h"
#include "core/exchange/sqljson.h"
#include "core/notes/notestore.h"
#include "core/schema/exchangeclock.h"
#include "core/schema/exchangetables.h"
#include "core/search/searchstore.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <compare>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

namespace banthuek::core {
namespace {

using Json = nlohmann::json;

constexpr std::size_t kMaxDevices = 10'000;

struct Stamp
{
    std::int64_t hlc = 0;
    std::string device; // device id; empty with hlc 0: a row every notebook is born with
    std::strong_ordering operator<=>(const Stamp& other) const
    {
        return std::tie(hlc, device) <=> std::tie(other.hlc, other.device);
    }
    bool operator==(const Stamp& other) const { return hlc == other.hlc && device == other.device; }
};

// ---- what SQL a table needs -------------------------------------------------------------------

struct ForeignKey
{
    std::string column, parent, parentColumn;
    bool setNull = false;
};

struct TableSql
{
    const ExchangedTable* table = nullptr;
    std::vector<std::string> columns; // shared, in the table's order
    std::string where;                // k1 = ?1 AND k2 = ?2
    std::vector<ForeignKey> foreignKeys;
};

TableSql describe(Database& db, const ExchangedTable& table)
{
    TableSql sql{&table, sharedColumns(db, table), {}, {}};
    for (std::size_t i = 0; i < table.key.size(); ++i) {
        sql.where += (i == 0 ? "" : " AND ") + table.key[i] + " = ?" + std::to_string(i + 1);
    }
    Statement keys =
        db.prepare("SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list(?1)");
    keys.bind(1, table.name);
    while (keys.step()) {
        ForeignKey key{keys.text(0), keys.text(1), keys.isNull(2) ? std::string() : keys.text(2),
                       keys.text(3) == "SET NULL"};
        if (key.parentColumn.empty()) {
            const ExchangedTable* parent = findExchangedTable(key.parent);
            key.parentColumn = parent ? parent->key.front() : "rowid";
        }
        sql.foreignKeys.push_back(std::move(key));
    }
    return sql;
}

class Tables final
{
public:
    explicit Tables(Database& db) : m_db(db) {}
    const TableSql& operator[](const ExchangedTable& table)
    {
        auto found = m_described.find(table.name);
        if (found == m_described.end()) {
            found = m_described.emplace(table.name, describe(m_db, table)).first;
        }
        return found->second;
    }

private:
    Database& m_db;
    std::unordered_map<std::string, TableSql> m_described;
};

std::vector<SqlValue> keyValues(const Json& key)
{
    std::vector<SqlValue> values;
    for (const Json& part : key) {
        values.push_back(fromJson(part).value_or(SqlValue{}));
    }
    return values;
}

// ---- devices ---------------------------------------------------------------------------------

class Devices final
{
public:
    explicit Devices(Database& db) : m_db(db)
    {
        Statement rows = db.prepare("SELECT num, device_id FROM exchange_devices");
        while (rows.step()) {
            m_ids.emplace(rows.integer(0), rows.text(1));
            m_nums.emplace(rows.text(1), rows.integer(0));
        }
    }
    const std::string& id(std::int64_t num) const
    {
        static const std::string none;
        const auto found = m_ids.find(num);
        return found == m_ids.end() ? none : found->second;
    }
    std::int64_t num(const std::string& id)
    {
        if (const auto found = m_nums.find(id); found != m_nums.end()) {
            return found->second;
        }
        m_db.cached("INSERT INTO exchange_devices (device_id) VALUES (?1)")->bind(1, id).run();
        const std::int64_t num = m_db.lastInsertRowId();
        m_ids.emplace(num, id);
        m_nums.emplace(id, num);
        return num;
    }

private:
    Database& m_db;
    std::unordered_map<std::int64_t, std::string> m_ids;
    std::unordered_map<std::string, std::int64_t> m_nums;
};

// ---- reading a row's state here ----------------------------------------------------------------

struct LocalState
{
    std::optional<Stamp> existence;
    bool deleted = false;
    std::map<std::string, Stamp> columns;
    [[nodiscard]] Stamp column(const std::string& name) const
    {
        const auto found = columns.find(name);
        return found != columns.end() ? found->second : existence.value_or(Stamp{});
    }
};

LocalState localState(Database& db, const Devices& devices, const std::string& table, const std::string& pk)
{
    LocalState state;
    auto row = db.cached("SELECT hlc, device, deleted FROM exchange_rows WHERE tbl = ?1 AND pk = ?2");
    if (row->bind(1, table).bind(2, pk).step()) {
        state.existence = Stamp{row->integer(0), devices.id(row->integer(1))};
        state.deleted = row->integer(2) != 0;
    }
    row.reset();
    auto columns = db.cached("SELECT col, hlc, device FROM exchange_columns WHERE tbl = ?1 AND pk = ?2");
    columns->bind(1, table).bind(2, pk);
    while (columns->step()) {
        state.columns.emplace(columns->text(0), Stamp{columns->integer(1), devices.id(columns->integer(2))});
    }
    return state;
}

std::optional<std::vector<SqlValue>> rowValues(Database& db, const TableSql& sql,
                                               const std::vector<SqlValue>& key)
{
    std::string select = "SELECT ";
    for (std::size_t i = 0; i < sql.columns.size(); ++i) {
        select += (i == 0 ? "" : ", ") + sql.columns[i];
    }
    auto row = db.cached(select + " FROM " + sql.table->name + " WHERE " + sql.where);
    for (std::size_t i = 0; i < key.size(); ++i) {
        row->bind(static_cast<int>(i + 1), key[i]);
    }
    if (!row->step()) {
        return std::nullopt;
    }
    std::vector<SqlValue> values;
    for (std::size_t i = 0; i < sql.columns.size(); ++i) {
        values.push_back(row->value(static_cast<int>(i)));
    }
    return values;
}

} // namespace

// ---- collecting -------------------------------------------------------------------------------

CollectedChanges collectChanges(Database& db, const VersionVector& base)
{
    const Devices devices(db);
    // The lowest base of any device that has stamps here: the index finds everything above it,
    // and each row is then held against its own device's base.
    std::int64_t lowest = 0;
    bool first = true;
    Statement known = db.prepare("SELECT device_id FROM exchange_devices");
    while (known.step()) {
        const auto found = base.find(known.text(0));
        const std::int64_t value = found == base.end() ? 0 : found->second;
        lowest = first ? value : std::min(lowest, value);
        first = false;
    }
    auto newer = [&](std::int64_t hlc, std::int64_t device) {
        const auto found = base.find(devices.id(device));
        return hlc > (found == base.end() ? 0 : found->second);
    };
    std::map<std::pair<std::size_t, std::string>, bool> candidates; // (table order, pk)
    std::unordered_map<std::string, std::size_t> order;
    for (std::size_t i = 0; i < exchangedTables().size(); ++i) {
        order.emplace(exchangedTables()[i].name, i);
    }
    for (const char* sql : {"SELECT tbl, pk, hlc, device FROM exchange_rows WHERE hlc > ?1",
                            "SELECT tbl, pk, hlc, device FROM exchange_columns WHERE hlc > ?1"}) {
        Statement rows = db.prepare(sql);
        rows.bind(1, lowest);
        while (rows.step()) {
            const auto table = order.find(rows.text(0));
            if (table != order.end() && newer(rows.integer(2), rows.integer(3))) {
                candidates.emplace(std::make_pair(table->second, rows.text(1)), true);
            }
        }
    }

    Tables tables(db);
    std::vector<std::string> deviceIds;
    std::unordered_map<std::string, std::size_t> deviceIndex;
    auto stampJson = [&](const Stamp& stamp) {
        auto [it, added] = deviceIndex.emplace(stamp.device, deviceIds.size());
        if (added) {
            deviceIds.push_back(stamp.device);
        }
        return Json::array({stamp.hlc, it->second});
    };
    Json rows = Json::array();
    for (const auto& [where, unused] : candidates) {
        const ExchangedTable& table = exchangedTables()[where.first];
        const TableSql& sql = tables[table];
        const std::string& pk = where.second;
        const LocalState state = localState(db, devices, table.name, pk);
        const Json key = Json::parse(pk, nullptr, false);
        if (!key.is_array() || key.size() != table.key.size()) {
            continue;
        }
        Json row = {{"t", table.name}, {"k", key}};
        row["s"] = state.existence ? stampJson(*state.existence) : Json(nullptr);
        row["d"] = state.deleted ? 1 : 0;
        if (!state.deleted) {
            const auto values = rowValues(db, sql, keyValues(key));
            if (!values) {
                continue; // went with a parent deleted elsewhere: nothing to send
            }
            Json object = Json::object();
            for (std::size_t i = 0; i < sql.columns.size(); ++i) {
                object[sql.columns[i]] = toJson((*values)[i]);
            }
            row["v"] = std::move(object);
            Json columns = Json::object();
            for (const auto& [column, stamp] : state.columns) {
                columns[column] = stampJson(stamp);
            }
            row["c"] = std::move(columns);
        }
        rows.push_back(std::move(row));
    }
    CollectedChanges collected;
    collected.rows = static_cast<std::int64_t>(rows.size());
    collected.payload = Json{{"devices", deviceIds}, {"rows", std::move(rows)}}.dump();
    return collected;
}

// ---- applying ---------------------------------------------------------------------------------

namespace {

struct IncomingRow
{
    const ExchangedTable* table = nullptr;
    std::vector<SqlValue> key;
    std::string pk;
    Stamp existence;
    bool deleted = false;
    std::map<std::string, SqlValue> values;
    std::map<std::string, Stamp> columns;
    [[nodiscard]] Stamp column(const std::string& name) const
    {
        const auto found = columns.find(name);
        return found != columns.end() ? found->second : existence;
    }
};

[[noreturn]] void refusePayload(const std::string& name)
{
    throw Error(
        ErrorCategory::Corrupt,
        "%1 is a damaged bundle: its changes cannot be read. Ask the sender for it again. Nothing was "
        "imported.",
        {name});
}

std::string keyText(Database& db, const std::vector<SqlValue>& key)
{
    std::string sql = "SELECT json_array(";
    for (std::size_t i = 0; i < key.size(); ++i) {
        sql += (i == 0 ? "?" : ", ?") + std::to_string(i + 1);
    }
    auto row = db.cached(sql + ")");
    for (std::size_t i = 0; i < key.size(); ++i) {
        row->bind(static_cast<int>(i + 1), key[i]);
    }
    return row->step() ? row->text(0) : std::string();
}

std::vector<IncomingRow> readPayload(Database& db, Tables& tables, const std::string& payload,
                                     const std::string& name, std::int64_t& highest);

// Any value of an unexpected type (a null where a number belongs) is a damaged bundle too.
std::vector<IncomingRow> parsePayload(Database& db, Tables& tables, const std::string& payload,
                                      const std::string& name, std::int64_t& highest)
{
    try {
        return readPayload(db, tables, payload, name, highest);
    } catch (const Json::exception&) {
        refusePayload(name);
    }
}

std::vector<IncomingRow> readPayload(Database& db, Tables& tables, const std::string& payload,
                                     const std::string& name, std::int64_t& highest)
{
    const Json json = Json::parse(
        payload, [](int depth, Json::parse_event_t, Json&) { return depth <= 6; }, false);
    if (!json.is_object() || !json.contains("devices") || !json["devices"].is_array() ||
        !json.contains("rows") || !json["rows"].is_array() || json["devices"].size() > kMaxDevices) {
        refusePayload(name);
    }
    std::vector<std::string> deviceIds;
    for (const Json& id : json["devices"]) {
        if (!id.is_string() || id.get_ref<const std::string&>().empty() ||
            id.get_ref<const std::string&>().size() > 64) {
            refusePayload(name);
        }
        deviceIds.push_back(id.get<std::string>());
    }
    auto stampFrom = [&](const Json& stamp) {
        if (!stamp.is_array() || stamp.size() != 2 || !stamp[0].is_number_integer() ||
            !stamp[1].is_number_unsigned() || stamp[1].get<std::size_t>() >= deviceIds.size() ||
            stamp[0].get<std::int64_t>() <= 0) {
            refusePayload(name);
        }
        highest = std::max(highest, stamp[0].get<std::int64_t>());
        return Stamp{stamp[0].get<std::int64_t>(), deviceIds[stamp[1].get<std::size_t>()]};
    };
    std::vector<IncomingRow> rows;
    rows.reserve(json["rows"].size());
    for (const Json& row : json["rows"]) {
        if (!row.is_object() || !row.contains("t") || !row["t"].is_string() || !row.contains("k") ||
            !row["k"].is_array()) {
            refusePayload(name);
        }
        IncomingRow in;
        in.table = findExchangedTable(row["t"].get_ref<const std::string&>());
        if (!in.table) {
            throw Error(ErrorCategory::NewerSchema,
                        "%1 holds a kind of data this Banthuek does not know (%2): it was made by a newer "
                        "Banthuek. Update Banthuek to import it. Nothing was imported.",
                        {name, row["t"].get<std::string>()});
        }
        const TableSql& sql = tables[*in.table];
        if (row["k"].size() != in.table->key.size()) {
            refusePayload(name);
        }
        for (const Json& part : row["k"]) {
            const auto value = fromJson(part);
            if (!value || std::holds_alternative<std::monostate>(*value)) {
                refusePayload(name);
            }
            in.key.push_back(*value);
        }
        in.pk = keyText(db, in.key);
        in.existence = row.contains("s") && !row["s"].is_null() ? stampFrom(row["s"]) : Stamp{};
        if (row.contains("d") && !row["d"].is_number_integer()) {
            refusePayload(name);
        }
        in.deleted = row.value("d", 0) != 0;
        if (!in.deleted) {
            if (!row.contains("v") || !row["v"].is_object()) {
                refusePayload(name);
            }
            for (const auto& [column, value] : row["v"].items()) {
                const auto converted = fromJson(value);
                if (!converted ||
                    std::find(sql.columns.begin(), sql.columns.end(), column) == sql.columns.end()) {
                    refusePayload(name);
                }
                in.values.emplace(column, *converted);
            }
            for (std::size_t i = 0; i < in.table->key.size(); ++i) {
                in.values[in.table->key[i]] = in.key[i]; // the key the row is filed under is its key
            }
            if (row.contains("c")) {
                if (!row["c"].is_object()) {
                    refusePayload(name);
                }
                for (const auto& [column, stamp] : row["c"].items()) {
                    if (std::find(sql.columns.begin(), sql.columns.end(), column) == sql.columns.end()) {
                        refusePayload(name);
                    }
                    in.columns.emplace(column, stampFrom(stamp));
                }
            }
        }
        rows.push_back(std::move(in));
    }
    return rows;
}

enum class Outcome { Unchanged, Inserted, Updated, Deleted, Waiting, Refused };

class Applier final
{
public:
    Applier(Database& db, Tables& tables, Devices& devices) : m_db(db), m_tables(tables), m_devices(devices)
    {
    }

    Outcome apply(const IncomingRow& in, std::string& why)
    {
        const TableSql& sql = m_tables[*in.table];
        const LocalState local = localState(m_db, m_devices, in.table->name, in.pk);
        const Stamp localExistence = local.existence.value_or(Stamp{});
        const auto here = rowValues(m_db, sql, in.key);
        const bool present = here.has_value();
        const bool notes = in.table->name == "notes";
        if (in.existence > localExistence || (!local.existence && !present && !in.deleted)) {
            if (in.deleted) {
                if (notes && present && latestEdit(local, sql) > in.existence) {
                    return keepInTrash(sql, in, local, why); // edited here after it was deleted there
                }
                return remove(sql, in, present, why);
            }
            std::map<std::string, SqlValue> values = in.values;
            std::map<std::string, Stamp> stamps;
            for (const std::string& column : sql.columns) {
                stamps[column] = in.column(column);
            }
            if (present) { // born again here and there: the later stamp of each column wins
                for (const std::string& column : sql.columns) {
                    if (local.column(column) > stamps[column]) {
                        stamps[column] = local.column(column);
                        values.erase(column);
                    }
                }
                noteBodyContest(in, local, *here, sql);
            }
            return writeWhole(sql, in, values, stamps, present, why);
        }
        if (notes && local.deleted && !in.deleted && !present && latestEdit(in, sql) > localExistence) {
            // Deleted here, edited there after the deletion: it comes back, in the Trash.
            std::map<std::string, SqlValue> values = in.values;
            std::map<std::string, Stamp> stamps;
            for (const std::string& column : sql.columns) {
                stamps[column] = in.column(column);
            }
            trashedBy(localExistence, values, stamps);
            return writeWhole(sql, in, values, stamps, false, why);
        }
        if (local.deleted || in.deleted || !present) {
            return Outcome::Unchanged; // the row is gone here by a later (or the same) deletion
        }
        std::map<std::string, SqlValue> values;
        std::map<std::string, Stamp> stamps;
        for (const std::string& column : sql.columns) {
            const Stamp theirs = in.column(column);
            if (theirs > local.column(column) && in.values.contains(column)) {
                values.emplace(column, in.values.at(column));
                stamps.emplace(column, theirs);
            }
        }
        noteBodyContest(in, local, *here, sql);
        if (values.empty()) {
            return Outcome::Unchanged;
        }
        const Outcome outcome = write(sql, in, values, true, why);
        if (outcome == Outcome::Updated) {
            setColumnStamps(in, stamps, localExistence);
        }
        return outcome;
    }

    // Bodies that lost to another laptop's edit of the same note: kept as conflict revisions
    // (after the whole bundle is in, when the revisions that came with it are here too).
    [[nodiscard]] const std::vector<LostBody>& losers() const { return m_losers; }

private:
    // The latest stamp of any column of a row (its birth stamp when none changed since).
    template <typename State> static Stamp latestEdit(const State& state, const TableSql& sql)
    {
        Stamp latest;
        for (const std::string& column : sql.columns) {
            latest = std::max(latest, state.column(column));
        }
        return latest;
    }

    static std::size_t columnIndex(const TableSql& sql, const std::string& column)
    {
        return static_cast<std::size_t>(std::find(sql.columns.begin(), sql.columns.end(), column) -
                                        sql.columns.begin());
    }

    // A note deleted at `deletion` but edited after it stays, in the Trash since then (unless
    // it was restored later still): every laptop decides the same.
    static void trashedBy(const Stamp& deletion, std::map<std::string, SqlValue>& values,
                          std::map<std::string, Stamp>& stamps)
    {
        if (stamps["trashed_ms"] < deletion) {
            values["trashed_ms"] = SqlValue{clockMillis(deletion.hlc)};
            stamps["trashed_ms"] = deletion;
        }
    }

    void noteBodyContest(const IncomingRow& in, const LocalState& local, const std::vector<SqlValue>& here,
                         const TableSql& sql)
    {
        if (in.table->name != "notes" || !in.values.contains("body")) {
            return;
        }
        const SqlValue& ours = here[columnIndex(sql, "body")];
        const SqlValue& theirs = in.values.at("body");
        if (ours == theirs || in.column("body") == local.column("body")) {
            return;
        }
        const bool theyWin = in.column("body") > local.column("body");
        const SqlValue& lost = theyWin ? ours : theirs;
        if (const auto* text = std::get_if<std::string>(&lost)) {
            const Stamp loser = theyWin ? local.column("body") : in.column("body");
            const Stamp winner = theyWin ? in.column("body") : local.column("body");
            if (const auto* id = std::get_if<std::string>(&in.key[0])) {
                m_losers.push_back({*id, *text, loser.hlc, loser.device, winner.hlc, winner.device});
            }
        }
    }

    Outcome remove(const TableSql& sql, const IncomingRow& in, bool present, std::string& why)
    {
        if (present) {
            Transaction row(m_db);
            try {
                run("DELETE FROM " + in.table->name + " WHERE " + sql.where, in.key, {});
                row.commit();
            } catch (const Error& error) { // a theme with sub-themes here is not deleted under them
                why = in.table->name + " " + in.pk + ": " + error.what();
                return Outcome::Refused;
            }
        }
        setExistence(in, in.existence, true);
        m_db.cached("DELETE FROM exchange_columns WHERE tbl = ?1 AND pk = ?2")
            ->bind(1, in.table->name)
            .bind(2, in.pk)
            .run();
        return present ? Outcome::Deleted : Outcome::Unchanged;
    }

    Outcome keepInTrash(const TableSql& sql, const IncomingRow& in, const LocalState& local, std::string& why)
    {
        std::map<std::string, SqlValue> values;
        std::map<std::string, Stamp> stamps = {{"trashed_ms", local.column("trashed_ms")}};
        trashedBy(in.existence, values, stamps);
        if (!values.empty()) {
            const Outcome outcome = write(sql, in, values, true, why);
            if (outcome != Outcome::Updated) {
                return outcome;
            }
            setColumnStamps(in, stamps, local.existence.value_or(Stamp{}));
        }
        // Its tags, comments and revisions travel again, to the laptops that deleted them with it.
        for (const ExchangedTable& child : exchangedTables()) {
            for (const ForeignKey& key : m_tables[child].foreignKeys) {
                if (key.parent != "notes") {
                    continue;
                }
                const std::string rows = "(SELECT " + keyExpression(child, "") + " FROM " + child.name +
                                         " WHERE " + key.column + " = ?2)";
                m_db.prepare("UPDATE exchange_rows SET hlc = exchange_clock(), device = 1, deleted = 0 WHERE "
                             "tbl = "
                             "?1 AND pk IN " +
                             rows)
                    .bind(1, child.name)
                    .bind(2, in.key[0])
                    .run();
                m_db.prepare("DELETE FROM exchange_columns WHERE tbl = ?1 AND pk IN " + rows)
                    .bind(1, child.name)
                    .bind(2, in.key[0])
                    .run();
            }
        }
        return Outcome::Updated;
    }

    Outcome writeWhole(const TableSql& sql, const IncomingRow& in, std::map<std::string, SqlValue>& values,
                       const std::map<std::string, Stamp>& stamps, bool present, std::string& why)
    {
        const Outcome outcome = write(sql, in, values, present, why);
        if (outcome == Outcome::Waiting || outcome == Outcome::Refused) {
            return outcome;
        }
        setExistence(in, in.existence, false);
        setColumnStamps(in, stamps, in.existence);
        return outcome;
    }

    void run(const std::string& statement, const std::vector<SqlValue>& first,
             const std::vector<SqlValue>& then)
    {
        auto query = m_db.cached(statement);
        int index = 1;
        for (const SqlValue& value : first) {
            query->bind(index++, value);
        }
        for (const SqlValue& value : then) {
            query->bind(index++, value);
        }
        query->run();
    }

    // A parent that is not here: deleted (the row goes with it, or loses the reference), or not
    // arrived yet (the row waits for it).
    enum class Parent { Here, Deleted, Missing };
    Parent parentOf(const ForeignKey& key, const SqlValue& value)
    {
        auto here = m_db.cached("SELECT 1 FROM " + key.parent + " WHERE " + key.parentColumn + " = ?1");
        if (here->bind(1, value).step()) {
            return Parent::Here;
        }
        here.reset();
        auto gone = m_db.cached("SELECT deleted FROM exchange_rows WHERE tbl = ?1 AND pk = ?2");
        if (gone->bind(1, key.parent).bind(2, keyText(m_db, {value})).step() && gone->integer(0) != 0) {
            return Parent::Deleted;
        }
        return Parent::Missing;
    }

    Outcome write(const TableSql& sql, const IncomingRow& in, std::map<std::string, SqlValue>& values,
                  bool present, std::string& why)
    {
        for (const ForeignKey& key : sql.foreignKeys) {
            const auto value = values.find(key.column);
            if (value == values.end() || std::holds_alternative<std::monostate>(value->second)) {
                continue;
            }
            switch (parentOf(key, value->second)) {
            case Parent::Here:
                break;
            case Parent::Deleted:
                if (!key.setNull) {
                    return Outcome::Unchanged; // it went with its parent, as it did where that was deleted
                }
                value->second = SqlValue{};
                break;
            case Parent::Missing:
                return Outcome::Waiting;
            }
        }
        separateSameNamedThemes(in, values);
        Transaction row(m_db);
        separateSameNumberedNotes(in, values);
        try {
            std::vector<SqlValue> bound;
            std::string statement;
            if (present) {
                std::string set;
                for (const auto& [column, value] : values) {
                    set += (set.empty() ? "" : ", ") + column + " = ?" +
                           std::to_string(in.key.size() + bound.size() + 1);
                    bound.push_back(value);
                }
                statement = "UPDATE " + in.table->name + " SET " + set + " WHERE " + sql.where;
            } else {
                std::string columns;
                std::string places;
                for (const auto& [column, value] : values) {
                    columns += (columns.empty() ? "" : ", ") + column;
                    places +=
                        (places.empty() ? "?" : ", ?") + std::to_string(in.key.size() + bound.size() + 1);
                    bound.push_back(value);
                }
                // The key takes the first parameters (?1..?k), which the INSERT does not use.
                statement = "INSERT INTO " + in.table->name + " (" + columns + ") VALUES (" + places + ")";
            }
            if (!bound.empty()) {
                run(statement, in.key, bound);
            }
            if (in.table->name == "notes" && (!present || values.contains("title"))) {
                m_db.cached("UPDATE notes SET title_key = thai_sort_key(title) WHERE id = ?1")
                    ->bind(1, in.key[0])
                    .run();
            }
            row.commit();
        } catch (const Error& error) {
            why = in.table->name + " " + in.pk + ": " + error.what();
            return Outcome::Refused;
        }
        return present ? Outcome::Updated : Outcome::Inserted;
    }

    // Two laptops may each add a theme of the same name. Both are kept (their notes are tagged
    // with them); the one with the greater id files its name under a longer key, which every
    // laptop works out alike, so the two never clash on the key that must be unique.
    void separateSameNamedThemes(const IncomingRow& in, std::map<std::string, SqlValue>& values)
    {
        const auto key = values.find("key");
        const auto* id = std::get_if<std::string>(&in.key[0]);
        if (in.table->name != "themes" || key == values.end() || !id) {
            return;
        }
        auto other = m_db.cached("SELECT id FROM themes WHERE key = ?1 AND id <> ?2");
        if (!other->bind(1, key->second).bind(2, *id).step()) {
            return;
        }
        const std::string otherId = other->text(0);
        other.reset();
        if (*id > otherId) {
            if (const auto* text = std::get_if<std::string>(&key->second)) {
                key->second = SqlValue{*text + " " + id->substr(0, 8)};
            }
            return;
        }
        m_db.cached("UPDATE themes SET key = key || ' ' || substr(id, 1, 8) WHERE id = ?1")
            ->bind(1, otherId)
            .run();
    }

    // Two laptops that drew the same record slot before they met may each number a note alike.
    // Both notes are kept: the one with the greater id takes a number of its own, worked out
    // from its id in the part of the numbers no slot uses (record % 1000 = 0), so every laptop
    // that holds both gives them the same numbers without a word between them.
    void separateSameNumberedNotes(const IncomingRow& in, std::map<std::string, SqlValue>& values)
    {
        const auto record = values.find("record");
        const auto* id = std::get_if<std::string>(&in.key[0]);
        if (in.table->name != "notes" || record == values.end() || !id) {
            return;
        }
        auto other = m_db.cached("SELECT id FROM notes WHERE record = ?1 AND id <> ?2");
        if (!other->bind(1, record->second).bind(2, *id).step()) {
            return;
        }
        const std::string otherId = other->text(0);
        other.reset();
        if (*id > otherId) {
            record->second = SqlValue{separateRecord(m_db, *id)};
            return;
        }
        m_db.cached("UPDATE notes SET record = ?2 WHERE id = ?1")
            ->bind(1, otherId)
            .bind(2, separateRecord(m_db, otherId))
            .run();
    }

    void setExistence(const IncomingRow& in, const Stamp& stamp, bool deleted)
    {
        m_db.cached("INSERT INTO exchange_rows (tbl, pk, hlc, device, deleted) VALUES (?1, ?2, ?3, ?4, ?5) "
                    "ON CONFLICT (tbl, pk) DO UPDATE SET hlc = ?3, device = ?4, deleted = ?5")
            ->bind(1, in.table->name)
            .bind(2, in.pk)
            .bind(3, stamp.hlc)
            .bind(4, m_devices.num(stamp.device))
            .bind(5, deleted ? 1 : 0)
            .run();
    }

    // Columns whose stamp is the row's own need no row of their own.
    void setColumnStamps(const IncomingRow& in, const std::map<std::string, Stamp>& stamps,
                         const Stamp& existence)
    {
        for (const auto& [column, stamp] : stamps) {
            if (stamp == existence) {
                m_db.cached("DELETE FROM exchange_columns WHERE tbl = ?1 AND pk = ?2 AND col = ?3")
                    ->bind(1, in.table->name)
                    .bind(2, in.pk)
                    .bind(3, column)
                    .run();
                continue;
            }
            m_db.cached(
                    "INSERT INTO exchange_columns (tbl, pk, col, hlc, device) VALUES (?1, ?2, ?3, ?4, ?5) "
                    "ON CONFLICT (tbl, pk, col) DO UPDATE SET hlc = ?4, device = ?5")
                ->bind(1, in.table->name)
                .bind(2, in.pk)
                .bind(3, column)
                .bind(4, stamp.hlc)
                .bind(5, m_devices.num(stamp.device))
                .run();
        }
    }

    Database& m_db;
    Tables& m_tables;
    Devices& m_devices;
    std::vector<LostBody> m_losers;
};

class PauseRecording final
{
public:
    explicit PauseRecording(Database& db) : m_db(db) { m_db.exec("SELECT exchange_pause(1)"); }
    void resume()
    {
        m_db.exec("SELECT exchange_pause(0)");
        m_resumed = true;
    }
    ~PauseRecording()
    {
        if (m_resumed) {
            return;
        }
        try {
            m_db.exec("SELECT exchange_pause(0)");
        } catch (
            ...) { // NOLINT(bugprone-empty-catch): a destructor must not throw; the next write records again
        }
    }
    PauseRecording(const PauseRecording&) = delete;
    PauseRecording& operator=(const PauseRecording&) = delete;

private:
    Database& m_db;
    bool m_resumed = false;
};

bool alreadyHere(Database& db, const Devices& devices, const TableSql& sql, const IncomingRow& row)
{
    const LocalState local = localState(db, devices, row.table->name, row.pk);
    if (!local.existence || *local.existence != row.existence || local.deleted != row.deleted) {
        return false;
    }
    return row.deleted || std::all_of(sql.columns.begin(), sql.columns.end(), [&](const std::string& column) {
               return local.column(column) == row.column(column);
           });
}

// The notes whose searchable text a payload may change: the notes themselves, and the notes of
// its comments, meeting details, agenda and action items (as they arrive, and as they are here).
std::vector<std::string> notesTouched(Database& db, Tables& tables, const std::vector<IncomingRow>& rows)
{
    std::vector<std::string> ids;
    for (const IncomingRow& row : rows) {
        const std::string& table = row.table->name;
        if (table == "notes") {
            if (const auto* id = std::get_if<std::string>(&row.key[0])) {
                ids.push_back(*id);
            }
            continue;
        }
        if (table != "comments" && table != "minutes" && table != "agenda_items" && table != "action_items") {
            continue;
        }
        if (const auto value = row.values.find("note_id"); value != row.values.end()) {
            if (const auto* id = std::get_if<std::string>(&value->second)) {
                ids.push_back(*id);
            }
        }
        auto here = db.cached("SELECT note_id FROM " + table + " WHERE " + tables[*row.table].where);
        for (std::size_t i = 0; i < row.key.size(); ++i) {
            here->bind(static_cast<int>(i + 1), row.key[i]);
        }
        if (here->step()) {
            ids.push_back(here->text(0));
        }
    }
    return ids;
}

void markUnread(Database& db, const SqlValue& noteId)
{
    db.cached("INSERT OR IGNORE INTO exchange_unread (note_id) SELECT id FROM notes WHERE id = ?1")
        ->bind(1, noteId)
        .run();
}

std::string authorOf(Database& db, const SqlValue& id)
{
    auto row = db.cached("SELECT author FROM notes WHERE id = ?1");
    return row->bind(1, id).step() ? row->text(0) : std::string();
}

} // namespace

AppliedChanges applyChanges(Database& db, const std::string& payload, const std::string& name)
{
    Tables tables(db);
    AppliedChanges applied;
    std::vector<IncomingRow> rows = parsePayload(db, tables, payload, name, applied.highestStamp);
    std::unordered_map<std::string, std::size_t> order;
    for (std::size_t i = 0; i < exchangedTables().size(); ++i) {
        order.emplace(exchangedTables()[i].name, i);
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const IncomingRow& a, const IncomingRow& b) {
        return order.at(a.table->name) < order.at(b.table->name);
    });

    Devices devices(db);
    // Rows this notebook already holds exactly (the same stamps) change nothing: counted, and
    // left out before anything is indexed again (a bundle read twice costs reading only).
    std::erase_if(rows, [&](const IncomingRow& row) {
        const bool known = alreadyHere(db, devices, tables[*row.table], row);
        applied.alreadyKnown += known ? 1 : 0;
        return known;
    });
    PartsRewrite parts(db, notesTouched(db, tables, rows));
    PauseRecording paused(db);
    Applier applier(db, tables, devices);
    std::vector<const IncomingRow*> pending;
    pending.reserve(rows.size());
    for (const IncomingRow& row : rows) {
        pending.push_back(&row);
    }
    // Rows whose parent comes later in the bundle (a theme under a new theme) are tried again
    // until a round makes no progress.
    for (bool progress = true; progress && !pending.empty();) {
        progress = false;
        std::vector<const IncomingRow*> waiting;
        for (const IncomingRow* row : pending) {
            std::string why;
            const Outcome outcome = applier.apply(*row, why);
            switch (outcome) {
            case Outcome::Waiting:
                waiting.push_back(row);
                continue;
            case Outcome::Refused:
                applied.conflicts.push_back(why);
                break;
            case Outcome::Unchanged:
                ++applied.alreadyKnown;
                break;
            case Outcome::Inserted:
            case Outcome::Updated:
            case Outcome::Deleted:
                ++applied.rowsChanged;
                if (row->table->name == "notes" ||
                    (row->table->name == "comments" && outcome == Outcome::Inserted)) {
                    markUnread(db, row->table->name == "notes" ? row->key[0] : row->values.at("note_id"));
                }
                if (row->table->name == "notes") {
                    (outcome == Outcome::Inserted ? applied.notesNew : applied.notesUpdated) += 1;
                    if (outcome != Outcome::Deleted) {
                        ++applied.notesByAuthor[authorOf(db, row->key[0])];
                    }
                } else if (row->table->name == "comments" && outcome == Outcome::Inserted) {
                    ++applied.commentsNew;
                }
                break;
            }
            progress = true;
        }
        pending = std::move(waiting);
    }
    applied.waiting = static_cast<std::int64_t>(pending.size());
    parts.finish();
    paused.resume();
    const SettledBodies settled = settleLostBodies(db, applier.losers());
    applied.bodyConflicts = settled.conflicts;
    applied.bodiesMerged = settled.merged;
    db.cached("SELECT exchange_observe(?1)")->bind(1, applied.highestStamp).run();
    return applied;
}

} // namespace banthuek::core
