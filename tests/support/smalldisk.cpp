// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/smalldisk.h"

#include <sys/mount.h>
#include <sys/statvfs.h>

#include <cstdio>
#include <filesystem>
#include <vector>

namespace banthuek::test {
namespace {

constexpr const char* kFiller = "filler.bin";

std::string sizeOption(std::uint64_t bytes)
{
    return "size=" + std::to_string(bytes) + ",mode=0777";
}

} // namespace

SmallDisk::SmallDisk(std::uint64_t bytes) : m_bytes(bytes)
{
    m_mounted = mount("banthuek-test", m_dir.path().c_str(), "tmpfs", 0, sizeOption(bytes).c_str()) == 0;
}

SmallDisk::~SmallDisk()
{
    if (m_mounted) {
        umount2(m_dir.path().c_str(), MNT_DETACH);
    }
}

bool SmallDisk::setReadOnly(bool readOnly)
{
    const unsigned long flags = MS_REMOUNT | (readOnly ? static_cast<unsigned long>(MS_RDONLY) : 0UL);
    return m_mounted &&
           mount("banthuek-test", m_dir.path().c_str(), "tmpfs", flags, sizeOption(m_bytes).c_str()) == 0;
}

std::uint64_t SmallDisk::freeBytes() const
{
    struct statvfs info
    {
    };
    if (statvfs(m_dir.path().c_str(), &info) != 0) {
        return 0;
    }
    return static_cast<std::uint64_t>(info.f_bavail) * info.f_frsize;
}

void SmallDisk::fill(std::uint64_t spare)
{
    std::FILE* out = std::fopen(file(kFiller).c_str(), "ab");
    if (out == nullptr) {
        return;
    }
    const std::vector<char> block(4096, 'x');
    while (freeBytes() > spare && std::fwrite(block.data(), 1, block.size(), out) == block.size()) {
        std::fflush(out);
    }
    std::fclose(out);
}

void SmallDisk::empty()
{
    std::error_code ignored;
    std::filesystem::remove(file(kFiller), ignored);
}

} // namespace banthuek::test
