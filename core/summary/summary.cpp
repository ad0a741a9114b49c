// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/summary/summary.h"

#include "core/notebook/notebook.h"
#include "core/search/snippet.h"
#include "core/storage/statement.h"
#include "core/text/collation.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace banthuek::core {
namespace {

constexpr std::size_t kOpeningBytes = 600; // about 200 Thai characters: two or three lines

// Which notes the filter passes, as SQL on the notes table `n`, with its values in order. The
// queries below put their own numbered parameters first; these follow as anonymous ones.
class Scope
{
public:
    Scope(const Notebook& notebook, const SummaryFilter& filter)
    {
        if (!filter.placeCodes.empty()) {
            m_notes += " AND EXISTS (SELECT 1 FROM note_places sp WHERE sp.note_id = n.id AND (";
            for (std::size_t i = 0; i < filter.placeCodes.size(); ++i) {
                const Place place = notebook.places().get(filter.placeCodes[i]); // NotFound names it
                m_places.push_back(place.code);
                m_notes += (i > 0 ? " OR " : "") + underSql("sp.place_code", place.code);
            }
            m_notes += "))";
            m_values.insert(m_values.end(), m_places.begin(), m_places.end());
        }
        if (!filter.themeIds.empty()) {
            std::set<std::string> ids;
            const std::vector<Theme> all = notebook.themes().list();
            for (const std::string& id : filter.themeIds) {
                ids.insert(notebook.themes().get(id).id);
            }
            for (bool grew = true; grew;) { // add children until no theme is added
                grew = false;
                for (const Theme& theme : all) {
                    if (theme.parentId && ids.contains(*theme.parentId) && ids.insert(theme.id).second) {
                        grew = true;
                    }
                }
            }
            m_notes +=
                " AND EXISTS (SELECT 1 FROM note_themes st WHERE st.note_id = n.id AND st.theme_id IN (" +
                marks(ids.size()) + "))";
            m_values.insert(m_values.end(), ids.begin(), ids.end());
            m_themeIds = ids;
        }
        if (!filter.authors.empty()) {
            m_notes += " AND n.author IN (" + marks(filter.authors.size()) + ")";
            m_values.insert(m_values.end(), filter.authors.begin(), filter.authors.end());
        }
    }

    // The filter's themes with their sub-themes (empty without a theme filter).
    [[nodiscard]] const std::set<std::string>& themeIds() const { return m_themeIds; }
    // " AND ..." limiting the notes of `n`.
    [[nodiscard]] const std::string& notes() const { return m_notes; }
    // " AND ..." limiting a place code column to the filter's places (empty without a place filter).
    [[nodiscard]] std::string places(const std::string& column) const
    {
        if (m_places.empty()) {
            return {};
        }
        std::string sql = " AND (";
        for (std::size_t i = 0; i < m_places.size(); ++i) {
            sql += (i > 0 ? " OR " : "") + underSql(column, m_places[i]);
        }
        return sql + ")";
    }
    // Binds the notes' values from `first`; with `places`, then the places' values.
    int bind(Statement& statement, int first, bool places = false) const
    {
        for (const std::string& value : m_values) {
            statement.bind(first++, value);
        }
        if (places) {
            for (const std::string& code : m_places) {
                statement.bind(first++, code);
            }
        }
        return first;
    }

private:
    // A code is under a place when it starts with the place's code (DOPA codes nest).
    static std::string underSql(const std::string& column, const std::string& code)
    {
        return "substr(" + column + ", 1, " + std::to_string(code.size()) + ") = ?";
    }
    static std::string marks(std::size_t count)
    {
        std::string sql;
        for (std::size_t i = 0; i < count; ++i) {
            sql += i > 0 ? ", ?" : "?";
        }
        return sql;
    }

