// SPDX-License-Identifier: GPL-3.0-or-later
// The .banthuek-bundle file: what a notebook sends its team.
//   "BANTHUEK-BUNDLE\n"                      16 bytes, so a bundle is known by its first line
//   header length (4 bytes, little-endian)   at most 64 KiB
//   header                                   JSON, readable: format, team, sender, what it covers
//   secretstream header                      24 bytes (libsodium, XChaCha20-Poly1305)
//   chunks: length (4 bytes) and sealed bytes  the zstd-compressed payload, 1 MiB at a time; the
//                                            first chunk authenticates the header, the last is
//                                            tagged final, so a bundle cut short is known as such
// Every size is checked against its bound before anything is allocated for it.
#pragma once

#include "core/exchange/team.h"

#include <cstdint>
#include <map>
#include <string>

namespace banthuek::core {

inline constexpr int kBundleFormat = 1;
inline constexpr const char* kBundleSuffix = ".banthuek-bundle";

using VersionVector = std::map<std::string, std::int64_t>; // device id -> clock value

struct BundleHeader
{
    int format = kBundleFormat;
    std::string teamId;
    std::string teamName;
    std::string senderId;
    std::string senderName;
    std::int64_t senderSlot = 0;
    std::int64_t createdMs = 0;
    VersionVector base; // the changes held are those newer than this, per device
    VersionVector top;  // everything the sender knew when it wrote the bundle
    std::int64_t rows = 0;
    std::int64_t payloadBytes = 0; // uncompressed
};

// The whole file, sealed with `key`.
[[nodiscard]] std::string sealBundle(const BundleHeader& header, const std::string& payload,
                                     const TeamKey& key);

struct OpenedBundle
{
    BundleHeader header;
    std::string payload;
};

// Opens a bundle read from `name`: refuses one that is not a bundle, from a newer Banthuek,
// from another team, cut short or damaged, with an Error saying which.
[[nodiscard]] OpenedBundle openBundle(const std::string& bytes, const std::string& name, const TeamKey& key,
                                      const std::string& teamId);
// Whether the file at `path` starts as a bundle does (a cheap look at its first bytes, to tell
// a bundle from a notebook when a desktop opens one; openBundle still checks everything).
[[nodiscard]] bool isBundleFile(const std::string& path);
// Only the header, without the key (to tell what a file is).
[[nodiscard]] BundleHeader readBundleHeader(const std::string& bytes, const std::string& name);

} // namespace banthuek::core
