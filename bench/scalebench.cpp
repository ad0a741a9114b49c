// SPDX-License-Identifier: GPL-3.0-or-later
// The scale curve: the same figures on generated notebooks of growing size (10k, 100k and 300k
// notes by default), each with the exponent of its growth between two sizes. A cost that grows
// like the note count has exponent 1; none may be above it (a little noise aside).
#include "bench/bench.h"
#include "core/notebook/notebook.h"
#include "core/storage/database.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>

namespace banthuek::bench {
namespace {

// How fast the whole cost behind a figure grows with the note count n: a rate (per second) is
// a time of n / rate, a ratio to the text a size of n * ratio, anything else a cost itself.
double exponent(const Figure& small, const Figure& large, int smallNotes, int largeNotes)
{
    const double notes = std::log(static_cast<double>(largeNotes) / smallNotes);
    if (small.value <= 0 || large.value <= 0) {
        return 0;
    }
    const double grew = std::log(large.value / small.value) / notes;
    if (small.unit.ends_with("/s")) {
        return 1 - grew;
    }
    return small.unit == "x" ? 1 + grew : grew;
}

// The file's size once its write-ahead log is folded in, against the text it holds.
std::vector<Figure> measureFile(const std::string& path, double textBytes)
{
    auto notebook = core::Notebook::open(path);
    notebook->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const auto bytes = static_cast<double>(std::filesystem::file_size(path));
    return {{"notebook file", bytes / 1e6, "MB"}, {"file against the text", bytes / textBytes, "x"}};
}

} // namespace

int runScaleBench(const std::string& dir, const std::vector<int>& sizes)
{
    std::printf("Banthuek scale curve: %zu sizes (files in %s)\n", sizes.size(), dir.c_str());
    std::vector<std::vector<Figure>> bySize;
    bool warm = false;
    for (const int notes : sizes) {
        double textBytes = 0;
        std::vector<Figure> figures = measureCore(dir, notes, &textBytes);
        // Import fills a new notebook with at most 10,000 notes, whatever the size: not on the curve.
        std::erase_if(figures, [](const Figure& figure) { return figure.name.starts_with("import"); });
        const std::string path = dir + "/generated-" + std::to_string(notes) + ".banthuek";
        if (!warm) { // the first window of a process also pays for Qt's fonts and styles: not the size's
            (void)measureWindow(path);
            warm = true;
        }
        for (auto part : {measureFile(path, textBytes), measureSearchTimes(path, 5),
                          measureProvinceList(path), measureWindow(path)}) {
            figures.insert(figures.end(), part.begin(), part.end());
        }
        std::printf("  measured %d notes\n", notes);
        std::fflush(stdout);
        bySize.push_back(std::move(figures));
    }
    std::printf("\n%-36s", "figure");
    for (const int notes : sizes) {
        std::printf(" %12d", notes);
    }
    for (std::size_t i = 1; i < sizes.size(); ++i) {
        std::printf("  exp %zu-%zu", i, i + 1);
    }
    std::printf("\n");
    double worst = 0;
    std::string worstName;
    for (std::size_t f = 0; f < bySize.front().size(); ++f) {
        std::printf("%-36s", bySize.front()[f].name.c_str());
        for (const auto& figures : bySize) {
            std::printf(" %9.1f %-3s", figures[f].value,
                        figures[f].unit.size() <= 3 ? figures[f].unit.c_str() : "");
        }
        for (std::size_t i = 1; i < sizes.size(); ++i) {
            const double e = exponent(bySize[i - 1][f], bySize[i][f], sizes[i - 1], sizes[i]);
            std::printf(" %9.2f", e);
            if (e > worst) {
                worst = e;
                worstName = bySize.front()[f].name;
            }
        }
        std::printf("\n");
    }
    std::printf("\nhighest exponent: %.2f (%s); 1.00 grows like the note count\n", worst, worstName.c_str());
    std::printf("(memory is this process's after generating and importing: compare it between sizes, "
                "not with --open)\n");
    return 0;
}

} // namespace banthuek::bench
