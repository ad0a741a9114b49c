// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

struct sqlite3;

namespace banthuek::core {

// Turns an SQLite result code into the project's Error, choosing a category a user can act on
// (a full disk, a read-only file and a corrupt file each read differently).
[[nodiscard]] Error sqliteError(sqlite3* db, int rc, const char* doing);

} // namespace banthuek::core
