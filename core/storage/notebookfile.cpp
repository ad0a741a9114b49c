// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/notebookfile.h"

#include "core/error.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace banthuek::core {
namespace {

constexpr std::size_t kHeaderSize = 100;

std::uint32_t bigEndian32(const unsigned char* p)
{
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

std::string readLockOwner(int fd)
{
    char buffer[64] = {};
    const ssize_t n = pread(fd, buffer, sizeof buffer - 1, 0);
    std::string owner = n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string();
    while (!owner.empty() && (owner.back() == '\n' || owner.back() == ' ')) {
        owner.pop_back();
    }
    return owner;
}

} // namespace

void removeSidecarFiles(const std::string& path)
{
    std::error_code ignored;
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        std::filesystem::remove(path + suffix, ignored);
    }
}

void removeNotebookFiles(const std::string& path)
{
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
    removeSidecarFiles(path);
}

void makeFolder(const std::string& folder)
{
    std::error_code error;
    if (!std::filesystem::create_directories(folder, error) && error) {
        throw Error(ErrorCategory::Io, "Cannot create the folder %1: %2.", {folder, error.message()});
    }
}

void makeParentFolder(const std::string& path)
{
    const std::filesystem::path folder = std::filesystem::path(path).parent_path();
    if (!folder.empty()) {
        makeFolder(folder.string());
    }
}

FileProbe probeFile(const std::string& path)
{
    FileProbe probe;
    struct stat info
    {
    };
    if (stat(path.c_str(), &info) != 0) {
        return probe;
    }
    probe.size = static_cast<std::uint64_t>(info.st_size);
    // A file its owner marked read-only stays read-only, even for root.
    const bool permitted = access(path.c_str(), W_OK) == 0;
    probe.onReadOnlyMedia = !permitted && errno == EROFS;
    probe.writable = permitted && (info.st_mode & S_IWUSR) != 0;
    if (probe.size == 0) {
        probe.kind = FileProbe::Kind::Empty;
        return probe;
    }
    std::array<unsigned char, kHeaderSize> header{};
    std::ifstream in(path, std::ios::binary);
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got < 16 || std::memcmp(header.data(), "SQLite format 3", 16) != 0) {
        probe.kind = FileProbe::Kind::NotSqlite;
        return probe;
    }
    if (got < kHeaderSize) {
        probe.kind = FileProbe::Kind::Truncated;
        return probe;
    }
    const std::uint32_t rawPageSize = (std::uint32_t{header[16]} << 8) | header[17];
    const std::uint64_t pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const std::uint32_t pageCount = bigEndian32(&header[28]);
    // The in-header size is valid when the change counter matches "version-valid-for".
    const bool countValid = bigEndian32(&header[24]) == bigEndian32(&header[92]);
    if (pageSize < 512 || (countValid && probe.size < pageSize * pageCount) || probe.size % pageSize != 0) {
        probe.kind = FileProbe::Kind::Truncated;
        return probe;
    }
    probe.userVersion = bigEndian32(&header[60]);
    probe.applicationId = bigEndian32(&header[68]);
    probe.kind = FileProbe::Kind::Sqlite;
    return probe;
}

WriterLock::WriterLock(const std::string& notebookPath) : m_path(notebookPath + ".lock")
{
    // Retry when the file we locked was replaced under us, so two processes can never both
    // hold a lock on different files with the same name.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_fd = ::open(m_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (m_fd < 0) {
            throw Error(ErrorCategory::Io, "Cannot create the lock file %1: %2. Is the folder writable?",
                        {m_path, std::strerror(errno)});
        }
        if (flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
            const std::string owner = readLockOwner(m_fd);
            ::close(m_fd);
            m_fd = -1;
            throw Error(ErrorCategory::Locked,
                        "The notebook %1 is already open in another Banthuek%2. Close it there first; the "
                        "notebook was not changed.",
                        {notebookPath, (owner.empty() ? std::string() : " (" + owner + ")")});
        }
        struct stat byFd
        {
        }, byPath{};
        if (fstat(m_fd, &byFd) == 0 && stat(m_path.c_str(), &byPath) == 0 && byFd.st_ino == byPath.st_ino &&
            byFd.st_dev == byPath.st_dev) {
            const std::string owner = "process " + std::to_string(getpid()) + "\n";
            if (ftruncate(m_fd, 0) == 0) {
                [[maybe_unused]] const ssize_t written = pwrite(m_fd, owner.data(), owner.size(), 0);
            }
            return;
        }
        ::close(m_fd);
        m_fd = -1;
    }
    throw Error(ErrorCategory::Locked, "Could not lock %1: it keeps being replaced.", {m_path});
}

WriterLock::~WriterLock()
{
    if (m_fd >= 0) {
        unlink(m_path.c_str()); // removed while still held, so no one can lock the old inode after us
        ::close(m_fd);
    }
}

std::string defaultNotebookPath()
{
    std::string base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg == '/') {
        base = xdg;
    } else if (const char* home = std::getenv("HOME"); home && *home) {
        base = std::string(home) + "/.local/share";
    } else {
        base = ".";
    }
    return base + "/banthuek/notebook" + kNotebookExtension;
}

} // namespace banthuek::core
