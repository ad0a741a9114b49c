// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schema/starterkeys.h"

#include "core/organisations/starterorganisations.h"
#include "core/storage/database.h"
#include "core/text/normalize.h"
#include "core/themes/starterthemes.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace banthuek::core {
namespace {

// Every (table, column) whose foreign key points at `parent`.
std::vector<std::pair<std::string, std::string>> referencesTo(Database& db, const std::string& parent)
{
    std::vector<std::pair<std::string, std::string>> references;
    Statement rows =
        db.prepare("SELECT m.name, f.\"from\" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f "
                   "WHERE m.type = 'table' AND f.\"table\" = ?1 ORDER BY m.name");
    rows.bind(1, parent);
    while (rows.step()) {
        references.emplace_back(rows.text(0), rows.text(1));
    }
    return references;
}

// The new row is already there; every reference moves to it, then the old row goes. Tags of
// themes are never changed in place (their tallies could not follow): they are added anew,
// and the old ones leave with the old theme.
void moveReferences(Database& db, const std::string& parent, const std::string& oldId,
                    const std::string& newId)
{
    for (const auto& [table, column] : referencesTo(db, parent)) {
        if (table == "note_themes") {
            db.cached(
                  "INSERT OR IGNORE INTO note_themes (note_id, theme_id) SELECT note_id, ?2 FROM note_themes "
                  "WHERE theme_id = ?1")
                ->bind(1, oldId)
                .bind(2, newId)
                .run();
            continue;
        }
        db.prepare("UPDATE " + table + " SET " + column + " = ?2 WHERE " + column + " = ?1")
            .bind(1, oldId)
            .bind(2, newId)
            .run();
    }
    db.prepare("DELETE FROM " + parent + " WHERE id = ?1").bind(1, oldId).run();
}

void shareThemeKeys(Database& db)
{
    std::map<std::string, std::string> moved; // old id -> shared id
    for (const StarterThemeRow& starter : starterThemes()) {
        auto found = db.cached("SELECT id, parent_id FROM themes WHERE key = ?1 AND id <> ?2");
        if (!found->bind(1, matchKey(starter.nameTh)).bind(2, starter.id).step()) {
            continue;
        }
        const std::string oldId = found->text(0);
        std::optional<std::string> parent = found->optionalText(1);
        found.reset();
        if (parent && moved.contains(*parent)) {
            parent = moved.at(*parent);
        }
        db.cached("UPDATE themes SET key = key || ' ' || id WHERE id = ?1")->bind(1, oldId).run();
        db.cached(
              "INSERT INTO themes (id, parent_id, name_th, name_en, key, created_ms) SELECT ?2, ?3, name_th, "
              "name_en, ?4, created_ms FROM themes WHERE id = ?1")
            ->bind(1, oldId)
            .bind(2, starter.id)
            .bind(3, parent)
            .bind(4, matchKey(starter.nameTh))
            .run();
        moveReferences(db, "themes", oldId, starter.id);
        moved.emplace(oldId, starter.id);
    }
}

void shareOrganisationKeys(Database& db)
{
    for (const auto& [id, nameTh] : starterOrganisationIds()) {
        auto found =
            db.cached("SELECT id FROM organisations WHERE name_th = ?1 AND id <> ?2 ORDER BY created_ms, id");
        if (!found->bind(1, nameTh).bind(2, id).step()) {
            continue;
        }
        const std::string oldId = found->text(0);
        found.reset();
        if (db.cached("SELECT 1 FROM organisations WHERE id = ?1")->bind(1, id).step()) {
            continue;
        }
        db.cached("INSERT INTO organisations (id, abbreviation, name_th, name_en, org_type, created_ms, "
                  "updated_ms) "
                  "SELECT ?2, abbreviation, name_th, name_en, org_type, created_ms, updated_ms FROM "
                  "organisations "
                  "WHERE id = ?1")
            ->bind(1, oldId)
            .bind(2, id)
            .run();
        moveReferences(db, "organisations", oldId, id);
    }
}

} // namespace

void shareStarterKeys(Database& db)
{
    shareThemeKeys(db);
    shareOrganisationKeys(db);
}

} // namespace banthuek::core
