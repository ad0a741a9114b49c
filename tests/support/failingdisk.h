// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace banthuek::test {

// A disk that stops answering on demand, as a memory card pulled out or a failing USB stick:
// while failing(), every read, write, sync and truncate of a file SQLite opened after this was
// made ends in SQLITE_IOERR (the kernel's EIO). It is SQLite's default VFS while it lives
// (a shim over the real one, which it forwards to otherwise); one at a time.
class FailingDisk final
{
public:
    FailingDisk();
    ~FailingDisk();
    FailingDisk(const FailingDisk&) = delete;
    FailingDisk& operator=(const FailingDisk&) = delete;

    void setFailing(bool failing);
    [[nodiscard]] bool failing() const;
    // Calls refused since this was made: a test can tell the failure reached the disk.
    [[nodiscard]] int refused() const;
};

} // namespace banthuek::test
