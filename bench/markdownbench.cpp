// SPDX-License-Identifier: GPL-3.0-or-later
// banthuek_bench --markdown PATH [--md-notes N]
// A Markdown folder out of a generated notebook and into a new one: N notes (the target:
// 10,000 imported in under 20 s) against 1,000 measured in the same run. The round trip must
// give back every note (the exit code says so).
#include "bench/bench.h"
#include "core/formats/markdownexport.h"
#include "core/formats/markdownimport.h"
#include "core/notebook/notebook.h"

#include <chrono>
#include <cstdio>
#include <filesystem>

namespace banthuek::bench {
namespace {

namespace fs = std::filesystem;

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

struct RoundTrip
{
    double exportSeconds = 0;
    double importSeconds = 0;
    int exported = 0;
    int imported = 0;
};

RoundTrip roundTrip(core::Notebook& source, const fs::path& dir, int notes)
{
    const fs::path folder = dir / ("markdown-" + std::to_string(notes));
    const fs::path copy = dir / ("markdown-" + std::to_string(notes) + ".banthuek");
    fs::remove_all(folder);
    fs::remove(copy);
    RoundTrip trip;
    core::MarkdownExportOptions options;
    options.filter.limit = notes;
    auto start = std::chrono::steady_clock::now();
    trip.exported = core::exportMarkdown(source, folder.string(), options).notes;
    trip.exportSeconds = secondsSince(start);
    auto target = core::Notebook::create(copy.string());
    start = std::chrono::steady_clock::now();
    const core::MarkdownImport result = core::importMarkdown(*target, folder.string());
    trip.importSeconds = secondsSince(start);
    trip.imported = result.written ? static_cast<int>(target->notes().count()) : 0;
    return trip;
}

} // namespace

int runMarkdownBench(const std::string& path, const std::string& dir, int notes)
{
    auto source = core::Notebook::open(path, core::Notebook::Access::ReadOnly);
    fs::create_directories(dir);
    const RoundTrip small = roundTrip(*source, dir, 1000);
    const RoundTrip large = roundTrip(*source, dir, notes);
    std::printf("%-44s %12s %12s %8s\n", "figure", "1,000 notes", std::to_string(large.exported).c_str(),
                "ratio");
    std::printf("%-44s %10.2f s %10.2f s %8.2f\n", "export-markdown", small.exportSeconds,
                large.exportSeconds, large.exportSeconds / small.exportSeconds);
    std::printf("%-44s %10.2f s %10.2f s %8.2f\n", "import-markdown (target: 10,000 in < 20 s)",
                small.importSeconds, large.importSeconds, large.importSeconds / small.importSeconds);
    const bool whole = small.imported == small.exported && large.imported == large.exported;
    std::printf("round trip gives back every note: %s\n", whole ? "yes" : "no");
    return whole ? 0 : 1;
}

} // namespace banthuek::bench
