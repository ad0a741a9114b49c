// SPDX-License-Identifier: GPL-3.0-or-later
// The Overview's tallies for pages: themes at a place, places of a theme, and who is active
// where. Each takes the notes it counts as an SQL subquery over one bound key.
#include "core/overview/overview.h"
#include "core/overview/tally.h"
#include "core/places/placestore.h"
#include "core/storage/database.h"
#include "core/text/collation.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace banthuek::core {
namespace {

constexpr const char* kPersonNotes = "SELECT note_id FROM note_people WHERE person_id = ?1";
constexpr const char* kOrganisationNotes = "SELECT note_id FROM note_organisations WHERE organisation_id = ?1";

// Most notes first, then Thai order of the label.
void sortByNotes(std::vector<Tally>& tallies)
{
    std::stable_sort(tallies.begin(), tallies.end(), [](const Tally& a, const Tally& b) {
        if (a.notes != b.notes) {
            return a.notes > b.notes;
        }
        return compareThai(a.label, b.label) < 0;
    });
}

// Sorted as above and cut to `limit` (negative: all).
std::vector<Tally> ranked(std::vector<Tally> tallies, int limit)
{
    sortByNotes(tallies);
    if (limit >= 0 && tallies.size() > static_cast<std::size_t>(limit)) {
        tallies.resize(static_cast<std::size_t>(limit));
    }
    return tallies;
}

} // namespace

PlaceActivity Overview::tallyNotes(const std::string& noteIdsSql, const std::string& key) const
{
    PlaceActivity activity;
    auto rows = m_db.cached("SELECT n.kind, count(*), max(CASE WHEN n.kind = 'field_note' THEN n.event_date END) "
                            "FROM notes n WHERE n.trashed_ms IS NULL AND n.id IN (" +
                            noteIdsSql + ") GROUP BY 1");
    rows->bind(1, key);
    while (rows->step()) {
        tally(activity, *rows, 0);
    }
    return activity;
}

PlaceActivity Overview::personActivity(const std::string& personId) const
{
    return tallyNotes(kPersonNotes, personId);
}

PlaceActivity Overview::organisationActivity(const std::string& organisationId) const
{
    return tallyNotes(kOrganisationNotes, organisationId);
}

std::vector<Tally> Overview::subdistrictsOf(const std::string& noteIdsSql, const std::string& key, int limit) const
{
    auto rows = m_db.cached("SELECT substr(np.place_code, 1, 6), count(DISTINCT n.id) FROM note_places np "
                            "JOIN notes n ON n.id = np.note_id WHERE n.trashed_ms IS NULL "
                            "AND length(np.place_code) >= 6 AND np.note_id IN (" +
                            noteIdsSql + ") GROUP BY 1");
    rows->bind(1, key);
    std::vector<Tally> result;
    while (rows->step()) {
        const std::string code = rows->text(0);
        const auto place = m_places.find(code);
        result.push_back({Tally::Kind::Place, code, place ? place->nameTh : code, rows->integer(1)});
    }
    return ranked(std::move(result), limit);
}

std::vector<Tally> Overview::placesFor(const std::string& themeId, int limit) const
{
    const std::string subtree = nlohmann::json(themeSubtree(themeId)).dump();
    return subdistrictsOf("SELECT note_id FROM note_themes WHERE theme_id IN (SELECT value FROM json_each(?1))",
                          subtree, limit);
}

std::vector<Tally> Overview::placesOfPerson(const std::string& personId, int limit) const
{
    std::vector<Tally> result = subdistrictsOf(kPersonNotes, personId, -1);
    auto registered = m_db.cached("SELECT place_code FROM person_places WHERE person_id = ?1");
    registered->bind(1, personId);
    while (registered->step()) {
        const std::string code = registered->text(0);
        const bool known = std::any_of(result.begin(), result.end(), [&](const Tally& t) { return t.key == code; });
        if (!known) {
            const auto place = m_places.find(code);
            result.push_back({Tally::Kind::Place, code, place ? place->nameTh : code, 0});
        }
    }
    return ranked(std::move(result), limit);
}

std::vector<Tally> Overview::placesOfOrganisation(const std::string& organisationId, int limit) const
{
    return subdistrictsOf(kOrganisationNotes, organisationId, limit);
}

std::vector<Tally> Overview::themesAt(const std::string& placeCode) const
{
    const std::vector<Theme> all = m_themes.list();
    std::map<std::string, std::string> parentOf;
    for (const Theme& theme : all) {
        parentOf[theme.id] = theme.parentId.value_or("");
    }
    auto rows = m_db.cached("SELECT DISTINCT nt.theme_id, n.id FROM note_places np JOIN notes n ON n.id = np.note_id "
                            "JOIN note_themes nt ON nt.note_id = n.id WHERE n.trashed_ms IS NULL "
                            "AND np.place_code >= ?1 AND np.place_code < ?1 || '~'");
    rows->bind(1, placeCode);
    std::map<std::string, std::set<std::string>> notesByRoot;
    while (rows->step()) {
        std::string root = rows->text(0);
        for (int depth = 0; depth < 64 && !parentOf[root].empty(); ++depth) {
            root = parentOf[root];
        }
        notesByRoot[root].insert(rows->text(1));
    }
    std::vector<Tally> result;
    for (const Theme& theme : all) {
        if (const auto found = notesByRoot.find(theme.id); found != notesByRoot.end()) {
            result.push_back({Tally::Kind::Theme, theme.id, theme.nameTh, static_cast<std::int64_t>(found->second.size())});
        }
    }
    sortByNotes(result);
    return result;
}

std::vector<Tally> Overview::activeAt(const std::string& placeCode, int limit) const
{
    std::vector<Tally> result;
    auto people = m_db.cached(
        "WITH placed (note_id) AS (SELECT DISTINCT np.note_id FROM note_places np JOIN notes n ON n.id = np.note_id "
        "  WHERE n.trashed_ms IS NULL AND np.place_code >= ?1 AND np.place_code < ?1 || '~') "
        "SELECT p.id, p.name, sum(x.notes) FROM people p JOIN ("
        "  SELECT t.person_id AS id, count(*) AS notes FROM placed JOIN note_people t ON t.note_id = placed.note_id "
        "  GROUP BY 1 "
        "  UNION ALL SELECT person_id, 0 FROM person_places WHERE place_code >= ?1 AND place_code < ?1 || '~' "
        "     OR ?1 >= place_code AND ?1 < place_code || '~') x ON x.id = p.id GROUP BY p.id");
    people->bind(1, placeCode);
    while (people->step()) {
        result.push_back({Tally::Kind::Person, people->text(0), people->text(1), people->integer(2)});
    }
    auto organisations = m_db.cached(
        "WITH placed (note_id) AS (SELECT DISTINCT np.note_id FROM note_places np JOIN notes n ON n.id = np.note_id "
        "  WHERE n.trashed_ms IS NULL AND np.place_code >= ?1 AND np.place_code < ?1 || '~') "
        "SELECT o.id, CASE WHEN o.abbreviation <> '' THEN o.abbreviation ELSE o.name_th END, count(*) "
        "FROM placed JOIN note_organisations t ON t.note_id = placed.note_id "
        "JOIN organisations o ON o.id = t.organisation_id GROUP BY o.id");
    organisations->bind(1, placeCode);
    while (organisations->step()) {
        result.push_back({Tally::Kind::Organisation, organisations->text(0), organisations->text(1),
                          organisations->integer(2)});
    }
    return ranked(std::move(result), limit);
}

} // namespace banthuek::core
