// SPDX-License-Identifier: GPL-3.0-or-later
// Verified, rotating backups: a snapshot by VACUUM INTO, checked before it counts as a backup.
#include "core/backup/backups.h"

#include "core/error.h"
#include "core/notebook/notebook.h"
#include "core/storage/notebookfile.h"
#include "core/storage/stopsignal.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <regex>

namespace banthuek::core {
namespace {

namespace fs = std::filesystem;

std::string stemOf(const std::string& notebookPath)
{
    return fs::path(notebookPath).stem().string();
}

// FNV-1a: a short, stable name for the notebook's full path (two notebooks called the same in
// different folders get different backup folders).
std::string pathHash(const std::string& path)
{
    std::uint64_t hash = 14695981039346656037ULL;
    for (const unsigned char c : path) {
        hash = (hash ^ c) * 1099511628211ULL;
    }
    char text[9];
    (void)std::snprintf(text, sizeof text, "%08x", static_cast<unsigned>(hash & 0xffffffffU));
    return text;
}

// A moment in local time, in strftime's `format` (at most 31 bytes of text).
std::string localTimeText(std::int64_t seconds, const char* format)
{
    const auto time = static_cast<std::time_t>(seconds);
    std::tm parts{};
    localtime_r(&time, &parts);
    std::array<char, 32> text{};
    return {text.data(), std::strftime(text.data(), text.size(), format, &parts)};
}

std::string backupName(const std::string& stem, std::int64_t seconds, int serial)
{
    std::string name = stem + " " + localTimeText(seconds, "%Y-%m-%d %H%M%S");
    if (serial > 1) {
        name += " (" + std::to_string(serial) + ")";
    }
    return name + kNotebookExtension;
}

// The time in a backup's name, or -1 when the name is not one of this notebook's backups.
std::int64_t timeFromName(const std::string& stem, const std::string& fileName)
{
    static const std::regex pattern(
        R"(^(.*) (\d{4})-(\d{2})-(\d{2}) (\d{2})(\d{2})(\d{2})( \(\d+\))?\.banthuek$)");
    std::smatch match;
    if (!std::regex_match(fileName, match, pattern) || match[1].str() != stem) {
        return -1;
    }
    std::tm parts{};
    parts.tm_year = std::stoi(match[2].str()) - 1900;
    parts.tm_mon = std::stoi(match[3].str()) - 1;
    parts.tm_mday = std::stoi(match[4].str());
    parts.tm_hour = std::stoi(match[5].str());
    parts.tm_min = std::stoi(match[6].str());
    parts.tm_sec = std::stoi(match[7].str());
    parts.tm_isdst = -1;
    return static_cast<std::int64_t>(std::mktime(&parts));
}

void syncPath(const std::string& path, int flags)
{
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}

void throwIfStopped(const StopSignal* stop)
{
    if (stop != nullptr && stop->stopped()) {
        throw Error(ErrorCategory::InvalidInput,
                    "The backup was stopped before it was finished; nothing was kept.");
    }
}

// One consistent copy of `source` at `target` (which must not exist), made through a read-only
// connection, then opened as a notebook and checked. Throws, leaving no `target`, if any of it
// fails or `stop` is given.
void copyChecked(const std::string& source, const std::string& target, StopSignal* stop = nullptr)
{
    try {
        throwIfStopped(stop);
        {
            const auto notebook = Notebook::open(source, Notebook::Access::ReadOnly);
            const StopSignal::Watch watch(stop, notebook->database());
            throwIfStopped(stop);
            notebook->database().prepare("VACUUM INTO ?1").bind(1, target).run();
        }
        throwIfStopped(stop);
        syncPath(target, O_RDONLY);
        const auto copy = Notebook::open(target, Notebook::Access::ReadOnly);
        CheckReport report;
        {
            const StopSignal::Watch watch(stop, copy->database());
            throwIfStopped(stop);
            report = copy->check(Notebook::CheckDepth::StoredData);
        }
        throwIfStopped(stop); // an interrupted check reports the interruption as a problem
        if (!report.sound()) {
            throw Error(ErrorCategory::Corrupt, "The copy of %1 failed its check (%2), so it was not kept.",
                        {source, report.problems.front().english()});
        }
    } catch (...) {
        removeNotebookFiles(target);
        if (stop != nullptr && stop->stopped()) { // not the interrupted statement's own words
            throwIfStopped(stop);
        }
        throw;
    }
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

std::string backupTimeText(std::int64_t takenAt)
{
    return localTimeText(takenAt, "%Y-%m-%d %H:%M:%S");
}

std::string defaultBackupFolder(const std::string& notebookPath)
{
    const fs::path dataFolder = fs::path(defaultNotebookPath()).parent_path();
    std::error_code error;
    fs::path full = fs::absolute(notebookPath, error);
    if (error) {
        full = notebookPath;
    }
    return (dataFolder / "backups" /
            (stemOf(notebookPath) + "-" + pathHash(full.lexically_normal().string())))
        .string();
}

std::vector<Backup> listBackups(const std::string& notebookPath, const std::string& folder, bool countNotes)
{
    std::vector<Backup> backups;
    std::error_code error;
    const std::string stem = stemOf(notebookPath);
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        if (!it->is_regular_file(error)) {
            continue;
        }
        const std::int64_t takenAt = timeFromName(stem, it->path().filename().string());
        if (takenAt < 0) {
            continue;
        }
        Backup backup{it->path().string(), takenAt, it->file_size(error), -1};
        if (countNotes) {
            try {
                backup.notes = Notebook::open(backup.path, Notebook::Access::ReadOnly)->notes().count({});
            } catch (const Error&) {
                backup.notes = -1; // listed, so the user sees it, but not counted
            }
        }
        backups.push_back(std::move(backup));
    }
    std::sort(backups.begin(), backups.end(), [](const Backup& a, const Backup& b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return backups;
}

std::vector<std::string> backupsToRemove(const std::vector<Backup>& backups, const BackupPolicy& policy)
{
    std::vector<Backup> newestFirst = backups;
    std::sort(newestFirst.begin(), newestFirst.end(),
              [](const Backup& a, const Backup& b) { return a.takenAt > b.takenAt; });
    std::vector<bool> keep(newestFirst.size(), false);
    if (!keep.empty()) {
        keep[0] = true;
    }
    // The newest backup of each of the last `limit` periods that have one; "%G-%V" is the ISO week.
    const auto keepNewestPer = [&](const char* periodFormat, int limit) {
        std::string lastPeriod;
        int periods = 0;
        for (std::size_t i = 0; i < newestFirst.size() && periods < limit; ++i) {
            const std::string period = localTimeText(newestFirst[i].takenAt, periodFormat);
            if (period != lastPeriod) {
                lastPeriod = period;
                keep[i] = true;
                ++periods;
            }
        }
    };
    keepNewestPer("%Y-%m-%d", policy.daily);
    keepNewestPer("%G-%V", policy.weekly);
    keepNewestPer("%Y-%m", policy.monthly);
    std::vector<std::string> remove;
    for (std::size_t i = 0; i < newestFirst.size(); ++i) {
        if (!keep[i]) {
            remove.push_back(newestFirst[i].path);
        }
    }
    return remove;
}

BackupResult makeBackup(const std::string& notebookPath, const std::string& folder,
                        const BackupPolicy& policy, StopSignal* stop)
{
    return makeBackup(
        notebookPath, folder, policy,
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count(),
        stop);
}

BackupResult makeBackup(const std::string& notebookPath, const std::string& folder,
                        const BackupPolicy& policy, std::int64_t nowSeconds, StopSignal* stop)
{
    const auto started = std::chrono::steady_clock::now();
    makeFolder(folder);
    const std::string stem = stemOf(notebookPath);
    std::string target;
    for (int serial = 1; target.empty() || fs::exists(target); ++serial) {
        target = (fs::path(folder) / backupName(stem, nowSeconds, serial)).string();
    }
    const std::string partial = target + ".partial";
    removeNotebookFiles(partial); // left by a backup that was cut off
    copyChecked(notebookPath, partial, stop);
    std::error_code error;
    fs::rename(partial, target, error);
    if (error) {
        removeNotebookFiles(partial);
        throw Error(ErrorCategory::Io, "Cannot write %1: %2.", {target, error.message()});
    }
    syncPath(folder, O_RDONLY | O_DIRECTORY);

    BackupResult result;
    result.seconds = secondsSince(started);
    for (const std::string& old : backupsToRemove(listBackups(notebookPath, folder), policy)) {
        if (old != target && fs::remove(old, error)) {
            result.removed.push_back(old);
        }
    }
    result.made = Backup{target, timeFromName(stem, fs::path(target).filename().string()),
                         fs::file_size(target, error), -1};
    result.made.notes = Notebook::open(target, Notebook::Access::ReadOnly)->notes().count({});
    return result;
}

bool backupDue(const std::string& notebookPath, const std::string& folder, std::int64_t nowSeconds,
               std::int64_t maxAgeSeconds)
{
    const std::vector<Backup> backups = listBackups(notebookPath, folder);
    return backups.empty() || nowSeconds - backups.front().takenAt >= maxAgeSeconds;
}

namespace {

// A checked copy of `source` at `newPath` (never over an existing file), written beside it
// under a .partial name and renamed once whole and sound.
void writeCheckedCopy(const std::string& source, const std::string& newPath, const Error& exists)
{
    // Thrown as a new error made from `exists` (a copy of an exception could itself throw).
    const auto refuse = [&exists] { throw Error(exists.category(), exists.text().c_str(), exists.places()); };
    if (fs::exists(newPath)) {
        refuse();
    }
    const fs::path folder = fs::path(newPath).parent_path();
    makeParentFolder(newPath);
    const std::string partial = newPath + ".partial";
    removeNotebookFiles(partial);
    copyChecked(source, partial);
    std::error_code error;
    if (fs::exists(newPath)) { // appeared while copying
        removeNotebookFiles(partial);
        refuse();
    }
    fs::rename(partial, newPath, error);
    if (error) {
        removeNotebookFiles(partial);
        throw Error(ErrorCategory::Io, "Cannot write %1: %2.", {newPath, error.message()});
    }
    syncPath(folder.empty() ? "." : folder.string(), O_RDONLY | O_DIRECTORY);
}

} // namespace

void restoreBackup(const std::string& backupPath, const std::string& newPath)
{
    writeCheckedCopy(backupPath, newPath,
                     Error(ErrorCategory::InvalidInput,
                           "%1 already exists: a backup is restored as a new file, never over another.",
                           {newPath}));
}

void copyNotebook(const std::string& notebookPath, const std::string& newPath)
{
    writeCheckedCopy(
        notebookPath, newPath,
        Error(ErrorCategory::InvalidInput,
              "%1 already exists: a copy of a notebook is saved as a new file, never over another.",
              {newPath}));
}

} // namespace banthuek::core
