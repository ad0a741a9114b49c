// SPDX-License-Identifier: GPL-3.0-or-later
// banthuek_bench --exchange PATH [--bundle-notes N] [--laptops L] [--month-notes M]
// Team exchange on a copy of a large notebook: a bundle of N new notes written on a laptop and
// merged into it (index and tallies included); a day's changes exported from it; a bundle's size
// against its compressed changes; L laptops writing M notes each converging through one shared
// folder. The copy at PATH's size is the figure; a small notebook made in the same run is the
// baseline for the export.
#include "bench/bench.h"
#include "core/edits/edits.h"
#include "core/exchange/changes.h"
#include "core/exchange/dump.h"
#include "core/exchange/exchange.h"
#include "core/exchange/team.h"
#include "core/generate/generator.h"
#include "core/notebook/notebook.h"

#include <zstd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <sstream>

namespace banthuek::bench {
namespace {

namespace fs = std::filesystem;

double millisSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

std::uintmax_t folderBytes(const fs::path& folder)
{
    std::uintmax_t bytes = 0;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        if (entry.is_regular_file()) {
            bytes += entry.file_size();
        }
    }
    return bytes;
}

std::string dumpOf(core::Notebook& notebook)
{
    std::ostringstream out;
    core::dumpSharedContent(notebook.database(), out);
    return out.str();
}

// A day's work on a notebook: edits of `count` notes' text, a comment on each.
void dayOfWork(core::Notebook& notebook, int count)
{
    core::Edits edits(notebook);
    core::NoteFilter filter;
    filter.limit = count;
    const auto notes = notebook.notes().list(filter);
    for (const auto& row : notes) {
        core::NoteDraft draft = notebook.notes().get(row.id).content;
        draft.body += "\n\nเพิ่มเติมหลังประชุมกลุ่ม";
        (void)edits.saveNote(row.id, draft);
        (void)edits.addComment(row.id, "ทีมงาน", "รับทราบครับ");
    }
}

double exportDay(const std::string& path)
{
    auto notebook = core::Notebook::open(path);
    const core::VersionVector before = core::knownVector(notebook->database());
    dayOfWork(*notebook, 50);
    const auto start = std::chrono::steady_clock::now();
    const core::CollectedChanges changes = core::collectChanges(notebook->database(), before);
    const std::string sealed =
        core::sealBundle({}, changes.payload, core::teamSecret(notebook->database()).key());
    const double ms = millisSince(start);
    std::printf("%-52s %10lld rows %8zu bytes\n", ("a day's changes from " + path).c_str(),
                static_cast<long long>(changes.rows), sealed.size());
    return ms;
}

} // namespace

int runExchangeBench(const std::string& path, const std::string& dir, int bundleNotes, int laptops,
                     int monthNotes)
{
    const fs::path work = fs::path(dir) / "exchange";
    fs::remove_all(work);
    fs::create_directories(work);
    const std::string big = (work / "big.banthuek").string();
    fs::copy_file(path, big);
    const std::string code = [&] {
        auto notebook = core::Notebook::open(big);
        return core::createTeam(notebook->database(), "bench").code;
    }();

    // A laptop writes N notes; its bundle is merged into the large notebook.
    const std::string laptop = (work / "laptop.banthuek").string();
    const std::string bundle = (work / "laptop.banthuek-bundle").string();
    core::ExportedBundle exported;
    double exportMs = 0;
    {
        auto notebook = core::Notebook::create(laptop);
        (void)core::joinTeam(notebook->database(), code);
        (void)core::generateNotes(*notebook, {bundleNotes, 7, {}});
        const auto start = std::chrono::steady_clock::now();
        exported = core::exportBundle(notebook->database(), bundle, false);
        exportMs = millisSince(start);
    }
    const std::string payload = [&] {
        auto notebook = core::Notebook::open(laptop);
        return core::collectChanges(notebook->database(), {}).payload;
    }();
    std::string compressed(ZSTD_compressBound(payload.size()), '\0');
    compressed.resize(ZSTD_compress(compressed.data(), compressed.size(), payload.data(), payload.size(), 6));
    double importMs = 0;
    core::BundleImport imported;
    {
        auto notebook = core::Notebook::open(big);
        const auto start = std::chrono::steady_clock::now();
        imported = core::importBundles(notebook->database(), {bundle});
        importMs = millisSince(start);
    }

    // A day's changes exported: from the large notebook and from a small one (the baseline).
    const std::string small = (work / "small.banthuek").string();
    {
        auto notebook = core::Notebook::create(small);
        (void)core::joinTeam(notebook->database(), code);
        (void)core::generateNotes(*notebook, {1000, 3, {}});
    }
    const double daySmall = exportDay(small);
    const double dayBig = exportDay(big);

    // L laptops, M notes each, one shared folder: each syncs once, then once more.
    const fs::path folder = work / "shared";
    fs::create_directories(folder);
    std::vector<std::string> team;
    for (int i = 0; i < laptops; ++i) {
        team.push_back((work / ("member" + std::to_string(i) + ".banthuek")).string());
        auto notebook = core::Notebook::create(team.back());
        (void)core::joinTeam(notebook->database(), code);
        (void)core::generateNotes(*notebook, {monthNotes, static_cast<std::uint64_t>(100 + i), {}});
    }
    const auto syncStart = std::chrono::steady_clock::now();
    for (int round = 0; round < 2; ++round) {
        for (const std::string& member : team) {
            auto notebook = core::Notebook::open(member);
            (void)core::syncFolder(notebook->database(), folder.string());
        }
    }
    const double syncMs = millisSince(syncStart);
    bool converged = true;
    std::string first;
    for (const std::string& member : team) {
        auto notebook = core::Notebook::open(member, core::Notebook::Access::ReadOnly);
        const std::string dump = dumpOf(*notebook);
        converged = converged && (first.empty() || dump == first);
        if (first.empty()) {
            first = dump;
        }
    }

    std::printf("%-52s %10.1f ms\n",
                ("export " + std::to_string(bundleNotes) + " new notes (laptop)").c_str(), exportMs);
    std::printf("%-52s %10.1f ms  (%lld new notes, %lld rows)\n", ("import them into " + path).c_str(),
                importMs, static_cast<long long>(imported.changes.notesNew),
                static_cast<long long>(imported.changes.rowsChanged));
    std::printf("%-52s %10lld bytes; changes %lld, compressed %zu: ratio %.3f\n", "bundle file",
                static_cast<long long>(exported.fileBytes), static_cast<long long>(exported.payloadBytes),
                compressed.size(),
                static_cast<double>(exported.fileBytes) / static_cast<double>(compressed.size()));
    std::printf("%-52s %10.1f ms\n", "a day's changes (50 notes) from 1,000 notes", daySmall);
    std::printf("%-52s %10.1f ms  ratio %.2f\n", "a day's changes (50 notes) from the large notebook", dayBig,
                daySmall > 0 ? dayBig / daySmall : 0);
    std::printf(
        "%-52s %10.1f ms, %ju bytes in the folder, converged: %s\n",
        (std::to_string(laptops) + " laptops x " + std::to_string(monthNotes) + " notes, folder sync x2")
            .c_str(),
        syncMs, folderBytes(folder), converged ? "yes" : "NO");
    return converged ? 0 : 1;
}

} // namespace banthuek::bench
