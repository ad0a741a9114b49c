// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/places/gazetteer.h"

#include "core/error.h"
#include "core/storage/database.h"
#include "core/text/csv.h"
#include "core/text/normalize.h"

#include <unordered_set>
#include <vector>

namespace banthuek::core {
namespace {

// th_admin.csv columns (see resources/data/README.md).
enum Column {
    SubCode,
    SubTh,
    SubEn,
    DistCode,
    DistTh,
    DistEn,
    ProvCode,
    ProvTh,
    ProvEn,
    Postal,
    ColumnCount
};

void insertPlace(Database& db, const std::string& code, int level, const std::string& parent,
                 const std::string& th, const std::string& en, const std::string& postal)
{
    // OR IGNORE: salvage loads it again over what a damaged notebook still had.
    db.cached("INSERT OR IGNORE INTO places (code, level, parent_code, name_th, name_en, postal_code, "
              "key_th, key_en) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        ->bind(1, code)
        .bind(2, level)
        .bind(3, parent.empty() ? std::optional<std::string>() : std::optional<std::string>(parent))
        .bind(4, th)
        .bind(5, en)
        .bind(6, postal)
        .bind(7, matchKey(th))
        .bind(8, matchKey(en))
        .run();
}

void loadUnits(Database& db)
{
    CsvReader reader(gazetteerCsv());
    std::vector<std::string> row;
    if (!reader.next(row)) { // header
        throw Error(ErrorCategory::Database, "The built-in gazetteer is empty.");
    }
    std::unordered_set<std::string> seen;
    while (reader.next(row)) {
        if (row.size() != ColumnCount) {
            throw Error(ErrorCategory::Database, "The built-in gazetteer is malformed at line %1.",
                        {std::to_string(reader.line())});
        }
        if (seen.insert(row[ProvCode]).second) {
            insertPlace(db, row[ProvCode], 1, {}, row[ProvTh], row[ProvEn], {});
        }
        if (seen.insert(row[DistCode]).second) {
            insertPlace(db, row[DistCode], 2, row[ProvCode], row[DistTh], row[DistEn], {});
        }
        insertPlace(db, row[SubCode], 3, row[DistCode], row[SubTh], row[SubEn], row[Postal]);
    }
}

void loadAliases(Database& db)
{
    CsvReader reader(gazetteerAliasesCsv());
    std::vector<std::string> row;
    [[maybe_unused]] const bool header = reader.next(row);
    while (reader.next(row)) {
        if (row.size() < 2) {
            continue;
        }
        db.cached("INSERT OR IGNORE INTO place_aliases (code, alias_th, key) VALUES (?1, ?2, ?3)")
            ->bind(1, row[0])
            .bind(2, row[1])
            .bind(3, matchKey(row[1]))
            .run();
    }
}

} // namespace

void loadGazetteer(Database& db)
{
    Transaction transaction(db);
    loadUnits(db);
    loadAliases(db);
    transaction.commit();
}

} // namespace banthuek::core
