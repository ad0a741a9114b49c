// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/files/filestore.h"

#include "core/error.h"
#include "core/files/filerefs.h"
#include "core/storage/database.h"
#include "core/storage/hex.h"
#include "core/text/dates.h"

#include <sodium.h>
#include <sqlite3.h>

#include <array>
#include <filesystem>
#include <fstream>

namespace banthuek::core {
namespace fs = std::filesystem;

namespace {

constexpr const char* kColumns = "sha256, name, mime, size, taken_at, latitude, longitude, created_ms";

StoredFile fileFrom(const Statement& row)
{
    StoredFile file;
    file.sha256 = row.text(0);
    file.name = row.text(1);
    file.mime = row.text(2);
    file.size = row.integer(3);
    file.takenAt = row.optionalText(4);
    if (!row.isNull(5) && !row.isNull(6)) {
        file.latitude = row.real(5);
        file.longitude = row.real(6);
    }
    file.createdMs = row.integer(7);
    return file;
}

std::string sizeText(std::int64_t bytes)
{
    constexpr std::int64_t kMegabyte = std::int64_t{1024} * 1024;
    return std::to_string((bytes + kMegabyte - 1) / kMegabyte) + " MB";
}

[[noreturn]] void refuseTooLarge(const std::string& name, std::int64_t size, std::int64_t limit)
{
    throw Error(ErrorCategory::InvalidInput,
                "%1 is %2, larger than the limit of %3 for one file (Preferences). It was not attached.",
                {name, sizeText(size), sizeText(limit)});
}

class Sha256 final
{
public:
    Sha256() { crypto_hash_sha256_init(&m_state); }
    void update(std::string_view bytes)
    {
        crypto_hash_sha256_update(&m_state, reinterpret_cast<const unsigned char*>(bytes.data()),
                                  bytes.size());
    }
    std::string hex()
    {
        std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
        crypto_hash_sha256_final(&m_state, digest.data());
        return toHex(digest.data(), digest.size());
    }

private:
    crypto_hash_sha256_state m_state{};
};

} // namespace

// Takes a file's bytes in any pieces: hashes them, keeps the first for probing, and writes
// whole chunks under a temporary key until the hash is known.
class FileStore::Writer final
{
public:
    Writer(Database& db, std::size_t chunkBytes) : m_db(db), m_chunkBytes(chunkBytes)
    {
        std::array<unsigned char, 8> random{};
        randombytes_buf(random.data(), random.size());
        m_pending = "pending-" + toHex(random.data(), random.size());
    }

    void write(std::string_view bytes)
    {
        m_hash.update(bytes);
        m_size += static_cast<std::int64_t>(bytes.size());
        if (m_head.size() < kProbeBytes) {
            m_head.append(bytes.substr(0, kProbeBytes - m_head.size()));
        }
        m_buffer.append(bytes);
        while (m_buffer.size() >= m_chunkBytes) {
            flush(std::string_view(m_buffer).substr(0, m_chunkBytes));
            m_buffer.erase(0, m_chunkBytes);
        }
    }

    std::string finish()
    {
        if (!m_buffer.empty()) {
            flush(m_buffer);
            m_buffer.clear();
        }
        return m_hash.hex();
    }

    // The chunks written take the file's name, or go (the same bytes are here already).
    void settle(const std::string& sha)
    {
        m_db.cached("UPDATE file_chunks SET sha256 = ?1 WHERE sha256 = ?2")
            ->bind(1, sha)
            .bind(2, m_pending)
            .run();
    }
    void discard() { m_db.cached("DELETE FROM file_chunks WHERE sha256 = ?1")->bind(1, m_pending).run(); }

    [[nodiscard]] std::int64_t size() const { return m_size; }
    [[nodiscard]] const std::string& head() const { return m_head; }

private:
    void flush(std::string_view chunk)
    {
        m_db.cached("INSERT INTO file_chunks (sha256, seq, bytes) VALUES (?1, ?2, ?3)")
            ->bind(1, m_pending)
            .bind(2, m_seq++)
            .bindBlob(3, chunk)
            .run();
    }

