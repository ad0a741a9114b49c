// SPDX-License-Identifier: GPL-3.0-or-later
// The team lead's views on an existing notebook: places at each level, the pages of the busiest
// place at each level, theme, person and organisation (figures and note ids), themes, coverage
// for a month and a year; each the median of five runs (the target is 200 ms at 100,000 notes).
#include "bench/bench.h"
#include "core/notebook/notebook.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

namespace banthuek::bench {
namespace {

double medianMs(const std::function<std::size_t()>& view, std::size_t& items)
{
    std::vector<double> times;
    for (int run = 0; run < 5; ++run) {
        const auto start = std::chrono::steady_clock::now();
        items = view();
        times.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// The busiest place among `under`'s children (the provinces when empty): the slowest to list.
std::string busiestPlace(const core::Overview& overview, const std::string& under)
{
    const auto children = overview.places(under);
    if (children.empty()) {
        return {};
    }
    return std::max_element(children.begin(), children.end(),
                            [](const auto& a, const auto& b) {
                                return a.fieldNotes + a.minutes + a.articles <
                                       b.fieldNotes + b.minutes + b.articles;
                            })
        ->place.code;
}

} // namespace

std::vector<Figure> measureProvinceList(const std::string& path)
{
    auto notebook = core::Notebook::open(path, core::Notebook::Access::ReadOnly);
    core::NoteFilter filter;
    filter.placeCode = busiestPlace(notebook->overview(), {});
    std::size_t notes = 0;
    const double ms = medianMs([&] { return notebook->notes().listIds(filter).size(); }, notes);
    return {{"busiest province's note list", ms, "ms"}};
}

int runOverviewBench(const std::string& path)
{
    auto notebook = core::Notebook::open(path, core::Notebook::Access::ReadOnly); // views only read
    const core::Overview& overview = notebook->overview();
    // The busiest province, district and subdistrict: the slowest places to sum up.
    std::string under;
    std::vector<std::string> levels{""};
    for (int level = 0; level < 3; ++level) {
        under = busiestPlace(overview, under);
        if (under.empty()) {
            break;
        }
        levels.push_back(under);
    }
    std::printf("%-44s %10s %8s\n", "view (median of 5)", "ms", "rows");
    for (const std::string& code : levels) {
        std::size_t rows = 0;
        const double ms = medianMs([&] { return overview.places(code).size(); }, rows);
        std::printf("%-44s %10.1f %8zu\n",
                    ("places under " + (code.empty() ? std::string("(provinces)") : code)).c_str(), ms, rows);
    }
    // A page = its figures (what the page summary reads) plus the ids of its notes (what the
    // list reads first).
    auto page = [&](const std::string& label, const core::NoteFilter& filter,
                    const std::function<std::size_t()>& figures) {
        std::size_t notes = 0;
        const double idsMs = medianMs([&] { return notebook->notes().listIds(filter).size(); }, notes);
        std::size_t items = 0;
        const double figuresMs = medianMs(figures, items);
        std::printf("%-44s %10.1f %8zu   (figures %.1f + note ids %.1f)\n", label.c_str(), figuresMs + idsMs,
                    notes, figuresMs, idsMs);
    };
    for (const std::string& code : levels) {
        if (code.empty()) {
            continue;
        }
        core::NoteFilter filter;
        filter.placeCode = code;
        page("place page " + code, filter, [&] {
            return static_cast<std::size_t>(overview.placeActivity(code).fieldNotes) +
                   overview.themesAt(code).size() + overview.activeAt(code).size();
        });
    }
    const auto themes = overview.themes();
    if (!themes.empty()) {
        const auto busiest = std::max_element(themes.begin(), themes.end(),
                                              [](const auto& a, const auto& b) { return a.notes < b.notes; });
        core::NoteFilter filter;
        filter.themeId = busiest->theme.id;
        page("theme page " + busiest->theme.nameEn, filter, [&] {
            return static_cast<std::size_t>(overview.themeActivity(busiest->theme.id).fieldNotes) +
                   overview.placesFor(busiest->theme.id).size();
        });
    }
    const auto people = notebook->notes().countsByPerson();
    if (!people.empty()) {
        const auto busiest = std::max_element(people.begin(), people.end(),
                                              [](const auto& a, const auto& b) { return a.notes < b.notes; });
        core::NoteFilter filter;
        filter.personId = busiest->key;
        page("person page (busiest)", filter, [&] {
            return static_cast<std::size_t>(overview.personActivity(busiest->key).fieldNotes) +
                   overview.placesOfPerson(busiest->key).size();
        });
    }
    const auto organisations = notebook->notes().countsByOrganisation();
    if (!organisations.empty()) {
        const auto busiest = std::max_element(organisations.begin(), organisations.end(),
                                              [](const auto& a, const auto& b) { return a.notes < b.notes; });
        core::NoteFilter filter;
        filter.organisationId = busiest->key;
        page("organisation page (busiest)", filter, [&] {
            return static_cast<std::size_t>(overview.organisationActivity(busiest->key).fieldNotes) +
                   overview.placesOfOrganisation(busiest->key).size();
        });
    }
    std::size_t rows = 0;
    double ms = medianMs(
        [&] {
            const std::string since = core::addDays(core::today(), -60).iso();
            std::size_t stale = 0;
            for (const core::PlaceActivity& a : overview.subdistricts()) {
                stale += !a.lastFieldNote || a.lastFieldNote->iso() < since ? 1 : 0;
            }
            return stale;
        },
        rows);
    std::printf("%-44s %10.1f %8zu\n", "subdistricts without a field note in 60 days", ms, rows);
    ms = medianMs([&] { return overview.themes().size(); }, rows);
    std::printf("%-44s %10.1f %8zu\n", "themes with their notes", ms, rows);
    const core::CivilDate last = core::today();
    ms = medianMs([&] { return overview.coverage(core::addDays(last, -30), last).rows.size(); }, rows);
    std::printf("%-44s %10.1f %8zu\n", "coverage, last 30 days", ms, rows);
    ms = medianMs([&] { return overview.coverage(core::addDays(last, -365), last).rows.size(); }, rows);
    std::printf("%-44s %10.1f %8zu\n", "coverage, last 365 days", ms, rows);
    return 0;
}

} // namespace banthuek::bench
