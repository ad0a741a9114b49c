// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/failingdisk.h"

#include <sqlite3.h>

#include <atomic>
#include <stdexcept>

namespace banthuek::test {
namespace {

std::atomic<bool> g_failing{false};
std::atomic<int> g_refused{0};
sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_shim{};

// Our file: SQLite allocates szOsFile bytes; the real VFS's file follows ours.
struct ShimFile
{
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* real(sqlite3_file* file)
{
    return reinterpret_cast<ShimFile*>(file)->real;
}

bool refuse()
{
    if (g_failing.load()) {
        ++g_refused;
        return true;
    }
    return false;
}

int shimClose(sqlite3_file* file)
{
    return real(file)->pMethods->xClose(real(file));
}
int shimRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    return refuse() ? SQLITE_IOERR_READ : real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}
int shimWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    return refuse() ? SQLITE_IOERR_WRITE : real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}
int shimTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    return refuse() ? SQLITE_IOERR_TRUNCATE : real(file)->pMethods->xTruncate(real(file), size);
}
int shimSync(sqlite3_file* file, int flags)
{
    return refuse() ? SQLITE_IOERR_FSYNC : real(file)->pMethods->xSync(real(file), flags);
}
int shimFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}
int shimLock(sqlite3_file* file, int level)
{
    return real(file)->pMethods->xLock(real(file), level);
}
int shimUnlock(sqlite3_file* file, int level)
{
    return real(file)->pMethods->xUnlock(real(file), level);
}
int shimCheckReservedLock(sqlite3_file* file, int* out)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), out);
}
int shimFileControl(sqlite3_file* file, int op, void* arg)
{
    return real(file)->pMethods->xFileControl(real(file), op, arg);
}
int shimSectorSize(sqlite3_file* file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}
int shimDeviceCharacteristics(sqlite3_file* file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}
int shimShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out)
{
    return real(file)->pMethods->xShmMap(real(file), region, size, extend, out);
}
int shimShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}
void shimShmBarrier(sqlite3_file* file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}
int shimShmUnmap(sqlite3_file* file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}
int shimFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out)
{
    // No memory-mapped reads while failing: they would go around xRead.
    if (g_failing.load()) {
        *out = nullptr;
        return SQLITE_OK;
    }
    return real(file)->pMethods->xFetch(real(file), offset, amount, out);
}
int shimUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* page)
{
    return real(file)->pMethods->xUnfetch(real(file), offset, page);
}

const sqlite3_io_methods g_methods = {
    3,
    shimClose,
    shimRead,
    shimWrite,
    shimTruncate,
    shimSync,
    shimFileSize,
    shimLock,
    shimUnlock,
    shimCheckReservedLock,
    shimFileControl,
    shimSectorSize,
    shimDeviceCharacteristics,
    shimShmMap,
    shimShmLock,
    shimShmBarrier,
    shimShmUnmap,
    shimFetch,
    shimUnfetch,
};

int shimOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* shim = reinterpret_cast<ShimFile*>(file);
    shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
    const int rc = g_real->xOpen(g_real, name, shim->real, flags, outFlags);
    shim->base.pMethods = shim->real->pMethods != nullptr ? &g_methods : nullptr;
    return rc;
}

} // namespace

FailingDisk::FailingDisk()
{
    if (g_real != nullptr) {
        throw std::logic_error("FailingDisk: one at a time");
    }
    g_real = sqlite3_vfs_find(nullptr);
    g_shim = *g_real; // every other call (delete, access, full path, time...) goes to the real one
    g_shim.iVersion = g_real->iVersion;
    g_shim.szOsFile = static_cast<int>(sizeof(ShimFile)) + g_real->szOsFile;
    g_shim.zName = "banthuek-failing-disk";
    g_shim.pAppData = nullptr;
    g_shim.xOpen = shimOpen;
    g_failing = false;
    g_refused = 0;
    sqlite3_vfs_register(&g_shim, 1);
}

FailingDisk::~FailingDisk()
{
    g_failing = false;
    sqlite3_vfs_unregister(&g_shim);
    sqlite3_vfs_register(g_real, 1);
    g_real = nullptr;
}

void FailingDisk::setFailing(bool failing)
{
    g_failing = failing;
}

bool FailingDisk::failing() const
{
    return g_failing.load();
}

int FailingDisk::refused() const
{
    return g_refused.load();
}

} // namespace banthuek::test
