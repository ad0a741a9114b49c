// SPDX-License-Identifier: GPL-3.0-or-later
// NoteStore's list and count: SQL assembled from fixed fragments, user values always bound.
#include "core/error.h"
#include "core/notes/notestore.h"
#include "core/storage/database.h"
#include "core/text/split.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <unordered_map>
#include <unordered_set>

namespace banthuek::core {
namespace {

constexpr char kUnitSeparator = '\x1f'; // joins theme names, which may contain commas

struct WhereClause
{
    std::string sql;
    std::vector<std::function<void(Statement&, int)>> binders;

    void add(const std::string& condition, std::function<void(Statement&, int)> binder = {})
    {
        sql += sql.empty() ? " WHERE " : " AND ";
        sql += condition;
        if (binder) {
            binders.push_back(std::move(binder));
        }
    }
    // Conditions refer to parameters as "?" + their position, so number them as added.
    [[nodiscard]] std::string next() const { return "?" + std::to_string(binders.size() + 1); }
    void bindAll(Statement& statement) const
    {
        for (std::size_t i = 0; i < binders.size(); ++i) {
            binders[i](statement, static_cast<int>(i + 1));
        }
    }
};

void bindText(WhereClause& where, const std::string& condition, std::string value)
{
    where.add(condition, [value = std::move(value)](Statement& s, int i) { s.bind(i, value); });
}

// A filter by what notes are tagged with: the ids of the tagged notes, by a query with the
// given parameter names; one definition serves the list's WHERE and the size probe.
struct TagFilter
{
    std::function<std::string(const std::vector<std::string>&)> sql;
    std::vector<std::string> values;
};

std::vector<TagFilter> tagFilters(const NoteFilter& filter)
{
    std::vector<TagFilter> tags;
    if (filter.placeCode) {
        // Codes nest (80 > 8008 > 800801 > 80080101), so a prefix range finds everything under a place.
        tags.push_back({[](const auto& p) {
                            return "SELECT note_id FROM note_places WHERE place_code >= " + p[0] +
                                   " AND place_code < " + p[1];
                        },
                        {*filter.placeCode, *filter.placeCode + ":"}});
    }
    if (filter.themeId) {
        tags.push_back({[](const auto& p) {
                            // theme_paths: the hierarchy's closure (core/overview/tallies.h).
                            return "SELECT nt.note_id FROM note_themes nt JOIN theme_paths tp ON "
                                   "tp.descendant = nt.theme_id "
                                   "WHERE tp.ancestor = " +
                                   p[0];
                        },
                        {*filter.themeId}});
    }
    if (filter.personId) {
        tags.push_back(
            {[](const auto& p) { return "SELECT note_id FROM note_people WHERE person_id = " + p[0]; },
             {*filter.personId}});
    }
    if (filter.organisationId) {
        tags.push_back({[](const auto& p) {
                            return "SELECT note_id FROM note_organisations WHERE organisation_id = " + p[0];
                        },
                        {*filter.organisationId}});
    }
    return tags;
}

// How a list meets its tag filters: as SQLite likes; starting from the tags (the unary + keeps
// SQLite off the notes' own indexes); or left to the caller, which walks the notes in order and
// keeps those in a hash set of the tagged notes (three times cheaper than SQLite's probes of
// its own set for tens of thousands of notes).
enum class TagPlan { Any, FromTags, InMemory };

WhereClause whereFor(const NoteFilter& filter, TagPlan plan = TagPlan::Any)
{
    WhereClause where;
    const std::string trashed = plan == TagPlan::FromTags ? "+n.trashed_ms" : "n.trashed_ms";
    switch (filter.trash) {
    case TrashFilter::Exclude:
        where.add(trashed + " IS NULL");
        break;
    case TrashFilter::Only:
        where.add(trashed + " IS NOT NULL");
        break;
    case TrashFilter::Include:
        break;
    }
    if (filter.kind) {
        bindText(where, "n.kind = " + where.next(), std::string(kindName(*filter.kind)));
    }
    for (const TagFilter& tags : plan == TagPlan::InMemory ? std::vector<TagFilter>{} : tagFilters(filter)) {
        std::vector<std::string> parameters;
        for (const std::string& value : tags.values) {
            parameters.push_back(where.next());
            where.binders.push_back([value](Statement& s, int i) { s.bind(i, value); });
        }
        where.add("n.id IN (" + tags.sql(parameters) + ")");
    }
    if (filter.author) {
        bindText(where, "n.author = " + where.next(), *filter.author);
    }
    if (filter.from) {
        bindText(where, "n.event_date >= " + where.next(), filter.from->iso());
    }
    if (filter.to) {
        bindText(where, "n.event_date <= " + where.next(), filter.to->iso());
    }
    if (filter.quickText && !filter.quickText->empty()) {
        const std::string text = where.next();
        bindText(where,
                 "(instr(lower(n.title), lower(" + text + ")) > 0 OR instr(lower(n.author), lower(" + text +
                     ")) > 0)",
                 *filter.quickText);
    }
    if (filter.published) {
        where.add(*filter.published ? "n.published = 1" : "n.published = 0");
    }
    return where;
}

const char* orderBy(NoteSort sort)
{
    switch (sort) {
    // Descending order puts notes without a date last by itself (NULL sorts lowest), which lets
    // the (trashed_ms, event_date, record) index serve the default order of every list.
    case NoteSort::EventDateDesc:
        return " ORDER BY n.event_date DESC, n.record DESC";
    case NoteSort::EventDateAsc:
        return " ORDER BY n.event_date IS NULL, n.event_date ASC, n.record ASC";
    // title_key is ICU's Thai sort key: byte order is Thai order, and an index holds it.
    case NoteSort::TitleThai:
        return " ORDER BY n.title_key, n.record";
    case NoteSort::TitleThaiDesc:
        return " ORDER BY n.title_key DESC, n.record DESC";
    case NoteSort::RecordAsc:
        return " ORDER BY n.record ASC";
    case NoteSort::RecordDesc:
        return " ORDER BY n.record DESC";
    case NoteSort::UpdatedDesc:
        return " ORDER BY n.updated_ms DESC, n.record DESC";
    }
    return "";
}

// The same order computed, not read from an index (the unary + again).
std::string computedOrder(NoteSort sort)
{
    std::string order = orderBy(sort);
    for (auto at = order.find(" n."); at != std::string::npos; at = order.find(" n.", at + 3)) {
        order.insert(at + 1, "+");
    }
    return order;
}

// Below this many tagged notes, fetching and sorting them beats walking the notes in order
// and keeping the tagged ones (at 100,000 notes: 600 notes 2 ms against 70); above it, the
// walk with a hash set wins (76,000 notes: 0.11 s against 0.2 to 0.4).
constexpr std::int64_t kFewTaggedNotes = 4000;

// A tag filter's query between `before` and `after` (which may use ?1), its values bound from ?2 on.
Database::CachedStatement tagQuery(Database& db, const TagFilter& tag, const std::string& before,
                                   const std::string& after)
{
    std::vector<std::string> parameters;
    for (std::size_t i = 0; i < tag.values.size(); ++i) {
        parameters.push_back("?" + std::to_string(i + 2));
    }
    auto query = db.cached(before + tag.sql(parameters) + after);
    for (std::size_t i = 0; i < tag.values.size(); ++i) {
        query->bind(static_cast<int>(i + 2), tag.values[i]);
    }
    return query;
}

// The cheapest plan for a list's tag filters, from the narrowest one's size.
TagPlan tagPlan(Database& db, const std::vector<TagFilter>& tags)
{
    if (tags.empty()) {
        return TagPlan::Any;
    }
    for (const TagFilter& tag : tags) {
        auto probe = tagQuery(db, tag, "SELECT count(*) FROM (", " LIMIT ?1)");
        if (probe->bind(1, kFewTaggedNotes).step() && probe->integer(0) < kFewTaggedNotes) {
            return TagPlan::FromTags;
        }
    }
    return TagPlan::InMemory;
}

// The notes every tag filter lets through.
std::unordered_set<std::string> taggedNotes(Database& db, const std::vector<TagFilter>& tags)
{
    std::unordered_set<std::string> kept;
    for (std::size_t i = 0; i < tags.size(); ++i) {
        std::unordered_set<std::string> these;
        auto rows = tagQuery(db, tags[i], "", "");
        while (rows->step()) {
            if (std::string id = rows->text(0); i == 0 || kept.contains(id)) {
                these.insert(std::move(id));
            }
        }
        kept = std::move(these);
    }
    return kept;
}

} // namespace

std::vector<std::string> NoteStore::listIds(const NoteFilter& filter) const
{
    // Only the ordering columns are read here, so an index can serve the order and no body,
    // place or theme is touched for rows that are not shown.
    const std::vector<TagFilter> tags = tagFilters(filter);
    const TagPlan plan = tagPlan(m_db, tags);
    WhereClause where = whereFor(filter, plan);
    std::string sql = "SELECT n.id FROM notes n" + where.sql +
                      (plan == TagPlan::FromTags ? computedOrder(filter.sort) : orderBy(filter.sort));
    std::int64_t skip = std::max<std::int64_t>(0, filter.offset);
    if (plan != TagPlan::InMemory) { // else limit and offset count kept rows only
        sql += " LIMIT " + where.next();
        where.binders.push_back([limit = filter.limit](Statement& s, int i) { s.bind(i, limit); });
        sql += " OFFSET " + where.next();
        where.binders.push_back([skip](Statement& s, int i) { s.bind(i, skip); });
        skip = 0;
    }
    const std::unordered_set<std::string> tagged =
        plan == TagPlan::InMemory ? taggedNotes(m_db, tags) : std::unordered_set<std::string>{};
    auto rows = m_db.cached(sql);
    where.bindAll(*rows);
    std::vector<std::string> ids;
    while ((filter.limit < 0 || static_cast<std::int64_t>(ids.size()) < filter.limit) && rows->step()) {
        std::string id = rows->text(0);
        if (plan == TagPlan::InMemory && !tagged.contains(id)) {
            continue;
        }
        if (skip > 0) {
            --skip;
            continue;
        }
        ids.push_back(std::move(id));
    }
    return ids;
}

NoteStore::ListStart NoteStore::listStart(const NoteFilter& filter, std::int64_t first) const
{
    NoteFilter whole = filter;
    whole.limit = -1;
    whole.offset = 0;
    if (!tagFilters(filter).empty()) {
        std::vector<std::string> ids = listIds(whole);
        const auto total = static_cast<std::int64_t>(ids.size());
        return {std::move(ids), total};
    }
    NoteFilter start = whole;
    start.limit = first;
    std::vector<std::string> ids = listIds(start);
    const auto read = static_cast<std::int64_t>(ids.size());
    return {std::move(ids), read < first ? read : count(whole)};
}

std::vector<std::int64_t> NoteStore::listRowids(const NoteFilter& filter) const
{
    const WhereClause where = whereFor(filter);
    auto rows = m_db.cached("SELECT n.rowid FROM notes n" + where.sql + " ORDER BY n.rowid");
    where.bindAll(*rows);
    std::vector<std::int64_t> rowids;
    while (rows->step()) {
        rowids.push_back(rows->integer(0));
    }
    return rowids;
}

std::vector<NoteSummary> NoteStore::summaries(const std::vector<std::string>& ids) const
{
    auto rows = m_db.cached(
        "SELECT n.id, n.record, n.kind, n.title, n.author, n.event_date, n.published, n.updated_ms, "
        "n.trashed_ms, "
        "(SELECT group_concat(place_code, ',') FROM (SELECT place_code FROM note_places WHERE note_id = n.id "
        "ORDER BY place_code)), "
        "(SELECT group_concat(name_th, char(31)) FROM (SELECT t.name_th FROM note_themes nt JOIN themes t "
        "ON t.id = nt.theme_id WHERE nt.note_id = n.id ORDER BY t.name_th COLLATE THAI)), "
        "substr(n.body, 1, 300), "
        // The first photo: only texts that name a file are parsed (file_refs keeps their order).
        "CASE WHEN instr(n.body, 'banthuek:file/') > 0 THEN (SELECT f.sha256 FROM "
        "json_each(file_refs(n.body)) r JOIN files f ON f.sha256 = r.value WHERE f.mime LIKE 'image/%' "
        "ORDER BY r.key LIMIT 1) END "
        "FROM notes n WHERE n.id IN (SELECT value FROM json_each(?1))");
    rows->bind(1, nlohmann::json(ids).dump());
    std::unordered_map<std::string, NoteSummary> found;
    while (rows->step()) {
        NoteSummary summary;
        summary.id = rows->text(0);
        summary.record = rows->integer(1);
        summary.kind = parseKind(rows->text(2)).value_or(NoteKind::FieldNote);
        summary.title = rows->text(3);
        summary.author = rows->text(4);
        if (const auto date = rows->optionalText(5)) {
            summary.eventDate = parseIsoDate(*date);
        }
        summary.published = rows->integer(6) != 0;
        summary.updatedMs = rows->integer(7);
        summary.trashedMs = rows->optionalInteger(8);
        summary.placeCodes = splitJoined(rows->text(9), ',');
        summary.themeNames = splitJoined(rows->text(10), kUnitSeparator);
        summary.excerpt = firstLine(rows->text(11));
        summary.firstPhoto = rows->optionalText(12);
        found.emplace(summary.id, std::move(summary));
    }
    std::vector<NoteSummary> result;
    result.reserve(ids.size());
    for (const std::string& id : ids) {
        if (auto it = found.find(id); it != found.end()) {
            result.push_back(std::move(it->second)); // deleted meanwhile: left out
        }
    }
    return result;
}

std::vector<NoteSummary> NoteStore::list(const NoteFilter& filter) const
{
    return summaries(listIds(filter));
}

std::int64_t NoteStore::count(const NoteFilter& filter) const
{
    const WhereClause where = whereFor(filter);
    auto row = m_db.cached("SELECT count(*) FROM notes n" + where.sql);
    where.bindAll(*row);
    return row->step() ? row->integer(0) : 0;
}

std::vector<NotePhoto> NoteStore::photos(const NoteFilter& filter, std::int64_t limit) const
{
    // note_files also lists files only a revision names: the current text must still name it.
    const WhereClause where = whereFor(filter);
    auto rows =
        m_db.cached("SELECT f.sha256, f.name, f.taken_at, n.id, n.title, n.event_date FROM notes n "
                    "JOIN note_files nf ON nf.note_id = n.id JOIN files f ON f.sha256 = nf.sha256" +
                    where.sql + (where.sql.empty() ? " WHERE " : " AND ") +
                    "f.mime LIKE 'image/%' AND instr(n.body, 'banthuek:file/' || f.sha256) > 0 "
                    "ORDER BY coalesce(f.taken_at, n.event_date) DESC, n.record DESC, f.sha256 LIMIT " +
                    std::to_string(limit));
    where.bindAll(*rows);
    std::vector<NotePhoto> photos;
    while (rows->step()) {
        NotePhoto photo{rows->text(0), rows->text(1), rows->optionalText(2),
                        rows->text(3), rows->text(4), {}};
        if (const auto date = rows->optionalText(5)) {
            photo.eventDate = parseIsoDate(*date);
        }
        photos.push_back(std::move(photo));
    }
    return photos;
}

std::vector<TagCount> NoteStore::countsByPlace() const
{
    // place_tally counts each live note once at every place it is under (core/overview/placetally).
    return simpleCounts("SELECT prefix, sum(notes) FROM place_tally GROUP BY level, prefix ORDER BY prefix");
}

std::vector<TagCount> NoteStore::countsByTheme() const
{
    // theme_tally counts each live note once for each theme it is about, with their ancestors.
    return simpleCounts("SELECT theme_id, sum(notes) FROM theme_tally GROUP BY theme_id");
}

std::vector<TagCount> NoteStore::countsByPerson() const
{
    return simpleCounts("SELECT person_id, sum(notes) FROM person_tally GROUP BY person_id");
}

std::vector<TagCount> NoteStore::countsByOrganisation() const
{
    return simpleCounts(
        "SELECT organisation_id, sum(notes) FROM organisation_tally GROUP BY organisation_id");
}

std::vector<TagCount> NoteStore::simpleCounts(const std::string& sql) const
{
    std::vector<TagCount> counts;
    auto rows = m_db.cached(sql);
    while (rows->step()) {
        counts.push_back({rows->text(0), rows->integer(1)});
    }
    return counts;
}

} // namespace banthuek::core
