// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqliteerror.h"

#include <sqlite3.h>

namespace banthuek::core {

Error sqliteError(sqlite3* db, int rc, const char* doing)
{
    const std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    const std::string context = std::string("while ") + doing + ": " + detail;
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error(ErrorCategory::Corrupt, "The notebook file is damaged %1", {context});
    case SQLITE_READONLY:
        return Error(ErrorCategory::ReadOnly, "The notebook cannot be written %1", {context});
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(ErrorCategory::Locked, "The notebook is busy in another program %1", {context});
    case SQLITE_FULL:
        return Error(ErrorCategory::Io, "The disk is full %1", {context});
    case SQLITE_IOERR: // EIO: the device went away or failed, not a question of rights or room
        return Error(ErrorCategory::Io,
                     "The disk that holds the notebook did not answer (a memory card or USB stick taken out, "
                     "or a failing disk) %1",
                     {context});
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return Error(ErrorCategory::Io, "The notebook file could not be read or written %1", {context});
    case SQLITE_CONSTRAINT:
        return Error(ErrorCategory::InvalidInput, "The change was refused %1", {context});
    default:
        return Error(ErrorCategory::Database, "Database error %1", {context});
    }
}

} // namespace banthuek::core
