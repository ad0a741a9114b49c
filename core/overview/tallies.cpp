// SPDX-License-Identifier: GPL-3.0-or-later
// The triggers are written from one description per tally (its keys for a whole note, and the
// keys one tag adds that the note's other tags do not), so that the rule "a live note counts
// once under each key it has" is stated once for every way a note, a tag or a theme changes.
#include "core/overview/tallies.h"

#include "core/storage/database.h"

#include <functional>
#include <string>
#include <vector>

namespace banthuek::core {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE place_levels (level INTEGER PRIMARY KEY);
INSERT INTO place_levels (level) VALUES (2), (4), (6), (8);

CREATE TABLE theme_paths (
    ancestor TEXT NOT NULL,
    descendant TEXT NOT NULL,
    PRIMARY KEY (ancestor, descendant)
) WITHOUT ROWID;
CREATE INDEX theme_paths_descendant ON theme_paths(descendant, ancestor);
WITH RECURSIVE paths(ancestor, descendant) AS (
    SELECT id, id FROM themes UNION SELECT p.ancestor, t.id FROM themes t JOIN paths p ON t.parent_id = p.descendant)
INSERT INTO theme_paths (ancestor, descendant) SELECT ancestor, descendant FROM paths;
CREATE TRIGGER theme_paths_added AFTER INSERT ON themes BEGIN
    INSERT INTO theme_paths (ancestor, descendant) SELECT new.id, new.id
        UNION SELECT ancestor, new.id FROM theme_paths WHERE descendant = new.parent_id;
END;
-- A removed theme's tags go first, while the tallies' triggers can still find its ancestors.
CREATE TRIGGER theme_paths_removing BEFORE DELETE ON themes BEGIN
    DELETE FROM note_themes WHERE theme_id = old.id;
END;
-- The themes whose counts a theme's move changes: its old and new ancestors.
CREATE TABLE theme_recount (theme_id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TRIGGER theme_paths_removed AFTER DELETE ON themes BEGIN
    DELETE FROM theme_paths WHERE descendant = old.id OR ancestor = old.id;
END;

)sql";

// What notes are counted by: places (at every level), themes (with their ancestors), people
// and organisations. `noteKeys(notes)` gives (note_id, key columns) for the notes `notes`
// admits (see whereNote); a tag source's `keys(tag)` gives the keys one tag row (new or old) gives
// its note that none of the note's other tags does.
using Columns = std::vector<std::pair<std::string, std::string>>; // names and types

std::string joined(const Columns& columns, const std::string& alias = {})
{
    std::string list;
    for (const auto& [column, type] : columns) {
        list += (list.empty() ? "" : ", ") + alias + column;
    }
    return list;
}

struct TagSource
{
    std::string table;
    std::function<std::string(const std::string& tag)> keys;
    // Whether a tag's keys are its own, whatever the note's other tags: then a changed tag row
    // is the old one removed and the new one added. Otherwise tags are replaced, never changed.
    bool ownKeys = false;
};

struct Dimension
{
    std::string name;
    Columns columns; // its key columns
    std::function<std::string(const std::string& notes)> noteKeys;
    TagSource tag;
};

// `notes`: a test of the note id ("= old.id", "IN (SELECT ...)"), or empty for every note.
std::string whereNote(const std::string& column, const std::string& notes)
{
    return notes.empty() ? "" : " WHERE " + column + " " + notes;
}

std::string isNote(const std::string& id)
{
    return "= " + id;
}

Dimension places()
{
    return {"place",
            {{"level", "INTEGER"}, {"prefix", "TEXT"}},
            [](const std::string& notes) {
                return "SELECT DISTINCT np.note_id AS note_id, l.level AS level, substr(np.place_code, 1, "
                       "l.level) AS prefix "
                       "FROM note_places np JOIN place_levels l ON l.level <= length(np.place_code)" +
                       whereNote("np.note_id", notes);
            },
            {"note_places", [](const std::string& tag) {
                 const std::string code = tag + ".place_code";
                 return "SELECT l.level AS level, substr(" + code +
                        ", 1, l.level) AS prefix FROM place_levels l WHERE l.level <= length(" + code +
                        ") AND NOT EXISTS (SELECT 1 FROM note_places o WHERE o.note_id = " + tag +
                        ".note_id AND o.place_code <> " + code +
                        " AND substr(o.place_code, 1, l.level) = substr(" + code + ", 1, l.level))";
             }}};
}

Dimension themes()
{
    return {"theme",
            {{"theme_id", "TEXT"}},
            [](const std::string& notes) {
                return "SELECT DISTINCT nt.note_id AS note_id, tp.ancestor AS theme_id FROM note_themes nt "
                       "JOIN theme_paths tp ON tp.descendant = nt.theme_id" +
                       whereNote("nt.note_id", notes);
            },
            {"note_themes", [](const std::string& tag) {
                 return "SELECT tp.ancestor AS theme_id FROM theme_paths tp WHERE tp.descendant = " + tag +
                        ".theme_id AND NOT EXISTS (SELECT 1 FROM note_themes o JOIN theme_paths op ON "
                        "op.descendant = "
                        "o.theme_id WHERE o.note_id = " +
                        tag + ".note_id AND o.theme_id <> " + tag +
                        ".theme_id AND op.ancestor = tp.ancestor)";
             }}};
}

// People and organisations: a note names each at most once (the tag's primary key).
Dimension party(const std::string& name, const std::string& table, const std::string& column)
{
    return {name,
            {{column, "TEXT"}},
            [table, column](const std::string& notes) {
                return "SELECT note_id, " + column + " FROM " + table + whereNote("note_id", notes);
            },
            {table,
             [column](const std::string& tag) { return "SELECT " + tag + "." + column + " AS " + column; },
             true}};
}

struct Tally
{
    std::string table;
    Columns keys;
    bool dated; // by kind, with the last date, and a *_dates companion
    std::function<std::string(const std::string& notes)> noteKeys;
    std::vector<TagSource> tags;
};

Tally single(const Dimension& d)
{
    return {d.name + "_tally", d.columns, true, d.noteKeys, {d.tag}};
}

// Notes by one dimension at a place: a note counts once for each pair of keys it has.
Tally atPlaces(const Dimension& d)
{
    const Dimension p = places();
    const std::string pairs = joined(d.columns, "d.") + ", " + joined(p.columns, "p.");
    Tally t{d.name + "_place_tally", d.columns, false, {}, {}};
    t.keys.insert(t.keys.end(), p.columns.begin(), p.columns.end());
    t.noteKeys = [d, p, pairs](const std::string& notes) {
        // Each side is distinct per note, so their join is too.
        return "SELECT d.note_id AS note_id, " + pairs + " FROM (" + d.noteKeys(notes) + ") d JOIN (" +
               p.noteKeys(notes) + ") p ON p.note_id = d.note_id";
    };
    t.tags = {{p.tag.table,
               [d, p, pairs](const std::string& tag) {
                   return "SELECT " + pairs + " FROM (" + d.noteKeys(isNote(tag + ".note_id")) + ") d, (" +
                          p.tag.keys(tag) + ") p";
               },
               p.tag.ownKeys},
              {d.tag.table,
               [d, p, pairs](const std::string& tag) {
                   return "SELECT " + pairs + " FROM (" + d.tag.keys(tag) + ") d, (" +
                          p.noteKeys(isNote(tag + ".note_id")) + ") p";
               },
               d.tag.ownKeys}};
    return t;
}

std::vector<Tally> tallies()
{
    const Dimension people = party("person", "note_people", "person_id");
    const Dimension organisations = party("organisation", "note_organisations", "organisation_id");
    return {single(places()),   single(themes()), single(people),         single(organisations),
            atPlaces(themes()), atPlaces(people), atPlaces(organisations)};
}

std::string add(const Tally& t, const std::string& keys, const std::string& kind, const std::string& date)
{
    const std::string from = " FROM (" + keys + ") p WHERE true ON CONFLICT DO UPDATE SET notes = notes + 1";
    if (!t.dated) {
        return "INSERT INTO " + t.table + " (" + joined(t.keys) + ", notes) SELECT " + joined(t.keys, "p.") +
               ", 1" + from + ";\n";
    }
    return "INSERT INTO " + t.table + "_dates (" + joined(t.keys) + ", kind, event_date, notes) SELECT " +
           joined(t.keys, "p.") + ", " + kind + ", coalesce(" + date + ", ''), 1" + from + ";\n" +
           "INSERT INTO " + t.table + " (" + joined(t.keys) + ", kind, notes, last_date) SELECT " +
           joined(t.keys, "p.") + ", " + kind + ", 1, coalesce(" + date + ", '')" + from +
           ", last_date = max(last_date, excluded.last_date);\n";
}

std::string subtract(const Tally& t, const std::string& keys, const std::string& kind,
                     const std::string& date)
{
    // Each key column's own IN lets SQLite seek the primary key; a row value alone it may
    // match on the first column only, reading a whole level of places for every tag.
    std::string under;
    for (const auto& [column, type] : t.keys) {
        under += column + " IN (SELECT " + column + " FROM (" + keys + ")) AND ";
    }
    under += "(" + joined(t.keys) + ") IN (SELECT " + joined(t.keys) + " FROM (" + keys + "))";
    auto decrement = [](const std::string& table, const std::string& set, const std::string& rows) {
        return "UPDATE " + table + " SET notes = notes - 1" + set + " WHERE " + rows + ";\nDELETE FROM " +
               table + " WHERE " + rows + " AND notes <= 0;\n";
    };
    if (!t.dated) {
        return decrement(t.table, "", under);
    }
    std::string sameKey;
    for (const auto& [column, type] : t.keys) {
        sameKey += "d." + column + " = " + t.table + "." + column + " AND ";
    }
    // The last date is found again from the dated rows left (the newest, by primary key).
    const std::string lastDate = ", last_date = coalesce((SELECT max(d.event_date) FROM " + t.table +
                                 "_dates d WHERE " + sameKey + "d.kind = " + t.table + ".kind), '')";
    return decrement(t.table + "_dates", "",
                     "kind = " + kind + " AND event_date = coalesce(" + date + ", '') AND " + under) +
           decrement(t.table, lastDate, "kind = " + kind + " AND " + under);
}

std::string createTables(const Tally& t)
{
    std::string keys;
    for (const auto& [column, type] : t.keys) {
        keys += column + " " + type + " NOT NULL, ";
    }
    if (!t.dated) {
        std::string sql = "CREATE TABLE " + t.table + " (" + keys + "notes INTEGER NOT NULL, PRIMARY KEY (" +
                          joined(t.keys) + ")) WITHOUT ROWID;\n";
        if (t.table.ends_with("_place_tally")) { // what is counted at one place
            sql += "CREATE INDEX " + t.table + "_place ON " + t.table + " (level, prefix, " +
                   t.keys.front().first + ", notes);\n";
        }
        return sql;
    }
    return "CREATE TABLE " + t.table + " (" + keys +
           "kind TEXT NOT NULL, notes INTEGER NOT NULL, last_date TEXT NOT NULL, " + "PRIMARY KEY (" +
           joined(t.keys) + ", kind)) WITHOUT ROWID;\n" + "CREATE TABLE " + t.table + "_dates (" + keys +
           "kind TEXT NOT NULL, event_date TEXT NOT NULL, notes INTEGER NOT NULL, PRIMARY KEY (" +
           joined(t.keys) + ", kind, event_date)) WITHOUT ROWID;\n";
}

std::string trigger(const std::string& name, const std::string& event, const std::string& when,
                    const std::string& body)
{
    return "CREATE TRIGGER " + name + " " + event + (when.empty() ? "" : " WHEN " + when) + " BEGIN\n" +
           body + "END;\n";
}

// (table, query counting it from scratch), in the table's column order; with `onlyRecount`,
// only the themes in theme_recount (SQLite pushes that into the keys' query).
std::vector<std::pair<std::string, std::string>> freshCounts(const Tally& t, bool onlyRecount = false)
{
    const std::string notes =
        onlyRecount ? "IN (SELECT nt.note_id FROM note_themes nt JOIN theme_paths tp ON tp.descendant = "
                      "nt.theme_id WHERE tp.ancestor IN (SELECT theme_id FROM theme_recount))"
                    : "";
    const std::string live = " FROM (" + t.noteKeys(notes) +
                             ") p JOIN notes n ON n.id = p.note_id WHERE n.trashed_ms IS NULL" +
                             (onlyRecount ? " AND p.theme_id IN (SELECT theme_id FROM theme_recount)" : "");
    if (!t.dated) {
        return {{t.table, "SELECT " + joined(t.keys, "p.") + ", count(*)" + live + " GROUP BY " +
                              joined(t.keys, "p.")}};
    }
    std::string named;
    for (const auto& [column, type] : t.keys) {
        named += "p." + column + " AS " + column + ", ";
    }
    const std::string dates =
        "SELECT " + named + "n.kind AS kind, coalesce(n.event_date, '') AS event_date, count(*) AS notes" +
        live + " GROUP BY " + joined(t.keys, "p.") + ", n.kind, coalesce(n.event_date, '')";
    return {{t.table + "_dates", dates},
            {t.table, "SELECT " + joined(t.keys) + ", kind, sum(notes), max(event_date) FROM (" + dates +
                          ") GROUP BY " + joined(t.keys) + ", kind"}};
}

std::string refill(const Tally& t, bool onlyRecount = false)
{
    std::string sql;
    for (const auto& [table, fresh] : freshCounts(t, onlyRecount)) {
        sql += "DELETE FROM " + table +
               (onlyRecount ? " WHERE theme_id IN (SELECT theme_id FROM theme_recount)" : "") +
               ";\nINSERT INTO " + table + " " + fresh + ";\n";
    }
    return sql;
}

std::string triggers(const Tally& t)
{
    std::string sql;
    auto noteLive = [](const std::string& tag) {
        return "EXISTS (SELECT 1 FROM notes WHERE id = " + tag + ".note_id AND trashed_ms IS NULL)";
    };
    auto ofNote = [](const std::string& tag, const std::string& column) {
        return "(SELECT " + column + " FROM notes WHERE id = " + tag + ".note_id)";
    };
    for (const TagSource& source : t.tags) {
        const std::string name = t.table + "_" + source.table;
        sql += trigger(name + "_added", "AFTER INSERT ON " + source.table, noteLive("new"),
                       add(t, source.keys("new"), ofNote("new", "kind"), ofNote("new", "event_date")));
        sql += trigger(name + "_removed", "AFTER DELETE ON " + source.table, noteLive("old"),
                       subtract(t, source.keys("old"), ofNote("old", "kind"), ofNote("old", "event_date")));
        if (source.ownKeys) { // merging two people repoints their tags
            sql +=
                trigger(name + "_changed", "AFTER UPDATE ON " + source.table, noteLive("new"),
                        subtract(t, source.keys("old"), ofNote("old", "kind"), ofNote("old", "event_date")) +
                            add(t, source.keys("new"), ofNote("new", "kind"), ofNote("new", "event_date")));
        }
    }
    // A note going to or coming back from the Trash, or (for dated tallies) changing kind or
    // date, leaves its old rows before the change and joins its new ones after it.
    const std::string columns = t.dated ? "kind, event_date, trashed_ms" : "trashed_ms";
    const std::string moved =
        t.dated ? " OR old.kind IS NOT new.kind OR old.event_date IS NOT new.event_date" : "";
    sql += trigger(t.table + "_note_leaving", "BEFORE UPDATE OF " + columns + " ON notes",
                   "old.trashed_ms IS NULL AND (new.trashed_ms IS NOT NULL" + moved + ")",
                   subtract(t, t.noteKeys(isNote("old.id")), "old.kind", "old.event_date"));
    sql += trigger(t.table + "_note_joining", "AFTER UPDATE OF " + columns + " ON notes",
                   "new.trashed_ms IS NULL AND (old.trashed_ms IS NOT NULL" + moved + ")",
                   add(t, t.noteKeys(isNote("new.id")), "new.kind", "new.event_date"));
    // Deleting a note deletes its tags afterwards (ON DELETE CASCADE), when the tag triggers no
    // longer find it live, so the note itself is subtracted first.
    sql += trigger(t.table + "_note_deleted", "BEFORE DELETE ON notes", "old.trashed_ms IS NULL",
                   subtract(t, t.noteKeys(isNote("old.id")), "old.kind", "old.event_date"));
    return sql;
}

} // namespace

