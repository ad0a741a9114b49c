// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/exchange.h"

#include "core/error.h"
#include "core/exchange/team.h"
#include "core/storage/database.h"
#include "core/storage/hex.h"
#include "core/text/dates.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

namespace banthuek::core {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

constexpr std::uintmax_t kMaxBundleFile = std::uintmax_t{2} << 30;

std::string readBundleFile(const std::string& path)
{
    std::error_code error;
    const auto size = fs::file_size(path, error);
    if (error) {
        throw Error(ErrorCategory::NotFound, "Cannot read the bundle %1: %2.", {path, error.message()});
    }
    if (size > kMaxBundleFile) {
        throw Error(ErrorCategory::InvalidInput,
                    "%1 is too large to be a bundle (%2 bytes). Nothing was imported.",
                    {path, std::to_string(size)});
    }
    std::ifstream in(path, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
        throw Error(ErrorCategory::Io, "Cannot read the bundle %1.", {path});
    }
    return bytes;
}

void writeAtomically(const std::string& path, const std::string& bytes)
{
    const fs::path target(path);
    const fs::path temporary = target.parent_path() / ("." + target.filename().string() + ".tmp");
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out || !out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())) || !out.flush()) {
            std::error_code ignored;
            fs::remove(temporary, ignored);
            throw Error(ErrorCategory::Io, "Cannot write the bundle %1 (is the disk full or read-only?).",
                        {path});
        }
    }
    std::error_code error;
    fs::rename(temporary, target, error);
    if (error) {
        fs::remove(temporary, error);
        throw Error(ErrorCategory::Io, "Cannot write the bundle %1: %2.", {path, error.message()});
    }
}

std::int64_t ownHighest(Database& db)
{
    auto row = db.cached("SELECT max(coalesce((SELECT max(hlc) FROM exchange_rows WHERE device = 1), 0), "
                         "coalesce((SELECT max(hlc) FROM exchange_columns WHERE device = 1), 0))");
    return row->step() ? row->integer(0) : 0;
}

std::string selfId(Database& db)
{
    auto row = db.cached("SELECT device_id FROM exchange_devices WHERE num = 1");
    return row->step() ? row->text(0) : std::string();
}

// After a bundle was merged whole: what it covered is now known here too, for each device
// whose earlier changes were already here (a bundle that skipped some teaches nothing).
void learnFrom(Database& db, const BundleHeader& header, bool complete)
{
    const std::string self = selfId(db);
    if (complete) {
        for (const auto& [device, top] : header.top) {
            if (device == self) {
                continue;
            }
            db.cached("INSERT OR IGNORE INTO exchange_devices (device_id) VALUES (?1)")
                ->bind(1, device)
                .run();
            const auto base = header.base.find(device);
            db.cached("UPDATE exchange_devices SET known_hlc = max(known_hlc, ?2) WHERE device_id = ?1 AND "
                      "known_hlc >= ?3")
                ->bind(1, device)
                .bind(2, top)
                .bind(3, base == header.base.end() ? std::int64_t{0} : base->second)
                .run();
        }
    }
    if (header.senderId == self) {
        return;
    }
    // A laptop that joined with the code alone learns the team's name from its first bundle.
    db.cached("INSERT OR IGNORE INTO notebook_meta (key, value) VALUES ('team_name', ?1)")
        ->bind(1, header.teamName)
        .run();
    db.cached("UPDATE notebook_meta SET value = ?1 WHERE key = 'team_name' AND value = ''")
        ->bind(1, header.teamName)
        .run();
    Json knows = Json::object();
    for (const auto& [device, hlc] : header.top) {
        knows[device] = hlc;
    }
    db.cached("INSERT OR IGNORE INTO exchange_devices (device_id) VALUES (?1)")
        ->bind(1, header.senderId)
        .run();
    // What the sender knows only grows; an old bundle read late does not take it back.
    db.cached("UPDATE exchange_devices SET name = ?2, slot = ?3, knows = ?4, heard_ms = ?5 WHERE device_id = "
              "?1 AND "
              "(heard_ms IS NULL OR ?6 >= coalesce(json_extract(knows, '$.' || json_quote(?1)), 0))")
        ->bind(1, header.senderId)
        .bind(2, header.senderName)
        .bind(3, header.senderSlot)
        .bind(4, knows.dump())
        .bind(5, nowMillis())
        .bind(6, header.top.contains(header.senderId) ? header.top.at(header.senderId) : std::int64_t{0})
        .run();
}

