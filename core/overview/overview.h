// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/places/place.h"
#include "core/text/dates.h"
#include "core/themes/themestore.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace banthuek::core {

class Database;
class NoteStore;
class PlaceStore;

// A place with what was written about it (notes tagged with it or anything under it, each
// note counted once, the Trash left out).
struct PlaceActivity
{
    Place place;
    std::int64_t fieldNotes = 0;
    std::int64_t minutes = 0;
    std::int64_t articles = 0;
    std::optional<CivilDate> lastFieldNote; // by event date: which places have not been visited lately
};

// A theme with its notes (its sub-themes' included) and its depth in the hierarchy.
struct ThemeActivity
{
    Theme theme;
    int depth = 0;
    std::int64_t notes = 0;
};

// Subdistricts × top-level themes: how many notes of a period are about each pair.
struct Coverage
{
    struct Row
    {
        Place subdistrict;
        Place district;
        Place province;
        std::vector<std::int64_t> cells; // one per theme, in `themes` order
        std::int64_t notes = 0;          // notes about the subdistrict in the period, any theme
    };
    std::vector<Theme> themes; // top-level themes, in Thai order
    std::vector<Row> rows;     // subdistricts with notes in the period, by province, district, name
};

// Coverage as a table of text: a header (province, district, subdistrict_code, subdistrict,
// notes, then each theme's Thai name) and a row per subdistrict. For CSV and tab output.
[[nodiscard]] std::vector<std::vector<std::string>> coverageTable(const Coverage& coverage);

// A note that shares places or themes with another.
struct RelatedNote
{
    std::string id;
    std::string title;
    std::optional<CivilDate> eventDate;
    std::int64_t sharedPlaces = 0;
    std::int64_t sharedThemes = 0;
};

// Something counted on a page: a theme on a place's page, a place on a theme's, a person or
// an organisation active at a place.
struct Tally
{
    enum class Kind { Theme, Place, Person, Organisation };
    Kind kind = Kind::Theme;
    std::string key; // theme id, place code, person id, organisation id
    std::string label;
    std::int64_t notes = 0;
};

// Read-only views across the notebook for team leads: where and on what the team works.
class Overview final
{
public:
    Overview(Database& db, const NoteStore& notes, const PlaceStore& places, const ThemeStore& themes)
        : m_db(db), m_notes(notes), m_places(places), m_themes(themes)
    {
    }

    // The places directly under `code` (provinces when empty) that have notes, in Thai order.
    [[nodiscard]] std::vector<PlaceActivity> places(const std::string& under = {}) const;
    // Every subdistrict under `code` (all when empty) that has notes, in code order: for "which
    // subdistricts had no field note in the last N days".
    [[nodiscard]] std::vector<PlaceActivity> subdistricts(const std::string& under = {}) const;
    // What was written about one place (and everything under it), or one theme (and its
    // sub-themes): the figures at the top of its page.
    [[nodiscard]] PlaceActivity placeActivity(const std::string& code) const;
    [[nodiscard]] PlaceActivity themeActivity(const std::string& themeId) const; // .place left empty
    // Notes sharing the most places and themes with `noteId` (the same codes and theme ids),
    // the newest first among equals; the Trash left out.
    [[nodiscard]] std::vector<RelatedNote> related(const std::string& noteId, int limit = 10) const;
    // What a person's or organisation's tagged notes add up to.
    [[nodiscard]] PlaceActivity personActivity(const std::string& personId) const;
    [[nodiscard]] PlaceActivity organisationActivity(const std::string& organisationId) const;
    // Top-level themes of the notes about a place, most notes first.
    [[nodiscard]] std::vector<Tally> themesAt(const std::string& placeCode) const;
    // Subdistricts with notes on a theme (or its sub-themes), most notes first.
    [[nodiscard]] std::vector<Tally> placesFor(const std::string& themeId, int limit = 12) const;
    // Subdistricts of a person's or organisation's tagged notes (and, for a person, where the
    // register says they work), most notes first.
    [[nodiscard]] std::vector<Tally> placesOfPerson(const std::string& personId, int limit = 12) const;
    [[nodiscard]] std::vector<Tally> placesOfOrganisation(const std::string& organisationId,
                                                          int limit = 12) const;
    // People and organisations active at a place: tagged on notes about it (or anything under
    // it), or registered as working there. Most notes first, then Thai order.
    [[nodiscard]] std::vector<Tally> activeAt(const std::string& placeCode, int limit = 20) const;
    // Every theme in hierarchy order (parents before children, siblings in Thai order).
    [[nodiscard]] std::vector<ThemeActivity> themes() const;
    // Notes with an event date in [from, to].
    [[nodiscard]] Coverage coverage(const CivilDate& from, const CivilDate& to) const;

private:
    // Live notes by place (the codes of length `level` under `under`) from place_tally.
    [[nodiscard]] std::map<std::string, PlaceActivity> placeTally(const std::string& under,
                                                                  std::size_t level) const;
    // The figures of one key of a dated tally (theme_tally, person_tally, ...).
    [[nodiscard]] PlaceActivity activityFrom(const std::string& tallyTable, const std::string& keyColumn,
                                             const std::string& key) const;
    // The subdistricts of one key of a *_place_tally, most notes first (then Thai order).
    [[nodiscard]] std::vector<Tally> subdistrictsFrom(const std::string& tallyTable,
                                                      const std::string& keyColumn, const std::string& key,
                                                      int limit) const;

    Database& m_db;
    const NoteStore& m_notes;
    const PlaceStore& m_places;
    const ThemeStore& m_themes;
};

} // namespace banthuek::core
