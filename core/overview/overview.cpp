// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/overview/overview.h"

#include "core/notes/note.h"
#include "core/notes/notestore.h"
#include "core/overview/tally.h"
#include "core/places/placestore.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/text/collation.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

namespace banthuek::core {
void tally(PlaceActivity& activity, Statement& row, int kindColumn)
{
    const auto kind = parseKind(row.text(kindColumn)).value_or(NoteKind::FieldNote);
    const std::int64_t count = row.integer(kindColumn + 1);
    (kind == NoteKind::Minutes   ? activity.minutes
     : kind == NoteKind::Article ? activity.articles
                                 : activity.fieldNotes) += count;
    if (const auto date = row.optionalText(kindColumn + 2)) {
        if (const auto parsed = parseIsoDate(*date);
            parsed && (!activity.lastFieldNote || *parsed > *activity.lastFieldNote)) {
            activity.lastFieldNote = parsed;
        }
    }
}

namespace {

// Live notes by place at one level (?2: the length of its code) under a prefix (?1), and kind,
// with the last field note's date, from place_tally (core/overview/tallies.h). DOPA codes nest
// as prefixes (80 ⊃ 8008 ⊃ 800801 ⊃ 80080103), so a range of prefixes is everything under a place.
const std::string& placeTallySql()
{
    static const std::string sql =
        std::string("SELECT prefix, ") + kTallyColumns +
        " FROM place_tally WHERE level = ?2 AND prefix >= ?1 AND prefix < ?1 || '~'";
    return sql;
}

} // namespace

std::map<std::string, PlaceActivity> Overview::placeTally(const std::string& under, std::size_t level) const
{
    auto rows = m_db.cached(placeTallySql());
    rows->bind(1, under).bind(2, static_cast<std::int64_t>(level));
    std::map<std::string, PlaceActivity> found;
    while (rows->step()) {
        tally(found[rows->text(0)], *rows, 1);
    }
    return found;
}

std::vector<PlaceActivity> Overview::places(const std::string& under) const
{
    std::map<std::string, PlaceActivity> found = placeTally(under, under.size() + 2);
    std::vector<PlaceActivity> result;
    for (const Place& child : m_places.children(under)) { // in Thai order
        if (auto it = found.find(child.code); it != found.end()) {
            it->second.place = child;
            result.push_back(std::move(it->second));
        }
    }
    return result;
}

std::vector<PlaceActivity> Overview::subdistricts(const std::string& under) const
{
    std::vector<PlaceActivity> result;
    for (auto& [code, activity] : placeTally(under, 6)) {
        if (const auto place = m_places.find(code)) {
            activity.place = *place;
            result.push_back(std::move(activity));
        }
    }
    return result;
}

PlaceActivity Overview::placeActivity(const std::string& code) const
{
    PlaceActivity activity = std::move(placeTally(code, code.size())[code]);
    activity.place = m_places.find(code).value_or(Place{});
    return activity;
}

namespace {

struct Shared
{
    std::int64_t places = 0;
    std::int64_t themes = 0;
    [[nodiscard]] std::int64_t score() const { return places + themes; }
};

// Every note that shares a place or a theme with the note, and how many: from the tag tables'
// own indexes, no note row read.
std::unordered_map<std::string, Shared> sharingTags(Database& db, const std::string& noteId)
{
    auto rows =
        db.cached("WITH hits (note_id, place, theme) AS ("
                  "  SELECT note_id, 1, 0 FROM note_places WHERE place_code IN (SELECT place_code FROM "
                  "note_places WHERE note_id = ?1)"
                  "  UNION ALL"
                  "  SELECT note_id, 0, 1 FROM note_themes WHERE theme_id IN (SELECT theme_id FROM "
                  "note_themes WHERE note_id = ?1))"
                  "SELECT note_id, sum(place), sum(theme) FROM hits WHERE note_id <> ?1 GROUP BY note_id");
    rows->bind(1, noteId);
    std::unordered_map<std::string, Shared> shared;
    while (rows->step()) {
        shared.emplace(rows->text(0), Shared{rows->integer(1), rows->integer(2)});
    }
    // The Trash is small and its notes lead its own index: cheaper to drop than to test each.
    auto trashed = db.cached("SELECT id FROM notes WHERE trashed_ms IS NOT NULL");
    while (trashed->step()) {
        shared.erase(trashed->text(0));
    }
    return shared;
}

} // namespace

std::vector<RelatedNote> Overview::related(const std::string& noteId, int limit) const
{
    // Best first: most tags shared, then the newest (event date, then record). Joining every
    // sharing note to its row cost 300-400 ms at 100,000 notes, where a common theme is shared by
    // 30,000 of them (the window asks on every note shown). Instead the live notes are walked
    // newest first along an index that holds their order, and the walk stops once the notes
    // found are surely the best: every better score's notes all found, and enough at the last.
    const std::unordered_map<std::string, Shared> shared = sharingTags(m_db, noteId);
    std::map<std::int64_t, std::int64_t, std::greater<>> left; // notes not yet walked, by score
    for (const auto& [id, tags] : shared) {
        ++left[tags.score()];
    }
    std::map<std::int64_t, std::vector<std::string>, std::greater<>> found; // by score, newest first
    const auto wanted = static_cast<std::size_t>(std::max(limit, 0));
    const auto enough = [&] {
        std::size_t surely = 0; // notes that no unwalked note can outrank
        for (const auto& [score, remaining] : left) {
            const auto it = found.find(score);
            surely += it == found.end() ? 0 : it->second.size();
            if (surely >= wanted) {
                return true;
            }
            if (remaining > 0) {
                return false; // an unwalked note of this score could come before the next
            }
        }
        return true;
    };
    auto walk =
        m_db.cached("SELECT id FROM notes WHERE trashed_ms IS NULL ORDER BY event_date DESC, record DESC");
    while (!enough() && walk->step()) {
        const std::string id = walk->text(0);
        if (const auto it = shared.find(id); it != shared.end()) {
            --left[it->second.score()];
            found[it->second.score()].push_back(id);
        }
    }
    std::vector<RelatedNote> related;
    for (const auto& [score, ids] : found) {
        for (auto id = ids.begin(); id != ids.end() && related.size() < wanted; ++id) {
            auto row = m_db.cached("SELECT title, event_date FROM notes WHERE id = ?1");
            if (row->bind(1, *id).step()) {
                const Shared& tags = shared.at(*id);
                RelatedNote note{*id, row->text(0), std::nullopt, tags.places, tags.themes};
                if (const auto date = row->optionalText(1)) {
                    note.eventDate = parseIsoDate(*date);
                }
                related.push_back(std::move(note));
            }
        }
    }
    return related;
}

std::vector<ThemeActivity> Overview::themes() const
{
    const std::vector<Theme> all = m_themes.list();
    std::map<std::string, std::int64_t> counts;
    for (const TagCount& count : m_notes.countsByTheme()) { // from theme_tally
        counts[count.key] = count.notes;
    }
    std::map<std::string, int> depth;
    std::vector<ThemeActivity> result;
    for (const Theme& theme : all) { // parents come before their children
        const int level = theme.parentId ? depth[*theme.parentId] + 1 : 0;
        depth[theme.id] = level;
        result.push_back({theme, level, counts[theme.id]});
    }
    return result;
}

Coverage Overview::coverage(const CivilDate& from, const CivilDate& to) const
{
    Coverage coverage;
    const std::vector<Theme> all = m_themes.list();
    std::map<std::string, std::size_t> column;
    for (const Theme& theme : all) {
        if (!theme.parentId) {
            column.emplace(theme.id, coverage.themes.size());
            coverage.themes.push_back(theme);
        }
    }
    // Each note's top-level themes, from the hierarchy's closure (core/overview/tallies.h).
    auto rows = m_db.cached(
        "SELECT n.id, substr(np.place_code, 1, 6), t.root FROM notes n "
        "JOIN note_places np ON np.note_id = n.id LEFT JOIN (SELECT nt.note_id, tp.ancestor AS root FROM "
        "note_themes nt "
        "JOIN theme_paths tp ON tp.descendant = nt.theme_id JOIN themes r ON r.id = tp.ancestor AND "
        "r.parent_id IS NULL) t "
        "ON t.note_id = n.id "
        "WHERE n.trashed_ms IS NULL AND n.event_date BETWEEN ?1 AND ?2 AND length(np.place_code) >= 6");
    rows->bind(1, from.iso()).bind(2, to.iso());
    struct Cell
    {
        std::set<std::string> all;
        std::vector<std::set<std::string>> byTheme;
    };
    std::map<std::string, Cell> bySubdistrict;
    while (rows->step()) {
        Cell& cell = bySubdistrict[rows->text(1)];
        cell.byTheme.resize(coverage.themes.size());
        const std::string note = rows->text(0);
        cell.all.insert(note);
        if (const auto root = rows->optionalText(2)) {
            if (const auto at = column.find(*root); at != column.end()) {
                cell.byTheme[at->second].insert(note);
            }
        }
    }
    for (const auto& [code, cell] : bySubdistrict) {
        const auto subdistrict = m_places.find(code);
        const auto district = m_places.find(code.substr(0, 4));
        const auto province = m_places.find(code.substr(0, 2));
        if (!subdistrict || !district || !province) {
            continue; // a code the gazetteer lacks: check() reports those
        }
        Coverage::Row row{*subdistrict, *district, *province, {}, static_cast<std::int64_t>(cell.all.size())};
        for (const auto& notes : cell.byTheme) {
            row.cells.push_back(static_cast<std::int64_t>(notes.size()));
        }
        coverage.rows.push_back(std::move(row));
    }
    std::sort(coverage.rows.begin(), coverage.rows.end(), [](const Coverage::Row& a, const Coverage::Row& b) {
        for (const auto& [x, y] : {std::pair{&a.province, &b.province},
                                   {&a.district, &b.district},
                                   {&a.subdistrict, &b.subdistrict}}) {
            if (const int order = compareThai(x->nameTh, y->nameTh); order != 0) {
                return order < 0;
            }
        }
        return a.subdistrict.code < b.subdistrict.code;
    });
    return coverage;
}

std::vector<std::vector<std::string>> coverageTable(const Coverage& coverage)
{
    std::vector<std::vector<std::string>> table;
    std::vector<std::string> header{"province", "district", "subdistrict_code", "subdistrict", "notes"};
    for (const Theme& theme : coverage.themes) {
        header.push_back(theme.nameTh);
    }
    table.push_back(std::move(header));
    for (const Coverage::Row& row : coverage.rows) {
        std::vector<std::string> fields{row.province.nameTh, row.district.nameTh, row.subdistrict.code,
                                        row.subdistrict.nameTh, std::to_string(row.notes)};
        for (const std::int64_t cell : row.cells) {
            fields.push_back(std::to_string(cell));
        }
        table.push_back(std::move(fields));
    }
    return table;
}

} // namespace banthuek::core
