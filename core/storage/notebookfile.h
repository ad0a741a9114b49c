// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace banthuek::core {

// Banthuek's SQLite application_id: "BNTK" in ASCII.
inline constexpr std::uint32_t kApplicationId = 0x424E544B;
inline constexpr const char* kNotebookExtension = ".banthuek";

// What a file looks like from its first 100 bytes, read without SQLite so that a file
// that is refused is never opened for writing.
struct FileProbe
{
    enum class Kind { Missing, Empty, NotSqlite, Truncated, Sqlite };
    Kind kind = Kind::Missing;
    std::uint64_t size = 0;
    std::uint32_t applicationId = 0;
    std::uint32_t userVersion = 0;
    bool writable = false;
    bool onReadOnlyMedia = false; // the file system itself cannot be written (EROFS)
};

[[nodiscard]] FileProbe probeFile(const std::string& path);

// Removes what SQLite keeps beside a notebook (-wal, -shm, -journal), quietly: one left by an
// earlier file of the same name would be replayed into a new one.
void removeSidecarFiles(const std::string& path);
// Removes the notebook file and its sidecar files, quietly (a half-made copy is no notebook).
void removeNotebookFiles(const std::string& path);
// Creates `folder` and its parents unless they exist; throws Error Io naming the folder.
void makeFolder(const std::string& folder);
// The same for the folder that will hold the file `path`.
void makeParentFolder(const std::string& path);

// An exclusive, advisory lock beside the notebook (PATH.lock) held by the one process that
// may write it. The kernel drops it when the process dies, so a crash leaves no stale lock.
class WriterLock final
{
public:
    // Throws Error(Locked) naming the other process when the notebook is already open.
    explicit WriterLock(const std::string& notebookPath);
    ~WriterLock();
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;

private:
    std::string m_path;
    int m_fd = -1;
};

// $XDG_DATA_HOME/banthuek/notebook.banthuek, falling back to ~/.local/share/banthuek/...
[[nodiscard]] std::string defaultNotebookPath();

} // namespace banthuek::core
