// SPDX-License-Identifier: GPL-3.0-or-later
// Subcommands of team exchange: team, export-bundle, import-bundle, sync, dump.
#include "app/cli/commands.h"
#include "core/error.h"
#include "core/exchange/dump.h"
#include "core/exchange/exchange.h"
#include "core/exchange/team.h"
#include "core/notebook/notebook.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>

namespace banthuek::app {
namespace {

using Json = nlohmann::json;

struct TeamOptions
{
    std::string path, create, join, name, deviceName, userName, role;
    bool json = false;
};

void printTeam(const core::TeamInfo& info, bool json)
{
    if (json) {
        Json peers = Json::array();
        for (const core::Peer& peer : info.peers) {
            peers.push_back({{"device_id", peer.deviceId},
                             {"name", peer.name},
                             {"slot", peer.slot ? Json(*peer.slot) : Json()},
                             {"heard_ms", peer.heardMs ? Json(*peer.heardMs) : Json()}});
        }
        std::cout << Json{{"team", info.inTeam() ? Json(info.teamName) : Json()},
                          {"team_id", info.inTeam() ? Json(info.teamId) : Json()},
                          {"device_id", info.deviceId},
                          {"device_name", info.deviceName},
                          {"user_name", info.userName},
                          {"user_role", info.userRole},
                          {"record_slot", info.recordSlot},
                          {"peers", peers}}
                         .dump(2)
                  << '\n';
        return;
    }
    std::cout << "Team: " << (info.inTeam() ? info.teamName : "(none: this notebook works alone)") << '\n'
              << "Device: " << info.deviceId << (info.deviceName.empty() ? "" : " (" + info.deviceName + ")")
              << '\n';
    for (const core::Peer& peer : info.peers) {
        std::cout << "Peer: " << peer.deviceId << (peer.name.empty() ? "" : " (" + peer.name + ")") << '\n';
    }
}

void runTeam(const TeamOptions& options)
{
    const auto notebook = core::Notebook::open(options.path);
    core::Database& db = notebook->database();
    if (!options.deviceName.empty() || !options.userName.empty() || !options.role.empty()) {
        const core::TeamInfo before = core::teamInfo(db);
        core::setIdentity(db, options.deviceName.empty() ? before.deviceName : options.deviceName,
                          options.userName.empty() ? before.userName : options.userName,
                          options.role.empty() ? before.userRole : options.role);
    }
    if (!options.create.empty()) {
        const core::Joined made = core::createTeam(db, options.create);
        std::cout << made.code << '\n';
        return;
    }
    if (!options.join.empty()) {
        const core::Joined joined = core::joinTeam(db, options.join, options.name);
        if (joined.renumbered > 0) {
            std::cerr << "Renumbered " << joined.renumbered
                      << " notes into this laptop's team numbers (they had only been seen here).\n";
        }
        if (!options.json) {
            std::cout << "Joined the team.\n";
            return;
        }
    }
    printTeam(core::teamInfo(db), options.json);
}

void addTeam(CLI::App& cli)
{
    auto* command = cli.add_subcommand("team", "Create or join a team, name this laptop, or show the team");
    auto options = std::make_shared<TeamOptions>();
    command->add_option("PATH", options->path, "Notebook file")->required();
    auto* create =
        command->add_option("--create", options->create, "Create a team with this name; prints its code");
    command->add_option("--join", options->join, "Join the team of this team code")->excludes(create);
    command->add_option("--name", options->name, "The team's name, when joining");
    command->add_option("--device-name", options->deviceName, "This laptop's name, e.g. \"โน้ตบุ๊กของสมศรี\"");
    command->add_option("--user", options->userName, "Your own name");
    command->add_option("--role", options->role,
                        "Your KM role: khun_uea, khun_amnuay, khun_likhit, khun_kij, other");
    command->add_flag("--json", options->json, "Print team, device_id, device_name and peers as JSON");
    command->footer("Example: banthuek team notes.banthuek --create \"ทีมอำเภอเมือง\"");
    command->callback([options] { runTeam(*options); });
}

Json changesJson(const core::BundleImport& summary)
{
    const core::AppliedChanges& c = summary.changes;
    Json byAuthor = Json::object();
    for (const auto& [author, count] : c.notesByAuthor) {
        byAuthor[author] = count;
    }
    return {{"bundles", summary.bundles},
            {"notes_new", c.notesNew},
            {"notes_updated", c.notesUpdated},
            {"comments_new", c.commentsNew},
            {"conflicts", c.bodyConflicts + static_cast<std::int64_t>(c.conflicts.size())},
            {"already_known", c.alreadyKnown},
            {"waiting", c.waiting},
            {"bodies_merged", c.bodiesMerged},
            {"rows_changed", c.rowsChanged},
            {"files_new", summary.files.stored},
            {"files_known", summary.files.known},
            {"notes_by_author", byAuthor},
            {"conflict_details", c.conflicts},
            {"skipped", summary.skipped}};
}

void printChanges(const core::BundleImport& summary)
{
    const core::AppliedChanges& c = summary.changes;
    std::cout << "Imported " << summary.bundles << " bundle(s): " << c.notesNew << " new notes, "
              << c.notesUpdated << " updated, " << c.commentsNew << " new comments, "
              << c.bodyConflicts + static_cast<std::int64_t>(c.conflicts.size()) << " conflicts, "
              << c.alreadyKnown << " already known";
    if (summary.files.stored > 0) {
        std::cout << ", " << summary.files.stored << " new files";
    }
    if (c.waiting > 0) {
        std::cout << ", " << c.waiting << " waiting for what they belong to";
    }
    std::cout << ".\n";
    for (const auto& [author, count] : c.notesByAuthor) {
        std::cout << "  " << (author.empty() ? "(no author)" : author) << ": " << count << " notes\n";
    }
    for (const std::string& conflict : c.conflicts) {
        std::cout << "  conflict: " << conflict << '\n';
    }
    for (const std::string& skipped : summary.skipped) {
        std::cerr << "Skipped: " << skipped << '\n';
    }
}

void addBundles(CLI::App& cli)
{
    struct ExportOptions
    {
        std::string path, output;
        bool all = false;
    };
    auto exportOptions = std::make_shared<ExportOptions>();
    auto* exporting = cli.add_subcommand("export-bundle", "Write a bundle of changes for the team");
    exporting->add_option("PATH", exportOptions->path, "Notebook file")->required();
    exporting->add_option("-o,--output", exportOptions->output, "Bundle file to write (.banthuek-bundle)")
        ->required();
    exporting->add_flag("--all", exportOptions->all, "Everything shared, not only what the peers may lack");
    exporting->footer("Example: banthuek export-bundle notes.banthuek -o somsri.banthuek-bundle");
    exporting->callback([exportOptions] {
        const auto notebook = core::Notebook::open(exportOptions->path);
        const core::ExportedBundle bundle =
            core::exportBundle(notebook->database(), exportOptions->output, exportOptions->all);
        std::cout << "Wrote " << exportOptions->output << ": " << bundle.rows << " changes, " << bundle.files
                  << " files, " << bundle.fileBytes << " bytes.\n";
    });

    struct ImportOptions
    {
        std::string path;
        std::vector<std::string> files;
        bool json = false;
    };
    auto importOptions = std::make_shared<ImportOptions>();
    auto* importing = cli.add_subcommand("import-bundle", "Merge bundles from teammates, all or none");
    importing->add_option("PATH", importOptions->path, "Notebook file")->required();
    importing->add_option("FILE", importOptions->files, "Bundle files")->required();
    importing->add_flag("--json", importOptions->json,
                        "Print notes_new, notes_updated, comments_new, conflicts, already_known as JSON");
    importing->footer("Example: banthuek import-bundle notes.banthuek somchai.banthuek-bundle");
    importing->callback([importOptions] {
        const auto notebook = core::Notebook::open(importOptions->path);
        const core::BundleImport summary = core::importBundles(notebook->database(), importOptions->files);
        if (importOptions->json) {
            std::cout << changesJson(summary).dump(2) << '\n';
        } else {
            printChanges(summary);
        }
    });

    struct SyncOptions
    {
        std::string path, folder;
        bool json = false;
    };
    auto syncOptions = std::make_shared<SyncOptions>();
    auto* sync =
        cli.add_subcommand("sync", "Exchange bundles through a shared folder (Syncthing, a USB stick)");
    sync->add_option("PATH", syncOptions->path, "Notebook file")->required();
    sync->add_option("--folder", syncOptions->folder, "The team's shared folder")->required();
    sync->add_flag("--json", syncOptions->json, "Print the summary as JSON");
    sync->footer("Example: banthuek sync notes.banthuek --folder ~/Sync/team");
    sync->callback([syncOptions] {
        const auto notebook = core::Notebook::open(syncOptions->path);
        const core::SyncSummary summary = core::syncFolder(notebook->database(), syncOptions->folder);
        if (syncOptions->json) {
            Json json = changesJson(summary.imported);
            json["written"] = {{"file", summary.outbox},
                               {"rows", summary.written.rows},
                               {"files", summary.written.files},
                               {"bytes", summary.written.fileBytes}};
            std::cout << json.dump(2) << '\n';
            return;
        }
        printChanges(summary.imported);
        std::cout << "Wrote " << summary.outbox << ": " << summary.written.rows << " changes, "
                  << summary.written.files << " files.\n";
    });
}

void addDump(CLI::App& cli)
{
    auto path = std::make_shared<std::string>();
    auto* command =
        cli.add_subcommand("dump", "Print the shared content as canonical JSON Lines (to compare)");
    command->add_option("PATH", *path, "Notebook file")->required();
    command->footer("Example: diff <(banthuek dump a.banthuek) <(banthuek dump b.banthuek)");
    command->callback([path] {
        const auto notebook = core::Notebook::open(*path, core::Notebook::Access::ReadOnly);
        core::dumpSharedContent(notebook->database(), std::cout);
    });
}

} // namespace

void addExchangeCommands(CLI::App& cli)
{
    addTeam(cli);
    addBundles(cli);
    addDump(cli);
}

} // namespace banthuek::app