    std::string m_notes;
    std::vector<std::string> m_values;
    std::set<std::string> m_themeIds;
    std::vector<std::string> m_places;
};

// Notes of the days [?1, ?2]: by event date, or (undated) by when they were written, in the
// local days [?3, ?4). Two index searches: with OR, SQLite reads every note instead.
constexpr const char* kInPeriod =
    " n.rowid IN (SELECT rowid FROM notes WHERE trashed_ms IS NULL AND event_date BETWEEN ?1 AND ?2"
    " UNION ALL SELECT rowid FROM notes WHERE trashed_ms IS NULL AND event_date IS NULL"
    " AND created_ms >= ?3 AND created_ms < ?4)";

Statement periodQuery(const Notebook& notebook, const std::string& sql, const Period& period)
{
    Statement statement = notebook.database().prepare(sql);
    statement.bind(1, period.first().iso()).bind(2, period.last().iso());
    statement.bind(3, localDayStartMillis(period.first()))
        .bind(4, localDayStartMillis(addDays(period.last(), 1)));
    return statement;
}

SummaryFigures figuresOf(const Notebook& notebook, const Period& period, const Scope& scope)
{
    SummaryFigures figures;
    Statement kinds = periodQuery(notebook,
                                  "SELECT n.kind, count(*) FROM notes n WHERE" + std::string(kInPeriod) +
                                      scope.notes() + " GROUP BY n.kind",
                                  period);
    scope.bind(kinds, 5);
    while (kinds.step()) {
        const auto kind = parseKind(kinds.text(0));
        std::int64_t& slot = kind == NoteKind::FieldNote ? figures.fieldNotes
                             : kind == NoteKind::Minutes ? figures.minutes
                                                         : figures.articles;
        slot = kinds.integer(1);
    }
    Statement authors =
        periodQuery(notebook,
                    "SELECT count(DISTINCT n.author) FROM notes n WHERE" + std::string(kInPeriod) +
                        " AND n.kind = 'field_note' AND n.author <> ''" + scope.notes(),
                    period);
    scope.bind(authors, 5);
    figures.facilitators = authors.step() ? authors.integer(0) : 0;
    Statement places =
        periodQuery(notebook,
                    "SELECT count(DISTINCT substr(p.place_code, 1, 6)) FROM notes n JOIN note_places p ON "
                    "p.note_id = n.id WHERE" +
                        std::string(kInPeriod) + " AND n.kind = 'field_note' AND length(p.place_code) >= 6" +
                        scope.notes() + scope.places("p.place_code"),
                    period);
    scope.bind(places, 5, true);
    figures.subdistricts = places.step() ? places.integer(0) : 0;
    Statement comments = notebook.database().prepare(
        // CROSS JOIN keeps the comments first: the period's comments by time, then their notes.
        "SELECT count(*) FROM comments c CROSS JOIN notes n ON n.id = c.note_id"
        " WHERE c.created_ms >= ?1 AND c.created_ms < ?2 AND n.trashed_ms IS NULL" +
        scope.notes());
    comments.bind(1, localDayStartMillis(period.first()))
        .bind(2, localDayStartMillis(addDays(period.last(), 1)));
    scope.bind(comments, 3);
    figures.comments = comments.step() ? comments.integer(0) : 0;
    return figures;
}

std::vector<SummaryNote> notesOf(const Notebook& notebook, const Period& period, const Scope& scope)
{
    Statement rows = periodQuery(notebook,
                                 "SELECT n.id, n.record, n.kind, n.title, n.author,"
                                 " coalesce(n.event_date, date(n.created_ms / 1000, 'unixepoch', "
                                 "'localtime')), n.body FROM notes n WHERE" +
                                     std::string(kInPeriod) + scope.notes() + " ORDER BY 6, n.record",
                                 period);
    scope.bind(rows, 5);
    std::vector<SummaryNote> notes;
    while (rows.step()) {
        SummaryNote note;
        note.id = rows.text(0);
        note.record = rows.integer(1);
        note.kind = parseKind(rows.text(2)).value_or(NoteKind::FieldNote);
        note.title = rows.text(3);
        note.author = rows.text(4);
        note.date = parseIsoDate(rows.text(5)).value_or(period.first());
        note.opening = shortenAtWord(firstParagraph(rows.text(6)), kOpeningBytes);
        notes.push_back(std::move(note));
    }
    return notes;
}

// (note id, column) pairs of the period's notes: their places or themes.
std::vector<std::pair<std::string, std::string>> tagsOf(const Notebook& notebook, const Period& period,
                                                        const Scope& scope, const std::string& table,
                                                        const std::string& column)
{
    Statement rows = periodQuery(notebook,
                                 "SELECT n.id, t." + column + " FROM notes n JOIN " + table +
                                     " t ON t.note_id = n.id WHERE" + kInPeriod + scope.notes(),
                                 period);
    scope.bind(rows, 5);
    std::vector<std::pair<std::string, std::string>> tags;
    while (rows.step()) {
        tags.emplace_back(rows.text(0), rows.text(1));
    }
    return tags;
}

bool thaiLess(const std::string& a, const std::string& b)
{
    return compareThai(a, b) < 0;
}

void groupByPlace(const Notebook& notebook, Summary& summary,
                  const std::vector<std::pair<std::string, std::string>>& tags,
                  const std::unordered_map<std::string, std::size_t>& indexOf,
                  const std::vector<std::string>& filterPlaces)
{
    // Each note once under each subdistrict it names (a village counts as its subdistrict).
    std::map<std::string, std::set<std::size_t>> byPlace;
    std::vector<bool> placed(summary.notes.size(), false);
    for (const auto& [noteId, code] : tags) {
        const std::string& place = code; // a lambda may not capture a structured binding (clang 14)
        const bool wanted =
            filterPlaces.empty() || std::any_of(filterPlaces.begin(), filterPlaces.end(),
                                                [&](const std::string& f) { return place.starts_with(f); });
        if (!wanted) {
            continue;
        }
        const std::size_t note = indexOf.at(noteId);
        byPlace[code.substr(0, std::min<std::size_t>(code.size(), 6))].insert(note);
        placed[note] = true;
    }
    std::map<std::string, SummaryDistrict> districts; // by district (or province) code
    std::map<std::string, std::set<std::size_t>> districtNotes;
    for (const auto& [code, notes] : byPlace) {
        const std::string districtCode = code.substr(0, std::min<std::size_t>(code.size(), 4));
        SummaryDistrict& district = districts[districtCode];
        if (district.district.code.empty()) {
            district.district =
                notebook.places().get(districtCode.size() >= 4 ? districtCode : code.substr(0, 2));
            if (const auto province = notebook.places().find(code.substr(0, 2));
                province && code.size() >= 4) {
                district.provinceTh = province->nameTh;
                district.provinceEn = province->nameEn;
            }
        }
        SummaryPlace place{notebook.places().get(code), {notes.begin(), notes.end()}};
        // Notes are indexed in date order already, so the set's order is the date order.
        district.places.push_back(std::move(place));
        districtNotes[districtCode].insert(notes.begin(), notes.end());
    }
    for (auto& [code, district] : districts) {
        std::sort(district.places.begin(), district.places.end(),
                  [](const SummaryPlace& a, const SummaryPlace& b) {
                      // The district's own notes (naming only the district) before its subdistricts.
                      if ((a.place.code.size() < 6) != (b.place.code.size() < 6)) {
                          return a.place.code.size() < 6;
                      }
                      return thaiLess(a.place.nameTh, b.place.nameTh);
                  });
        district.notes = static_cast<std::int64_t>(districtNotes[code].size());
        summary.districts.push_back(std::move(district));
    }
    std::sort(summary.districts.begin(), summary.districts.end(),
              [](const SummaryDistrict& a, const SummaryDistrict& b) {
                  if (a.provinceTh != b.provinceTh) {
                      return thaiLess(a.provinceTh, b.provinceTh);
                  }
                  return thaiLess(a.district.nameTh, b.district.nameTh);
              });
    for (std::size_t i = 0; i < placed.size(); ++i) {
        if (!placed[i]) {
            summary.placeless.push_back(i);
        }
    }
}

void groupByTheme(const Notebook& notebook, Summary& summary,
                  const std::vector<std::pair<std::string, std::string>>& tags,
                  const std::unordered_map<std::string, std::size_t>& indexOf)
{
    std::map<std::string, Theme> themes;
    for (Theme& theme : notebook.themes().list()) {
        themes.emplace(theme.id, std::move(theme));
    }
    auto topOf = [&](std::string id) {
        for (int depth = 0; depth < 64 && themes.at(id).parentId; ++depth) { // a cycle cannot hang it
            id = *themes.at(id).parentId;
        }
        return id;
    };
    std::map<std::string, std::set<std::size_t>> byTheme;
    std::vector<bool> themed(summary.notes.size(), false);
    for (const auto& [noteId, themeId] : tags) {
        const std::size_t note = indexOf.at(noteId);
        byTheme[topOf(themeId)].insert(note);
        themed[note] = true;
    }
    for (const auto& [id, notes] : byTheme) {
        summary.themes.push_back(SummaryTheme{themes.at(id), {notes.begin(), notes.end()}});
    }
    std::sort(summary.themes.begin(), summary.themes.end(), [](const SummaryTheme& a, const SummaryTheme& b) {
        if (a.notes.size() != b.notes.size()) {
            return a.notes.size() > b.notes.size();
        }
        return thaiLess(a.theme.nameTh, b.theme.nameTh);
    });
    for (std::size_t i = 0; i < themed.size(); ++i) {
        if (!themed[i]) {
            summary.themeless.push_back(i);
        }
    }
}

void findQuietPlaces(const Notebook& notebook, Summary& summary, const Scope& scope)
{
    const CivilDate end = summary.asOf;
    Statement rows =
        notebook.database().prepare("SELECT substr(p.place_code, 1, 6), max(n.event_date) FROM notes n JOIN "
                                    "note_places p ON p.note_id = n.id"
                                    " WHERE n.trashed_ms IS NULL AND n.kind = 'field_note' AND n.event_date "
                                    "<= ?1 AND length(p.place_code) >= 6" +
                                    scope.notes() + scope.places("p.place_code") + " GROUP BY 1");
    rows.bind(1, end.iso());
    scope.bind(rows, 2, true);
    const CivilDate quietFrom = addDays(end, -kQuietDays); // the last note 60 days or more before the end
    const CivilDate leftBefore = addDays(end, -kLeftDays);
    while (rows.step()) {
        const auto last = parseIsoDate(rows.text(1));
        if (!last || *last > quietFrom) {
            continue;
        }
        if (*last < leftBefore) { // a place the team has left, not one going quiet
            ++summary.placesLeft;
            continue;
        }
        QuietPlace quiet;
        quiet.subdistrict = notebook.places().get(rows.text(0));
        if (const auto district = notebook.places().find(rows.text(0).substr(0, 4))) {
            quiet.districtTh = district->nameTh;
            quiet.districtEn = district->nameEn;
        }
        quiet.lastFieldNote = *last;
        quiet.days = daysBetween(*last, end);
        summary.quietPlaces.push_back(std::move(quiet));
    }
    std::sort(summary.quietPlaces.begin(), summary.quietPlaces.end(),
              [](const QuietPlace& a, const QuietPlace& b) {
                  if (a.lastFieldNote != b.lastFieldNote) {
                      return a.lastFieldNote < b.lastFieldNote;
                  }
                  return thaiLess(a.subdistrict.nameTh, b.subdistrict.nameTh);
              });
}

void gatherMeetings(const Notebook& notebook, Summary& summary)
{
    std::map<std::string, std::string> seriesNames;
    for (const MeetingSeries& series : notebook.minutes().series()) {
        seriesNames.emplace(series.id, series.name);
    }
    for (std::size_t i = 0; i < summary.notes.size(); ++i) {
        if (summary.notes[i].kind != NoteKind::Minutes) {
            continue;
        }
        const MinutesDetails details = notebook.minutes().details(summary.notes[i].id);
        SummaryMeeting meeting;
        meeting.note = i;
        if (details.seriesId) {
            meeting.series = seriesNames[*details.seriesId];
        }
        meeting.number = details.number;
        for (const AgendaItem& item : details.agenda) {
            if (!item.resolution.empty()) {
                meeting.decisions.emplace_back(item.title, item.resolution);
            }
        }
        summary.meetings.push_back(std::move(meeting));
    }
}

void countActions(const Notebook& notebook, Summary& summary, const Scope& scope)
{
    // The meetings the filter passes, whenever they were held: an item decided long ago may be
    // done or overdue in this period.
    std::set<std::string> meetings;
    Statement ids =
        notebook.database().prepare("SELECT n.id FROM notes n WHERE n.kind = 'minutes'" + scope.notes());
    scope.bind(ids, 1);
    while (ids.step()) {
        meetings.insert(ids.text(0));
    }
    const CivilDate first = summary.period.first();
    const CivilDate last = summary.asOf;
    std::map<std::string, OwnerActions> owners;
    for (ActionRow& row : notebook.actions().list(ActionFilter{}, addDays(last, 1))) {
        const ActionItem& item = row.item;
        if (!meetings.contains(item.noteId) || !row.meetingDate || *row.meetingDate > last) {
            continue;
        }
        const bool doneByEnd = item.status == ActionStatus::Done && item.doneDate && *item.doneDate <= last;
        const bool openAtEnd = item.status != ActionStatus::Dropped && !doneByEnd;
        const bool overdue = openAtEnd && item.due && *item.due <= last; // past due when the period ends
        const bool opened = *row.meetingDate >= first;
        const bool done = doneByEnd && *item.doneDate >= first;
        if (!opened && !done && !openAtEnd) {
            continue;
        }
        OwnerActions& owner = owners[row.owner];
        for (OwnerActions* tally : {&owner, &summary.actionTotals}) {
            tally->opened += opened;
            tally->done += done;
            tally->overdue += overdue;
            tally->open += openAtEnd;
        }
        if (overdue) {
            row.overdue = true;
            summary.overdueActions.push_back(std::move(row));
        }
    }
    for (auto& [name, tally] : owners) {
        tally.owner = name;
        summary.owners.push_back(tally);
    }
    std::sort(summary.owners.begin(), summary.owners.end(), [](const OwnerActions& a, const OwnerActions& b) {
        if (a.open != b.open) {
            return a.open > b.open;
        }
        return thaiLess(a.owner, b.owner);
    });
    std::stable_sort(summary.overdueActions.begin(), summary.overdueActions.end(),
                     [](const ActionRow& a, const ActionRow& b) { return a.item.due < b.item.due; });
}

// Plan items whose status or progress moved in the period, for the filter's places and themes.
void gatherPlanChanges(const Notebook& notebook, Summary& summary,
                       const std::vector<std::string>& filterPlaces, const std::set<std::string>& themes)
{
    const auto under = [&](const std::string& code) {
        return filterPlaces.empty() || std::any_of(filterPlaces.begin(), filterPlaces.end(),
                                                   [&](const std::string& f) { return code.starts_with(f); });
    };
    {
        Statement plans = notebook.database().prepare("SELECT community_code FROM plans");
        while (plans.step() && !summary.plansExist) {
            summary.plansExist = under(plans.text(0));
        }
    }
    Statement rows = notebook.database().prepare(
        "SELECT p.community_code, p.title, i.title, i.theme_id, c.old_status, c.new_status, c.old_progress, "
        "c.new_progress"
        " FROM plan_item_changes c JOIN plan_items i ON i.id = c.item_id JOIN plans p ON p.id = i.plan_id"
        " WHERE c.changed_ms >= ?1 AND c.changed_ms < ?2 ORDER BY p.community_code, p.title, i.position, "
        "c.changed_ms, c.id");
    rows.bind(1, localDayStartMillis(summary.period.first()))
        .bind(2, localDayStartMillis(addDays(summary.period.last(), 1)));
    const auto statusOf = [](const std::optional<std::string>& name) -> std::optional<ItemStatus> {
        if (!name) {
            return std::nullopt;
        }
        for (const ItemStatus status : kItemStatuses) {
            if (itemStatusName(status) == *name) {
                return status;
            }
        }
        return std::nullopt;
    };
    std::map<std::string, Place> communities;
    while (rows.step()) {
        const std::string code = rows.text(0);
        const auto theme = rows.optionalText(3);
        if (!under(code) || (!themes.empty() && (!theme || !themes.contains(*theme)))) {
            continue;
        }
        const std::string plan = rows.text(1);
        const std::string item = rows.text(2);
        if (!summary.planChanges.empty() && summary.planChanges.back().community.code == code &&
            summary.planChanges.back().plan == plan && summary.planChanges.back().item == item) {
            PlanItemChange& change = summary.planChanges.back(); // a later change of the same item
            change.toStatus = statusOf(rows.text(5)).value_or(change.toStatus);
            change.toProgress = static_cast<int>(rows.integer(7));
            continue;
        }
        if (!communities.contains(code)) {
            communities.emplace(code, notebook.places().get(code));
        }
        PlanItemChange change;
        change.community = communities.at(code);
        change.plan = plan;
        change.item = item;
        change.fromStatus = statusOf(rows.optionalText(4));
        change.toStatus = statusOf(rows.text(5)).value_or(ItemStatus::Proposed);
        if (const auto from = rows.optionalInteger(6)) {
            change.fromProgress = static_cast<int>(*from);
        }
        change.toProgress = static_cast<int>(rows.integer(7));
        summary.planChanges.push_back(std::move(change));
    }
}

} // namespace

