// SPDX-License-Identifier: GPL-3.0-or-later
// Subcommands of backups and damage: backup, backups, salvage (restore is in editcommands:
// `restore BACKUP -o NEW`).
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "core/backup/backups.h"
#include "core/backup/salvage.h"
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

Json salvageJson(const core::SalvageReport& report, const std::string& output)
{
    Json tables = Json::array();
    for (const core::SalvagedTable& table : report.tables) {
        tables.push_back({{"table", table.name},
                          {"rows", table.rows},
                          {"damaged", table.damaged},
                          {"orphans", table.orphans}});
    }
    Json problems = Json::array();
    for (const core::Message& problem : report.problems) {
        problems.push_back(problem.english());
    }
    return {{"output", output},     {"notes", report.notes},
            {"tables", tables},     {"sound", report.problems.empty()},
            {"problems", problems}, {"seconds", report.seconds}};
}

void addSalvage(CLI::App& cli, int& exitCode)
{
    auto path = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    auto* command = cli.add_subcommand(
        "salvage",
        "Copy every row a damaged notebook still has into a new notebook (the damaged file is only read)");
    command->add_option("PATH", *path, "The damaged notebook")->required();
    command->add_option("-o,--output", *output, "The new notebook to write (never an existing file)")
        ->required();
    command->add_flag("--json", *json,
                      "Print output, notes, tables (table, rows, damaged, orphans), sound and problems");
    command->footer("When `check` finds damage and there is no good backup. Rows on damaged pages are lost; "
                    "the rest is copied, the search index is made again and the new notebook is checked. "
                    "Exit status 1 when the new notebook still has problems.\n"
                    "Example: banthuek salvage notes.banthuek -o notes-salvaged.banthuek");
    command->callback([path, output, json, &exitCode] {
        const core::SalvageReport report = core::salvageNotebook(*path, *output);
        if (!report.problems.empty()) {
            exitCode = kExitCheckFailed;
        }
        if (*json) {
            std::cout << salvageJson(report, *output).dump() << '\n';
            return;
        }
        for (const core::SalvagedTable& table : report.tables) {
            if (table.damaged || table.orphans > 0) {
                std::cout << "damaged: " << table.name << ": " << table.rows << " rows copied"
                          << (table.damaged ? "; rows on damaged pages are lost" : "")
                          << (table.orphans > 0 ? "; " + std::to_string(table.orphans) +
                                                      " rows left out whose note or owner was lost"
                                                : "")
                          << '\n';
            }
        }
        for (const core::Message& problem : report.problems) {
            std::cout << "PROBLEM: " << problem.english() << '\n';
        }
        std::cout << "Salvaged " << report.notes << " notes into " << *output << " in " << report.seconds
                  << " s" << (report.anyDamage() ? "" : " (no damage found: every row was read)")
                  << (report.problems.empty() ? "; it passes check." : "; it still has problems (see above).")
                  << '\n';
    });
}

} // namespace

void addBackupCommands(CLI::App& cli, int& exitCode)
{
    addBackup(cli);
    addBackups(cli);
    addSalvage(cli, exitCode);
}

} // namespace banthuek::app
