// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/tempdir.h"

#include <cstdint>
#include <string>

namespace banthuek::test {

// A small disk of its own (a tmpfs mounted in a temporary folder) that tests can fill to the
// last byte or turn read-only, as a full laptop disk or a locked memory card would be. Mounting
// needs root (as on the build machines); elsewhere available() is false and the test says so.
class SmallDisk final
{
public:
    explicit SmallDisk(std::uint64_t bytes);
    ~SmallDisk();
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    [[nodiscard]] bool available() const { return m_mounted; }
    [[nodiscard]] std::string file(const std::string& name) const { return m_dir.file(name); }
    // Remounts the disk read-only (or writable again); false when the kernel refused.
    bool setReadOnly(bool readOnly);
    // Fills every free byte but `spare` with a filler file; empty() frees it again.
    void fill(std::uint64_t spare = 0);
    void empty();
    [[nodiscard]] std::uint64_t freeBytes() const;

private:
    TempDir m_dir;
    std::uint64_t m_bytes;
    bool m_mounted = false;
};

} // namespace banthuek::test
