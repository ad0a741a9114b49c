// SPDX-License-Identifier: GPL-3.0-or-later
// Subcommands of backups: backup, backups (restore is in editcommands: `restore BACKUP -o NEW`).
#include "app/cli/commands.h"
#include "core/backup/backups.h"
#include "core/error.h"
#include "core/storage/notebookfile.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>

namespace banthuek::app {
namespace {

using Json = nlohmann::json;

struct BackupOptions
{
    std::string path, folder;
    bool json = false;
};

Json backupJson(const core::Backup& backup)
{
    return {{"path", backup.path},
            {"taken", core::backupTimeText(backup.takenAt)},
            {"taken_s", backup.takenAt},
            {"bytes", backup.bytes},
            {"notes", backup.notes >= 0 ? Json(backup.notes) : Json()}};
}

// A notebook's backups are looked for where it makes them unless told otherwise.
std::string folderFor(const BackupOptions& options)
{
    if (core::probeFile(options.path).kind == core::FileProbe::Kind::Missing) {
        throw core::Error(core::ErrorCategory::NotFound, "There is no notebook at %1.", {options.path});
    }
    return options.folder.empty() ? core::defaultBackupFolder(options.path) : options.folder;
}

void addBackup(CLI::App& cli)
{
    auto options = std::make_shared<BackupOptions>();
    auto* command = cli.add_subcommand(
        "backup", "Make a checked backup of a notebook (it may be open in the window) and rotate old ones");
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option(
        "-o,--output", options->folder,
        "Backup folder (default: the notebook's folder under $XDG_DATA_HOME/banthuek/backups)");
    command->add_flag("--json", options->json, "Print the backup and what was removed as JSON");
    command->footer("Keeps the newest backup of each of the last 7 days, 4 weeks and 12 months; a copy that "
                    "fails its check is not kept and removes nothing.\n"
                    "Example: banthuek backup notes.banthuek -o /media/usb/banthuek-backups");
    command->callback([options] {
        const core::BackupResult result = core::makeBackup(options->path, folderFor(*options));
        if (options->json) {
            std::cout << Json{{"backup", backupJson(result.made)},
                              {"removed", result.removed},
                              {"seconds", result.seconds}}
                             .dump()
                      << '\n';
            return;
        }
        std::cout << "Backed up " << result.made.notes << " notes to " << result.made.path << " ("
                  << result.made.bytes / 1024 << " KB, copied and checked in " << result.seconds << " s)\n";
        for (const std::string& removed : result.removed) {
            std::cout << "Removed the older backup " << removed << '\n';
        }
    });
}

void addBackups(CLI::App& cli)
{
    auto options = std::make_shared<BackupOptions>();
    auto* command =
        cli.add_subcommand("backups", "List a notebook's backups, newest first: date, size, notes");
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option("--folder", options->folder, "Backup folder (default: where `backup` writes them)");
    command->add_flag("--json", options->json, "Print path, taken, taken_s, bytes and notes for each");
    command->footer("Example: banthuek backups notes.banthuek --json");
    command->callback([options] {
        const std::string folder = folderFor(*options);
        const auto backups = core::listBackups(options->path, folder, true);
        if (options->json) {
            Json list = Json::array();
            for (const core::Backup& backup : backups) {
                list.push_back(backupJson(backup));
            }
            std::cout << list.dump() << '\n';
            return;
        }
        if (backups.empty()) {
            std::cout << "No backups in " << folder << '\n';
        }
        for (const core::Backup& backup : backups) {
            std::cout << core::backupTimeText(backup.takenAt) << "  " << backup.bytes / 1024 << " KB  "
                      << (backup.notes >= 0 ? std::to_string(backup.notes) + " notes" : "unreadable") << "  "
                      << backup.path << '\n';
        }
    });
}

} // namespace

void addBackupCommands(CLI::App& cli)
{
    addBackup(cli);
    addBackups(cli);
}

} // namespace banthuek::app