void addUp(AppliedChanges& total, const AppliedChanges& more)
{
    total.notesNew += more.notesNew;
    total.notesUpdated += more.notesUpdated;
    total.commentsNew += more.commentsNew;
    total.rowsChanged += more.rowsChanged;
    total.alreadyKnown += more.alreadyKnown;
    total.waiting += more.waiting;
    total.bodyConflicts += more.bodyConflicts;
    total.bodiesMerged += more.bodiesMerged;
    total.conflicts.insert(total.conflicts.end(), more.conflicts.begin(), more.conflicts.end());
    for (const auto& [author, count] : more.notesByAuthor) {
        total.notesByAuthor[author] += count;
    }
    total.highestStamp = std::max(total.highestStamp, more.highestStamp);
}

std::string hashOf(const std::string& bytes)
{
    std::array<unsigned char, 32> hash{};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                       bytes.size(), nullptr, 0);
    return toHex(hash.data(), hash.size());
}

} // namespace

std::vector<std::string> unreadNotes(Database& db)
{
    std::vector<std::string> ids;
    Statement rows = db.prepare("SELECT note_id FROM exchange_unread");
    while (rows.step()) {
        ids.push_back(rows.text(0));
    }
    return ids;
}

bool markRead(Database& db, const std::string& noteId)
{
    if (!db.cached("SELECT 1 FROM exchange_unread WHERE note_id = ?1")->bind(1, noteId).step()) {
        return false;
    }
    db.cached("DELETE FROM exchange_unread WHERE note_id = ?1")->bind(1, noteId).run();
    return true;
}

VersionVector knownVector(Database& db)
{
    VersionVector known;
    Statement rows =
        db.prepare("SELECT device_id, known_hlc FROM exchange_devices WHERE num <> 1 AND known_hlc > 0");
    while (rows.step()) {
        known.emplace(rows.text(0), rows.integer(1));
    }
    if (const std::int64_t own = ownHighest(db); own > 0) {
        known[selfId(db)] = own;
    }
    return known;
}

VersionVector peersKnow(Database& db)
{
    std::vector<VersionVector> peers;
    Statement rows = db.prepare("SELECT knows FROM exchange_devices WHERE num <> 1 AND knows IS NOT NULL");
    while (rows.step()) {
        const Json knows = Json::parse(rows.text(0), nullptr, false);
        VersionVector vector;
        if (knows.is_object()) {
            for (const auto& [device, hlc] : knows.items()) {
                if (hlc.is_number_integer()) {
                    vector.emplace(device, hlc.get<std::int64_t>());
                }
            }
        }
        peers.push_back(std::move(vector));
    }
    if (peers.empty()) {
        return {};
    }
    VersionVector lowest = peers.front();
    for (const VersionVector& peer : peers) {
        for (auto& [device, hlc] : lowest) {
            const auto found = peer.find(device);
            hlc = std::min(hlc, found == peer.end() ? 0 : found->second);
        }
    }
    return lowest;
}

ExportedBundle exportBundle(Database& db, const std::string& path, bool all)
{
    const TeamSecret secret = teamSecret(db);
    const TeamInfo team = teamInfo(db);
    BundleHeader header;
    header.teamId = team.teamId;
    header.teamName = team.teamName;
    header.senderId = team.deviceId;
    header.senderName = team.deviceName;
    header.senderSlot = team.recordSlot;
    header.createdMs = nowMillis();
    header.base = all ? VersionVector{} : peersKnow(db);
    header.top = knownVector(db);
    CollectedChanges changes = collectChanges(db, header.base);
    header.rows = changes.rows;
    const auto changeBytes = static_cast<std::int64_t>(changes.payload.size());
    const std::int64_t files = appendFiles(db, header.base, changes.payload);
    const std::string bytes = sealBundle(header, changes.payload, secret.key());
    writeAtomically(path, bytes);
    return {changes.rows, changeBytes, static_cast<std::int64_t>(bytes.size()), files};
}

