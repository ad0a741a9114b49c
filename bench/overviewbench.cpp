// SPDX-License-Identifier: GPL-3.0-or-later
// The team lead's views on an existing notebook: places at each level, themes, coverage for a
// month and a year; each the median of five runs (the target is 200 ms at 100,000 notes).
#include "bench/bench.h"

#include "core/notebook.h"

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
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int runOverviewBench(const std::string& path)
{
    auto notebook = core::Notebook::open(path, core::Notebook::Access::ReadOnly); // views only read
    const core::Overview& overview = notebook->overview();
    // The busiest province, district and subdistrict: the slowest places to sum up.
    std::string under;
    std::vector<std::string> levels{""};
    for (int level = 0; level < 3; ++level) {
        const auto children = overview.places(under);
        if (children.empty()) {
            break;
        }
        under = std::max_element(children.begin(), children.end(), [](const auto& a, const auto& b) {
                    return a.fieldNotes + a.minutes + a.articles < b.fieldNotes + b.minutes + b.articles;
                })->place.code;
        levels.push_back(under);
    }
    std::printf("%-44s %10s %8s\n", "view (median of 5)", "ms", "rows");
    for (const std::string& code : levels) {
        std::size_t rows = 0;
        const double ms = medianMs([&] { return overview.places(code).size(); }, rows);
        std::printf("%-44s %10.1f %8zu\n", ("places under " + (code.empty() ? std::string("(provinces)") : code)).c_str(), ms, rows);
    }
    std::size_t rows = 0;
    double ms = medianMs([&] { return overview.themes().size(); }, rows);
    std::printf("%-44s %10.1f %8zu\n", "themes with their notes", ms, rows);
    const core::CivilDate last = core::today();
    ms = medianMs([&] { return overview.coverage(core::addDays(last, -30), last).rows.size(); }, rows);
    std::printf("%-44s %10.1f %8zu\n", "coverage, last 30 days", ms, rows);
    ms = medianMs([&] { return overview.coverage(core::addDays(last, -365), last).rows.size(); }, rows);
    std::printf("%-44s %10.1f %8zu\n", "coverage, last 365 days", ms, rows);
    return 0;
}

} // namespace banthuek::bench
