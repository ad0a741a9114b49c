// SPDX-License-Identifier: GPL-3.0-or-later
// Photos, recordings and documents kept inside the notebook file, so the one file is still the
// whole record. A file is named by the SHA-256 of its bytes (the same photo attached twice is
// stored once) and kept in chunks, so a 200 MB video never sits whole in memory.
#pragma once

#include "core/files/fileprobe.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace banthuek::core {

class Database;

struct StoredFile
{
    std::string sha256;
    std::string name; // as first attached
    std::string mime;
    std::int64_t size = 0;
    std::optional<std::string> takenAt;
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::int64_t createdMs = 0;
    [[nodiscard]] bool isImage() const { return mime.starts_with("image/"); }
};

inline constexpr std::int64_t kDefaultFileLimit = 200LL * 1024 * 1024;
inline constexpr std::size_t kFileChunkBytes = std::size_t{1024} * 1024;

class FileStore final
{
public:
    // `chunkBytes` is how much is read, hashed and written at a time (smaller in tests).
    explicit FileStore(Database& db, std::size_t chunkBytes = kFileChunkBytes);

    // Streams the file at `path` in under `name` (its file name when empty). The same bytes
    // stored already: that file, unchanged. Refused, with the file and the reason named, when it
    // cannot be read, is empty, is larger than `limit` bytes or changes while being read;
    // nothing of it stays then. Runs inside the caller's transaction, or its own.
    StoredFile add(const std::string& path, const std::string& name = {},
                   std::int64_t limit = kDefaultFileLimit);
    // The same for bytes in memory (a pasted image, a photo scaled down).
    StoredFile addBytes(std::string_view bytes, const std::string& name,
                        std::int64_t limit = kDefaultFileLimit);

    // A file from a teammate's bundle, kept with the stamp it came with (so it is not sent on as
    // this laptop's own). Its type and EXIF are read here again, never taken from the sender.
    // False, and nothing stored, when the bytes do not give `sha256`; true when stored or here.
    bool addReceived(std::string_view bytes, const std::string& sha256, const std::string& name,
                     std::int64_t createdMs, std::int64_t hlc, std::int64_t device);

    [[nodiscard]] std::optional<StoredFile> find(const std::string& sha256) const;
    [[nodiscard]] StoredFile get(const std::string& sha256) const; // NotFound when missing
    [[nodiscard]] std::vector<StoredFile> all() const;             // newest first
    [[nodiscard]] bool hasImages() const;                          // any photo at all
    // The files a note's text names, in the order they appear (missing ones left out).
    [[nodiscard]] std::vector<StoredFile> ofNote(const std::string& noteId) const;
    // The notes (ids) whose text, now or in a revision, names the file.
    [[nodiscard]] std::vector<std::string> notesUsing(const std::string& sha256) const;

    // Hands the file's bytes to `sink`, a chunk at a time, in order.
    void read(const std::string& sha256, const std::function<void(std::string_view)>& sink) const;
    // The whole file in memory (for images shown on screen), refused above `limit` bytes.
    [[nodiscard]] std::string bytes(const std::string& sha256, std::int64_t limit = kDefaultFileLimit) const;
    // Writes the file to `path` through a temporary file, so a failure leaves no half file.
    void extractTo(const std::string& sha256, const std::string& path) const;

    // Pictures made from a file (a thumbnail, a picture the width of the editor), kept so they
    // are made once: local to this laptop, made again when missing.
    [[nodiscard]] std::optional<std::string> picture(const std::string& sha256, int edge) const;
    void keepPicture(const std::string& sha256, int edge, std::string_view bytes);

    // Files no note names any more (their notes deleted from the Trash): removed. How many.
    std::int64_t freeUnused();
    // Files whose bytes no longer give their SHA-256 (a damaged notebook).
    [[nodiscard]] std::vector<std::string> damaged() const;
    [[nodiscard]] std::int64_t totalBytes() const;

private:
    class Writer;
    StoredFile store(Writer& writer, const std::string& name);
    void insert(const std::string& sha, const std::string& name, const FileFacts& facts, std::int64_t size,
                std::int64_t createdMs, std::optional<std::pair<std::int64_t, std::int64_t>> stamp);

    Database& m_db;
    std::size_t m_chunkBytes;
};

} // namespace banthuek::core
