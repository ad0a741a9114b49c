// SPDX-License-Identifier: GPL-3.0-or-later
// Team exchange as a user does it: export a bundle for teammates, import the bundles they send,
// or keep a shared folder in step (Syncthing, Nextcloud, a USB stick passed around).
#pragma once

#include "core/exchange/bundlefile.h"
#include "core/exchange/changes.h"
#include "core/exchange/filecontent.h"

#include <cstdint>
#include <string>
#include <vector>

namespace banthuek::core {

class Database;

// What this notebook knows (per device: every change up to that clock value).
[[nodiscard]] VersionVector knownVector(Database& db);
// What the peers heard from are all known to have: a bundle holds what is newer. Empty (so
// everything) when no peer has been heard from.
[[nodiscard]] VersionVector peersKnow(Database& db);

struct ExportedBundle
{
    std::int64_t rows = 0;
    std::int64_t payloadBytes = 0; // the changes, uncompressed
    std::int64_t fileBytes = 0;
    std::int64_t files = 0; // photos and documents carried (each once)
};

// Writes a bundle of what the peers may not have (`all`: everything shared) to `path`, through
// a temporary file renamed into place, so a reader never sees half a bundle.
[[nodiscard]] ExportedBundle exportBundle(Database& db, const std::string& path, bool all);

struct BundleImport
{
    std::int64_t bundles = 0;
    AppliedChanges changes;
    ReceivedFiles files;
    std::vector<std::string> skipped; // (sync) files not read this time, and why
};

// Imports bundles: each is opened and checked first; if any is not a sound bundle of this team
// nothing is imported (Error naming the file). Then all are merged in one transaction.
[[nodiscard]] BundleImport importBundles(Database& db, const std::vector<std::string>& paths);

struct SyncSummary
{
    BundleImport imported;
    ExportedBundle written;
    std::string outbox;
};

// Notes new or changed by teammates that were not opened here since (shown like unread mail).
[[nodiscard]] std::vector<std::string> unreadNotes(Database& db);
// Returns whether the note was unread.
bool markRead(Database& db, const std::string& noteId);

// Imports every other device's bundles found in `folder`/<device-id>/ that were not read
// before (a file still being copied, or broken, is skipped and named), then writes this
// notebook's own into `folder`/<its device id>/.
[[nodiscard]] SyncSummary syncFolder(Database& db, const std::string& folder);

} // namespace banthuek::core