void createTallies(Database& db)
{
    db.exec(kSchema);
    // Places and themes are retagged by replacing a note's tags, never by changing a tag row,
    // which their tallies could not follow.
    for (const char* table : {"note_places", "note_themes"}) {
        db.exec(trigger(std::string(table) + "_unchanging", std::string("BEFORE UPDATE ON ") + table, {},
                        "SELECT RAISE(ABORT, 'tags of places and themes are replaced, not changed');\n"));
    }
    std::string themeRefill;
    for (const Tally& t : tallies()) {
        db.exec(createTables(t));
        db.exec(triggers(t));
        db.exec(refill(t));
        if (t.table.starts_with("theme")) {
            themeRefill += refill(t, true);
        }
    }
    // A theme moving under another parent moves its whole subtree in the closure (paths from
    // the subtree to its old ancestors go, paths to the new ones come); then the counts of its
    // old and new ancestors are made again from their notes (those inside the subtree keep
    // theirs): rare, and far simpler than moving every count.
    const std::string outsideAncestors =
        "SELECT ancestor FROM theme_paths WHERE descendant = new.id AND ancestor NOT IN "
        "(SELECT descendant FROM theme_paths WHERE ancestor = new.id)";
    db.exec(trigger("theme_paths_moved", "AFTER UPDATE OF parent_id ON themes",
                    "old.parent_id IS NOT new.parent_id",
                    "INSERT OR IGNORE INTO theme_recount (theme_id) " + outsideAncestors +
                        ";\n"
                        "DELETE FROM theme_paths WHERE descendant IN (SELECT descendant FROM theme_paths "
                        "WHERE ancestor = new.id) "
                        "AND ancestor NOT IN (SELECT descendant FROM theme_paths WHERE ancestor = new.id);\n"
                        "INSERT INTO theme_paths (ancestor, descendant) SELECT a.ancestor, d.descendant FROM "
                        "theme_paths a "
                        "JOIN theme_paths d ON d.ancestor = new.id WHERE a.descendant = new.parent_id;\n"
                        "INSERT OR IGNORE INTO theme_recount (theme_id) " +
                        outsideAncestors + ";\n" + themeRefill + "DELETE FROM theme_recount;\n"));
}

void recountTallies(Database& db)
{
    Transaction transaction(db);
    for (const Tally& t : tallies()) {
        db.exec(refill(t));
    }
    transaction.commit();
}

std::int64_t tallyMismatches(Database& db)
{
    std::string sum = "SELECT 0";
    for (const Tally& t : tallies()) {
        for (const auto& [table, fresh] : freshCounts(t)) {
            const std::string stored = "SELECT * FROM " + table;
            sum += " + (SELECT count(*) FROM (" + fresh + " EXCEPT " + stored +
                   ")) + (SELECT count(*) FROM (" + stored + " EXCEPT " + fresh + "))";
        }
    }
    auto row = db.prepare(sum);
    return row.step() ? row.integer(0) : 0;
}

} // namespace banthuek::core