    Database& m_db;
    std::size_t m_chunkBytes;
    std::string m_pending;
    Sha256 m_hash;
    std::string m_head;
    std::string m_buffer;
    std::int64_t m_size = 0;
    std::int64_t m_seq = 0;
};

FileStore::FileStore(Database& db, std::size_t chunkBytes)
    : m_db(db), m_chunkBytes(std::max<std::size_t>(chunkBytes, 1))
{
}

StoredFile FileStore::add(const std::string& path, const std::string& name, std::int64_t limit)
{
    const std::string shown = name.empty() ? fs::path(path).filename().string() : name;
    std::error_code error;
    if (fs::is_directory(path, error)) {
        throw Error(ErrorCategory::InvalidInput, "%1 is a folder, not a file. It was not attached.", {path});
    }
    const auto size = fs::file_size(path, error);
    std::ifstream in(path, std::ios::binary);
    if (error || !in) {
        throw Error(ErrorCategory::NotFound, "Cannot read %1: %2. It was not attached.",
                    {path, error ? error.message() : std::string("permission denied")});
    }
    if (static_cast<std::int64_t>(size) > limit) {
        refuseTooLarge(shown, static_cast<std::int64_t>(size), limit);
    }
    Transaction transaction(m_db);
    Writer writer(m_db, m_chunkBytes);
    std::string buffer(m_chunkBytes, '\0');
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const auto got = static_cast<std::size_t>(in.gcount());
        if (got == 0) {
            break;
        }
        writer.write(std::string_view(buffer).substr(0, got));
        if (writer.size() > limit) {
            refuseTooLarge(shown, writer.size(), limit); // it grew while being read
        }
    }
    if (in.bad()) {
        throw Error(ErrorCategory::Io, "Cannot read %1: the disk refused part of it. It was not attached.",
                    {path});
    }
    if (writer.size() != static_cast<std::int64_t>(size)) {
        throw Error(ErrorCategory::Io, "%1 changed while it was being read. It was not attached; try again.",
                    {path});
    }
    StoredFile stored = store(writer, shown);
    transaction.commit();
    return stored;
}

StoredFile FileStore::addBytes(std::string_view bytes, const std::string& name, std::int64_t limit)
{
    if (static_cast<std::int64_t>(bytes.size()) > limit) {
        refuseTooLarge(name, static_cast<std::int64_t>(bytes.size()), limit);
    }
    Transaction transaction(m_db);
    Writer writer(m_db, m_chunkBytes);
    for (std::size_t at = 0; at < bytes.size(); at += m_chunkBytes) {
        writer.write(bytes.substr(at, m_chunkBytes));
    }
    StoredFile stored = store(writer, name);
    transaction.commit();
    return stored;
}

StoredFile FileStore::store(Writer& writer, const std::string& name)
{
    if (writer.size() == 0) {
        throw Error(ErrorCategory::InvalidInput, "%1 is empty. It was not attached.", {name});
    }
    const std::string sha = writer.finish();
    if (auto existing = find(sha)) {
        writer.discard();
        return *existing;
    }
    writer.settle(sha);
    insert(sha, name, probeFile(writer.head()), writer.size(), nowMillis(), std::nullopt);
    return get(sha);
}

void FileStore::insert(const std::string& sha, const std::string& name, const FileFacts& facts,
                       std::int64_t size, std::int64_t createdMs,
                       std::optional<std::pair<std::int64_t, std::int64_t>> stamp)
{
    auto row = m_db.cached(
        "INSERT INTO files (sha256, name, mime, size, taken_at, latitude, longitude, created_ms, hlc, "
        "device) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, coalesce(?9, exchange_clock()), coalesce(?10, 1))");
    row->bind(1, sha).bind(2, name).bind(3, facts.mime).bind(4, size).bind(5, facts.takenAt);
    if (facts.latitude && facts.longitude) {
        row->bind(6, *facts.latitude).bind(7, *facts.longitude);
    } else {
        row->bindNull(6).bindNull(7);
    }
    row->bind(8, createdMs);
    if (stamp) {
        row->bind(9, stamp->first).bind(10, stamp->second);
    } else {
        row->bindNull(9).bindNull(10);
    }
    row->run();
}