BundleImport importBundles(Database& db, const std::vector<std::string>& paths)
{
    const TeamSecret secret = teamSecret(db);
    std::vector<OpenedBundle> bundles;
    bundles.reserve(paths.size());
    for (const std::string& path : paths) {
        bundles.push_back(openBundle(readBundleFile(path), path, secret.key(), secret.teamId()));
    }
    BundleImport summary;
    Transaction transaction(db);
    std::vector<std::size_t> incomplete;
    for (std::size_t i = 0; i < bundles.size(); ++i) {
        const ReceivedFiles files = takeFiles(db, bundles[i].payload, paths[i]);
        summary.files.stored += files.stored;
        summary.files.known += files.known;
        const AppliedChanges applied = applyChanges(db, bundles[i].payload, paths[i]);
        learnFrom(db, bundles[i].header, applied.complete());
        addUp(summary.changes, applied);
        summary.changes.waiting -= applied.waiting; // counted once, after the retries below
        if (!applied.complete()) {
            incomplete.push_back(i);
        }
        ++summary.bundles;
    }
    // A row that waited for its parent may have found it in a later bundle of the batch.
    for (bool progress = true; progress && !incomplete.empty();) {
        std::vector<std::size_t> still;
        for (const std::size_t i : incomplete) {
            const AppliedChanges again = applyChanges(db, bundles[i].payload, paths[i]);
            learnFrom(db, bundles[i].header, again.complete());
            summary.changes.rowsChanged += again.rowsChanged;
            summary.changes.notesNew += again.notesNew;
            summary.changes.commentsNew += again.commentsNew;
            if (!again.complete()) {
                still.push_back(i);
            }
        }
        progress = still.size() < incomplete.size();
        incomplete = std::move(still);
    }
    for (const std::size_t i : incomplete) {
        summary.changes.waiting += applyChanges(db, bundles[i].payload, paths[i]).waiting;
    }
    moveSlotIfTaken(db);
    transaction.commit();
    return summary;
}

SyncSummary syncFolder(Database& db, const std::string& folder)
{
    const TeamSecret secret = teamSecret(db);
    const std::string self = selfId(db);
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        throw Error(ErrorCategory::NotFound, "There is no folder %1 to sync with.", {folder});
    }
    SyncSummary summary;
    std::vector<fs::path> files;
    for (const auto& device : fs::directory_iterator(folder, error)) {
        if (!device.is_directory(error) || device.path().filename() == self) {
            continue;
        }
        for (const auto& file : fs::directory_iterator(device.path(), error)) {
            const std::string name = file.path().filename().string();
            // Sync tools write under temporary names and rename; conflict copies are whole bundles.
            if (name.starts_with(".") || !name.ends_with(kBundleSuffix) || !file.is_regular_file(error)) {
                continue;
            }
            files.push_back(file.path());
        }
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
        std::string bytes;
        std::string hash;
        try {
            bytes = readBundleFile(file.string());
            hash = hashOf(bytes);
            if (db.cached("SELECT 1 FROM exchange_seen WHERE hash = ?1")->bind(1, hash).step()) {
                continue;
            }
            OpenedBundle bundle = openBundle(bytes, file.string(), secret.key(), secret.teamId());
            Transaction transaction(db);
            const ReceivedFiles received = takeFiles(db, bundle.payload, file.string());
            const AppliedChanges applied = applyChanges(db, bundle.payload, file.string());
            learnFrom(db, bundle.header, applied.complete());
            if (applied.complete()) {
                db.cached("INSERT OR IGNORE INTO exchange_seen (hash, name, seen_ms) VALUES (?1, ?2, ?3)")
                    ->bind(1, hash)
                    .bind(2, file.string())
                    .bind(3, nowMillis())
                    .run();
            }
            moveSlotIfTaken(db);
            transaction.commit();
            summary.imported.files.stored += received.stored;
            summary.imported.files.known += received.known;
            addUp(summary.imported.changes, applied);
            ++summary.imported.bundles;
        } catch (const Error& problem) {
            summary.imported.skipped.push_back(problem.what());
        }
    }
    const fs::path outbox = fs::path(folder) / self;
    fs::create_directories(outbox, error);
    if (error) {
        throw Error(ErrorCategory::Io, "Cannot create the folder %1: %2.",
                    {outbox.string(), error.message()});
    }
    summary.outbox = (outbox / (std::string("changes") + kBundleSuffix)).string();
    summary.written = exportBundle(db, summary.outbox, false);
    return summary;
}

} // namespace banthuek::core
