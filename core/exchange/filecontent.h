// SPDX-License-Identifier: GPL-3.0-or-later
// The files a bundle carries. After the changes' JSON, a payload may hold a NUL byte, a JSON
// list of files ({"h": sha256, "n": name, "z": size, "c": created_ms, "s": [hlc, device]}), another
// NUL and their bytes one after the other. Each file travels once, from the laptop that added it
// or passed it on, to teammates not known to have it; a receiver that has it already skips it.
#pragma once

#include "core/exchange/bundlefile.h"

#include <cstdint>
#include <string>

namespace banthuek::core {

class Database;

// Appends the files stamped newer than `base` to `payload`; how many.
std::int64_t appendFiles(Database& db, const VersionVector& base, std::string& payload);

struct ReceivedFiles
{
    std::int64_t stored = 0; // new here
    std::int64_t known = 0;  // here already
};

// Stores the files of `payload` and cuts their section off it, so what stays is the changes'
// JSON. A section that is not what appendFiles writes, or a file whose bytes do not give its
// hash, refuses the bundle (Error naming `name`); the caller's transaction then keeps nothing.
ReceivedFiles takeFiles(Database& db, std::string& payload, const std::string& name);

} // namespace banthuek::core
