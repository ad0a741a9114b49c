// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace banthuek::core {

class StopSignal;

// How many backups are kept: the newest of each of the last `daily` days, `weekly` weeks and
// `monthly` months that have one (the newest backup of all is always kept).
struct BackupPolicy
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

// One backup file: "<notebook name> YYYY-MM-DD HHMMSS.banthuek" in the backup folder, its time
// (local time, from the name) as Unix seconds.
struct Backup
{
    std::string path;
    std::int64_t takenAt = 0;
    std::uintmax_t bytes = 0;
    std::int64_t notes = -1; // -1: not counted, or the file could not be read
};

struct BackupResult
{
    Backup made;
    std::vector<std::string> removed; // older backups the policy no longer keeps
    double seconds = 0;               // copying and checking
};

// When a backup was taken, in local time: "YYYY-MM-DD HH:MM:SS" (for lists and JSON).
[[nodiscard]] std::string backupTimeText(std::int64_t takenAt);

// $XDG_DATA_HOME/banthuek/backups/<notebook name>-<hash of its full path>: a folder per notebook,
// never the notebook's own folder, so a lost USB stick or folder does not take its backups along.
[[nodiscard]] std::string defaultBackupFolder(const std::string& notebookPath);

// The notebook's backups in `folder`, newest first. `countNotes` opens each to count its notes.
[[nodiscard]] std::vector<Backup> listBackups(const std::string& notebookPath, const std::string& folder,
                                              bool countNotes = false);

// Copies the notebook as it is now (one consistent snapshot, through a read-only connection of
// its own, so a window may go on writing), checks the copy as `banthuek check` does, and only then
// names it as a backup and removes the older ones the policy no longer keeps. A copy that fails
// its check is deleted and reported (Error Corrupt): a broken backup never pushes out a good one.
// A `stop` given before the copy is named ends it with an Error and leaves nothing behind.
[[nodiscard]] BackupResult makeBackup(const std::string& notebookPath, const std::string& folder,
                                      const BackupPolicy& policy = {}, StopSignal* stop = nullptr);
[[nodiscard]] BackupResult makeBackup(const std::string& notebookPath, const std::string& folder,
                                      const BackupPolicy& policy, std::int64_t nowSeconds,
                                      StopSignal* stop = nullptr);

// True when the notebook has no backup in `folder` newer than `maxAgeSeconds`.
[[nodiscard]] bool backupDue(const std::string& notebookPath, const std::string& folder,
                             std::int64_t nowSeconds,
                             std::int64_t maxAgeSeconds = std::int64_t{24} * 60 * 60);

// Which of `backups` (any order) the policy lets go, as paths.
[[nodiscard]] std::vector<std::string> backupsToRemove(const std::vector<Backup>& backups,
                                                       const BackupPolicy& policy);

// Writes a backup out as a new notebook at `newPath` (never over an existing file), checked
// before it is given its name.
void restoreBackup(const std::string& backupPath, const std::string& newPath);
// The same for any notebook, e.g. one on read-only media saved to this computer to be written.
void copyNotebook(const std::string& notebookPath, const std::string& newPath);

} // namespace banthuek::core