bool FileStore::addReceived(std::string_view bytes, const std::string& sha256, const std::string& name,
                            std::int64_t createdMs, std::int64_t hlc, std::int64_t device)
{
    if (find(sha256)) {
        return true;
    }
    if (bytes.empty()) {
        return false;
    }
    Transaction transaction(m_db);
    Writer writer(m_db, m_chunkBytes);
    for (std::size_t at = 0; at < bytes.size(); at += m_chunkBytes) {
        writer.write(bytes.substr(at, m_chunkBytes));
    }
    if (writer.finish() != sha256) {
        return false; // rolled back: the chunks go with the transaction
    }
    writer.settle(sha256);
    insert(sha256, name, probeFile(writer.head()), writer.size(), createdMs, std::make_pair(hlc, device));
    transaction.commit();
    return true;
}

std::optional<StoredFile> FileStore::find(const std::string& sha256) const
{
    auto row = m_db.cached(std::string("SELECT ") + kColumns + " FROM files WHERE sha256 = ?1");
    row->bind(1, sha256);
    if (!row->step()) {
        return std::nullopt;
    }
    return fileFrom(*row);
}

StoredFile FileStore::get(const std::string& sha256) const
{
    if (auto file = find(sha256)) {
        return *file;
    }
    throw Error(ErrorCategory::NotFound, "There is no file %1 in this notebook.", {sha256});
}

std::vector<StoredFile> FileStore::all() const
{
    std::vector<StoredFile> files;
    Statement rows =
        m_db.prepare(std::string("SELECT ") + kColumns + " FROM files ORDER BY created_ms DESC, sha256");
    while (rows.step()) {
        files.push_back(fileFrom(rows));
    }
    return files;
}

std::vector<StoredFile> FileStore::ofNote(const std::string& noteId) const
{
    auto row = m_db.cached("SELECT body FROM notes WHERE id = ?1");
    if (!row->bind(1, noteId).step()) {
        throw Error(ErrorCategory::NotFound, "There is no note %1.", {noteId});
    }
    const std::string body = row->text(0);
    row.reset();
    std::vector<StoredFile> files;
    for (const std::string& sha : fileRefs(body)) {
        if (auto file = find(sha)) {
            files.push_back(std::move(*file));
        }
    }
    return files;
}

std::vector<std::string> FileStore::notesUsing(const std::string& sha256) const
{
    std::vector<std::string> notes;
    auto rows = m_db.cached("SELECT note_id FROM note_files WHERE sha256 = ?1 ORDER BY note_id");
    rows->bind(1, sha256);
    while (rows->step()) {
        notes.push_back(rows->text(0));
    }
    return notes;
}

void FileStore::read(const std::string& sha256, const std::function<void(std::string_view)>& sink) const
{
    const StoredFile file = get(sha256);
    // Incremental blob I/O: each chunk is read straight into one buffer, never copied whole.
    std::vector<std::int64_t> rowids;
    auto rows = m_db.cached("SELECT rowid FROM file_chunks WHERE sha256 = ?1 ORDER BY seq");
    rows->bind(1, sha256);
    while (rows->step()) {
        rowids.push_back(rows->integer(0));
    }
    rows.reset();
    std::string buffer;
    std::int64_t total = 0;
    sqlite3_blob* blob = nullptr;
    for (const std::int64_t rowid : rowids) {
        const int rc = blob == nullptr
                           ? sqlite3_blob_open(m_db.handle(), "main", "file_chunks", "bytes", rowid, 0, &blob)
                           : sqlite3_blob_reopen(blob, rowid);
        if (rc != SQLITE_OK) {
            sqlite3_blob_close(blob);
            throw Error(ErrorCategory::Corrupt, "The file %1 (%2) cannot be read from this notebook.",
                        {file.name, sha256});
        }
        buffer.resize(static_cast<std::size_t>(sqlite3_blob_bytes(blob)));
        if (sqlite3_blob_read(blob, buffer.data(), static_cast<int>(buffer.size()), 0) != SQLITE_OK) {
            sqlite3_blob_close(blob);
            throw Error(ErrorCategory::Corrupt, "The file %1 (%2) cannot be read from this notebook.",
                        {file.name, sha256});
        }
        total += static_cast<std::int64_t>(buffer.size());
        sink(buffer);
    }
    sqlite3_blob_close(blob);
    if (total != file.size) {
        throw Error(ErrorCategory::Corrupt, "The file %1 (%2) is incomplete in this notebook.",
                    {file.name, sha256});
    }
}

