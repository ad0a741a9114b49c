// SPDX-License-Identifier: GPL-3.0-or-later
// The Overview's tallies for pages: what a person's or organisation's notes add up to, themes
// at a place, places of a theme, and who is active where. Each first gathers the ids of the
// notes it counts (one index range), then reads every tag or note fact once, in index order,
// keeping those: at 100,000 notes a pass over all tags (0.02 s) beats looking up each note's
// tags (0.8 s for a province) and costs little more for a small page.
#include "core/notes/note.h"
#include "core/notes/tagcounts.h"
#include "core/overview/overview.h"
#include "core/overview/tally.h"
#include "core/places/placestore.h"
#include "core/storage/database.h"
#include "core/text/collation.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

namespace banthuek::core {
namespace {

constexpr const char* kPersonNotes = "SELECT note_id FROM note_people WHERE person_id = ?1";
constexpr const char* kOrganisationNotes =
    "SELECT note_id FROM note_organisations WHERE organisation_id = ?1";

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

const std::unordered_set<std::string>& Overview::liveNotes(const std::string& noteIdsSql,
                                                           const std::string& key) const
{
    const auto stamp = m_db.changeStamp();
    if (m_memo && m_memo->sql == noteIdsSql && m_memo->key == key && m_memo->stamp == stamp) {
        return m_memo->notes;
    }
    m_memo.reset();
    std::unordered_set<std::string> notes;
    auto rows = m_db.cached(noteIdsSql);
    rows->bind(1, key);
    while (rows->step()) {
        notes.insert(rows->text(0));
    }
    auto trashed = m_db.cached("SELECT id FROM notes WHERE trashed_ms IS NOT NULL");
    while (trashed->step()) {
        notes.erase(trashed->text(0));
    }
    m_memo = NotesMemo{noteIdsSql, key, stamp, std::move(notes)};
    return m_memo->notes;
}

PlaceActivity Overview::activityOf(const std::unordered_set<std::string>& notes) const
{
    // Every live note's kind and date come from one index (notes_facts).
    PlaceActivity activity;
    auto rows = m_db.cached("SELECT id, kind, event_date FROM notes WHERE trashed_ms IS NULL");
    while (rows->step()) {
        if (!notes.contains(rows->text(0))) {
            continue;
        }
        const auto kind = parseKind(rows->text(1)).value_or(NoteKind::FieldNote);
        (kind == NoteKind::Minutes   ? activity.minutes
         : kind == NoteKind::Article ? activity.articles
                                     : activity.fieldNotes)++;
        if (const auto date = rows->optionalText(2); date && kind == NoteKind::FieldNote) {
            if (const auto parsed = parseIsoDate(*date);
                parsed && (!activity.lastFieldNote || *parsed > *activity.lastFieldNote)) {
                activity.lastFieldNote = parsed;
            }
        }
    }
    return activity;
}

PlaceActivity Overview::personActivity(const std::string& personId) const
{
    return activityOf(liveNotes(kPersonNotes, personId));
}

PlaceActivity Overview::organisationActivity(const std::string& organisationId) const
{
    return activityOf(liveNotes(kOrganisationNotes, organisationId));
}

std::vector<Tally> Overview::subdistrictsOf(const std::unordered_set<std::string>& notes, int limit) const
{
    auto links =
        m_db.cached("SELECT note_id, place_code FROM note_places ORDER BY note_id"); // primary key: no sort
    const auto counts = countPerNote(
        *links, [&](const std::string& note, const std::string& code, std::set<std::string>& keys) {
            if (code.size() >= 6 && notes.contains(note)) {
                keys.insert(code.substr(0, 6));
            }
        });
    std::vector<Tally> result;
    for (const TagCount& count : counts) {
        const auto place = m_places.find(count.key);
        result.push_back({Tally::Kind::Place, count.key, place ? place->nameTh : count.key, count.notes});
    }
    return ranked(std::move(result), limit);
}

std::vector<Tally> Overview::placesFor(const std::string& themeId, int limit) const
{
    return subdistrictsOf(liveNotes(kThemeNotes, nlohmann::json(themeSubtree(themeId)).dump()), limit);
}

std::vector<Tally> Overview::placesOfPerson(const std::string& personId, int limit) const
{
    std::vector<Tally> result = subdistrictsOf(liveNotes(kPersonNotes, personId), -1);
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
    return subdistrictsOf(liveNotes(kOrganisationNotes, organisationId), limit);
}

const std::unordered_set<std::string>& Overview::liveNotesAt(const std::string& placeCode) const
{
    return liveNotes("SELECT note_id FROM note_places WHERE place_code >= ?1 AND place_code < ?1 || '~'",
                     placeCode);
}

std::vector<Tally> Overview::themesAt(const std::string& placeCode) const
{
    const std::unordered_set<std::string>& notes = liveNotesAt(placeCode);
    const std::map<std::string, std::string> rootOf = rootsOf(m_themes.list());
    auto tags =
        m_db.cached("SELECT note_id, theme_id FROM note_themes ORDER BY note_id"); // primary key: no sort
    std::map<std::string, std::int64_t> counts;
    for (const TagCount& count : countPerNote(
             *tags, [&](const std::string&note, const std::string&theme, std::set<std::string>&keys) {
                 if (const auto root = rootOf.find(theme); root != rootOf.end() && notes.contains(note)) {
                     keys.insert(root->second);
                 }
             })) {
        counts.emplace(count.key, count.notes);
    }
    std::vector<Tally> result;
    for (const Theme& theme : m_themes.list()) {
        if (const auto found = counts.find(theme.id); found != counts.end()) {
            result.push_back({Tally::Kind::Theme, theme.id, theme.nameTh, found->second});
        }
    }
    sortByNotes(result);
    return result;
}

std::vector<Tally> Overview::activeAt(const std::string& placeCode, int limit) const
{
    const std::unordered_set<std::string>& notes = liveNotesAt(placeCode);
    // Tags are unique per note, so counting rows counts notes.
    auto countTags = [&](const char* sql) {
        std::unordered_map<std::string, std::int64_t> counts;
        auto tags = m_db.cached(sql);
        while (tags->step()) {
            if (notes.contains(tags->text(0))) {
                ++counts[tags->text(1)];
            }
        }
        return counts;
    };
    auto people = countTags("SELECT note_id, person_id FROM note_people");
    auto registered =
        m_db.cached("SELECT person_id FROM person_places WHERE place_code >= ?1 AND place_code < ?1 || '~' "
                    "OR ?1 >= place_code AND ?1 < place_code || '~'");
    registered->bind(1, placeCode);
    while (registered->step()) {
        people.try_emplace(registered->text(0), 0); // works there, no notes yet
    }
    std::vector<Tally> result;
    for (const auto& [id, count] : people) {
        auto person = m_db.cached("SELECT name FROM people WHERE id = ?1");
        if (person->bind(1, id).step()) {
            result.push_back({Tally::Kind::Person, id, person->text(0), count});
        }
    }
    for (const auto& [id, count] : countTags("SELECT note_id, organisation_id FROM note_organisations")) {
        auto organisation = m_db.cached("SELECT abbreviation, name_th FROM organisations WHERE id = ?1");
        if (organisation->bind(1, id).step()) {
            const std::string abbreviation = organisation->text(0);
            result.push_back({Tally::Kind::Organisation, id,
                              abbreviation.empty() ? organisation->text(1) : abbreviation, count});
        }
    }
    return ranked(std::move(result), limit);
}

} // namespace banthuek::core
