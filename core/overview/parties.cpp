// SPDX-License-Identifier: GPL-3.0-or-later
// The Overview's tallies for pages: what a theme's, person's or organisation's notes add up to,
// themes at a place, places of a theme, person or organisation, and who is active where. All
// read the tallies the triggers keep (core/overview/tallies.h): a few rows, not every tag.
#include "core/notes/note.h"
#include "core/overview/overview.h"
#include "core/overview/tally.h"
#include "core/places/placestore.h"
#include "core/storage/database.h"
#include "core/text/collation.h"

#include <algorithm>

namespace banthuek::core {
namespace {

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

// Appends (key, label, notes) rows as tallies of one kind.
void readTallies(Statement& rows, Tally::Kind kind, std::vector<Tally>& into)
{
    while (rows.step()) {
        into.push_back({kind, rows.text(0), rows.text(1), rows.integer(2)});
    }
}

} // namespace

PlaceActivity Overview::activityFrom(const std::string& tallyTable, const std::string& keyColumn,
                                     const std::string& key) const
{
    PlaceActivity activity;
    auto rows = m_db.cached(std::string("SELECT ") + kTallyColumns + " FROM " + tallyTable + " WHERE " +
                            keyColumn + " = ?1");
    rows->bind(1, key);
    while (rows->step()) {
        tally(activity, *rows, 0);
    }
    return activity;
}

std::vector<Tally> Overview::subdistrictsFrom(const std::string& tallyTable, const std::string& keyColumn,
                                              const std::string& key, int limit) const
{
    auto rows = m_db.cached("SELECT t.prefix, coalesce(p.name_th, t.prefix), t.notes FROM " + tallyTable +
                            " t LEFT JOIN places p ON p.code = t.prefix WHERE t." + keyColumn +
                            " = ?1 AND t.level = 6 ORDER BY t.notes DESC, 2 COLLATE THAI LIMIT ?2");
    rows->bind(1, key).bind(2, limit);
    std::vector<Tally> result;
    readTallies(*rows, Tally::Kind::Place, result);
    return result;
}

PlaceActivity Overview::themeActivity(const std::string& themeId) const
{
    return activityFrom("theme_tally", "theme_id", themeId);
}

PlaceActivity Overview::personActivity(const std::string& personId) const
{
    return activityFrom("person_tally", "person_id", personId);
}

PlaceActivity Overview::organisationActivity(const std::string& organisationId) const
{
    return activityFrom("organisation_tally", "organisation_id", organisationId);
}

std::vector<Tally> Overview::placesFor(const std::string& themeId, int limit) const
{
    return subdistrictsFrom("theme_place_tally", "theme_id", themeId, limit);
}

std::vector<Tally> Overview::placesOfPerson(const std::string& personId, int limit) const
{
    std::vector<Tally> result = subdistrictsFrom("person_place_tally", "person_id", personId, -1);
    auto registered = m_db.cached("SELECT place_code FROM person_places WHERE person_id = ?1");
    registered->bind(1, personId);
    while (registered->step()) {
        const std::string code = registered->text(0);
        const bool known =
            std::any_of(result.begin(), result.end(), [&](const Tally& t) { return t.key == code; });
        if (!known) {
            const auto place = m_places.find(code);
            result.push_back({Tally::Kind::Place, code, place ? place->nameTh : code, 0});
        }
    }
    return ranked(std::move(result), limit);
}

std::vector<Tally> Overview::placesOfOrganisation(const std::string& organisationId, int limit) const
{
    return subdistrictsFrom("organisation_place_tally", "organisation_id", organisationId, limit);
}

std::vector<Tally> Overview::themesAt(const std::string& placeCode) const
{
    // Top-level themes, each with its sub-themes' notes, each note once.
    auto rows = m_db.cached(
        "SELECT th.id, th.name_th, t.notes FROM theme_place_tally t JOIN themes th ON th.id = t.theme_id "
        "WHERE t.level = length(?1) AND t.prefix = ?1 AND th.parent_id IS NULL");
    rows->bind(1, placeCode);
    std::vector<Tally> result;
    readTallies(*rows, Tally::Kind::Theme, result);
    sortByNotes(result);
    return result;
}

std::vector<Tally> Overview::activeAt(const std::string& placeCode, int limit) const
{
    std::vector<Tally> result;
    auto people = m_db.cached("SELECT t.person_id, p.name, t.notes FROM person_place_tally t JOIN people p "
                              "ON p.id = t.person_id WHERE t.level = length(?1) AND t.prefix = ?1");
    people->bind(1, placeCode);
    readTallies(*people, Tally::Kind::Person, result);
    // Registered as working at the place, or at one above or below it: perhaps no notes yet.
    auto registered = m_db.cached(
        "SELECT DISTINCT p.id, p.name, 0 FROM person_places pp JOIN people p ON p.id = pp.person_id "
        "WHERE (pp.place_code >= ?1 AND pp.place_code < ?1 || '~' OR ?1 >= pp.place_code AND ?1 < "
        "pp.place_code || '~') "
        "AND p.id NOT IN (SELECT person_id FROM person_place_tally WHERE level = length(?1) AND prefix = "
        "?1)");
    registered->bind(1, placeCode);
    readTallies(*registered, Tally::Kind::Person, result);
    auto organisations = m_db.cached(
        "SELECT t.organisation_id, coalesce(nullif(o.abbreviation, ''), o.name_th), t.notes FROM "
        "organisation_place_tally t "
        "JOIN organisations o ON o.id = t.organisation_id WHERE t.level = length(?1) AND t.prefix = ?1");
    organisations->bind(1, placeCode);
    readTallies(*organisations, Tally::Kind::Organisation, result);
    return ranked(std::move(result), limit);
}

} // namespace banthuek::core