Summary computeSummary(const Notebook& notebook, const Period& period, const SummaryFilter& filter,
                       const CivilDate& today)
{
    const Scope scope(notebook, filter);
    Summary summary;
    summary.period = period;
    summary.asOf = std::min(period.last(), today);
    summary.filter = filter;
    summary.figures = figuresOf(notebook, period, scope);
    summary.previousFigures = figuresOf(notebook, period.previous(), scope);
    summary.notes = notesOf(notebook, period, scope);
    std::unordered_map<std::string, std::size_t> indexOf;
    for (std::size_t i = 0; i < summary.notes.size(); ++i) {
        indexOf.emplace(summary.notes[i].id, i);
    }
    std::vector<std::string> filterPlaces;
    for (const std::string& code : filter.placeCodes) {
        summary.filterPlaces.push_back(notebook.places().get(code));
        filterPlaces.push_back(summary.filterPlaces.back().code);
    }
    for (const std::string& id : filter.themeIds) {
        summary.filterThemes.push_back(notebook.themes().get(id));
    }
    groupByPlace(notebook, summary, tagsOf(notebook, period, scope, "note_places", "place_code"), indexOf,
                 filterPlaces);
    groupByTheme(notebook, summary, tagsOf(notebook, period, scope, "note_themes", "theme_id"), indexOf);
    findQuietPlaces(notebook, summary, scope);
    gatherMeetings(notebook, summary);
    countActions(notebook, summary, scope);
    gatherPlanChanges(notebook, summary, filterPlaces, scope.themeIds());
    return summary;
}

} // namespace banthuek::core