std::string FileStore::bytes(const std::string& sha256, std::int64_t limit) const
{
    const StoredFile file = get(sha256);
    if (file.size > limit) {
        refuseTooLarge(file.name, file.size, limit);
    }
    std::string out;
    out.reserve(static_cast<std::size_t>(file.size));
    read(sha256, [&out](std::string_view chunk) { out.append(chunk); });
    return out;
}

void FileStore::extractTo(const std::string& sha256, const std::string& path) const
{
    const fs::path target(path);
    const fs::path temporary = target.parent_path() / ("." + target.filename().string() + ".part");
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) {
            throw Error(ErrorCategory::Io, "Cannot write %1.", {path});
        }
        try {
            read(sha256, [&out](std::string_view chunk) {
                out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
            });
        } catch (...) {
            out.close();
            std::error_code ignored;
            fs::remove(temporary, ignored);
            throw;
        }
        out.flush();
        if (!out) {
            std::error_code ignored;
            fs::remove(temporary, ignored);
            throw Error(ErrorCategory::Io, "Cannot write %1: the disk may be full.", {path});
        }
    }
    std::error_code error;
    fs::rename(temporary, target, error);
    if (error) {
        fs::remove(temporary, error);
        throw Error(ErrorCategory::Io, "Cannot write %1.", {path});
    }
}

bool FileStore::hasImages() const
{
    auto row = m_db.cached("SELECT EXISTS (SELECT 1 FROM files WHERE mime LIKE 'image/%')");
    return row->step() && row->integer(0) != 0;
}

std::optional<std::string> FileStore::picture(const std::string& sha256, int edge) const
{
    auto row = m_db.cached("SELECT image FROM file_thumbs WHERE sha256 = ?1 AND edge = ?2");
    row->bind(1, sha256).bind(2, edge);
    if (!row->step()) {
        return std::nullopt;
    }
    return row->text(0);
}

void FileStore::keepPicture(const std::string& sha256, int edge, std::string_view bytes)
{
    m_db.cached("INSERT OR REPLACE INTO file_thumbs (sha256, edge, image) VALUES (?1, ?2, ?3)")
        ->bind(1, sha256)
        .bind(2, edge)
        .bindBlob(3, bytes)
        .run();
}

std::int64_t FileStore::freeUnused()
{
    Transaction transaction(m_db);
    m_db.cached("DELETE FROM files WHERE NOT EXISTS (SELECT 1 FROM note_files WHERE note_files.sha256 = "
                "files.sha256)")
        ->run();
    const std::int64_t freed = m_db.changes();
    if (freed > 0) {
        m_db.cached("DELETE FROM file_chunks WHERE sha256 NOT IN (SELECT sha256 FROM files)")->run();
        m_db.cached("DELETE FROM file_thumbs WHERE sha256 NOT IN (SELECT sha256 FROM files)")->run();
    }
    transaction.commit();
    return freed;
}

std::vector<std::string> FileStore::damaged() const
{
    std::vector<std::string> bad;
    for (const StoredFile& file : all()) {
        Sha256 hash;
        try {
            read(file.sha256, [&hash](std::string_view chunk) { hash.update(chunk); });
        } catch (const Error&) {
            bad.push_back(file.sha256);
            continue;
        }
        if (hash.hex() != file.sha256) {
            bad.push_back(file.sha256);
        }
    }
    return bad;
}

std::int64_t FileStore::totalBytes() const
{
    auto row = m_db.cached("SELECT coalesce(sum(size), 0) FROM files");
    return row->step() ? row->integer(0) : 0;
}

} // namespace banthuek::core
