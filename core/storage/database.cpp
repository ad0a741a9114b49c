// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"

#include "core/storage/sqliteerror.h"

#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>

namespace banthuek::core {
namespace {

// A notebook on read-only media (a locked SD card, a CD, a stick mounted read-only) whose
// folder cannot take the -shm file SQLite needs for WAL: opened as immutable, which is true
// of it. A -wal left beside it still holds committed notes, so then the file is read normally.
bool onReadOnlyMedia(const std::string& path)
{
    const std::filesystem::path file(path);
    const std::string folder = file.has_parent_path() ? file.parent_path().string() : std::string(".");
    std::error_code ignored;
    return access(folder.c_str(), W_OK) != 0 && !std::filesystem::exists(path + "-wal", ignored);
}

// The path as an SQLite URI ("file:" with %, ? and # escaped).
std::string immutableUri(const std::string& path)
{
    std::string uri = "file:";
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#') {
            static const char* const hex = "0123456789ABCDEF";
            uri += '%';
            uri += hex[(static_cast<unsigned char>(c) >> 4) & 0xF];
            uri += hex[static_cast<unsigned char>(c) & 0xF];
        } else {
            uri += c;
        }
    }
    return uri + "?immutable=1";
}

} // namespace

Database::Database(const std::string& path, Mode mode) : m_path(path), m_mode(mode)
{
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const std::string name = mode == Mode::ReadOnly && onReadOnlyMedia(path) ? immutableUri(path) : path;
    const int rc = sqlite3_open_v2(name.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(m_db, rc, ("opening " + path).c_str()); // its words, before closing
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw Error(std::move(error));
    }
    sqlite3_extended_result_codes(m_db, 1);
    setBusyTimeout(kDefaultBusyTimeoutMs);
}

void Database::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(m_db, milliseconds);
}

Database::~Database()
{
    m_cache.clear(); // statements must be finalized before the connection closes
    for (auto& [statement, sql] : m_lent) {
        delete statement; // only when a handle outlives its Database, which is a bug upstream
    }
    sqlite3_close_v2(m_db);
}

void Database::exec(std::string_view sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) {
        throw sqliteError(m_db, sqlite3_extended_errcode(m_db), "changing the notebook");
    }
}

void Database::interrupt() noexcept
{
    sqlite3_interrupt(m_db);
}

Statement Database::prepare(std::string_view sql)
{
    return Statement(m_db, sql);
}

Database::CachedStatement Database::cached(std::string_view sql)
{
    std::string key(sql);
    CacheEntry& entry = m_cache[key];
    std::unique_ptr<Statement> statement;
    if (entry.idle.empty()) {
        statement = std::make_unique<Statement>(m_db, sql);
    } else {
        statement = std::move(entry.idle.back());
        entry.idle.pop_back();
    }
    Statement* raw = statement.release();
    m_lent.emplace(raw, std::move(key));
    return CachedStatement(raw, StatementReturner(this));
}

void Database::StatementReturner::operator()(Statement* statement) const
{
    statement->reset();
    const auto lent = m_db->m_lent.find(statement);
    m_db->m_cache[lent->second].idle.emplace_back(statement);
    m_db->m_lent.erase(lent);
}

std::int64_t Database::pragmaInteger(std::string_view pragma)
{
    Statement statement = prepare("PRAGMA " + std::string(pragma));
    return statement.step() ? statement.integer(0) : 0;
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

std::pair<std::int64_t, std::int64_t> Database::changeStamp()
{
    return {sqlite3_total_changes64(m_db), pragmaInteger("data_version")};
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Transaction::Transaction(Database& db)
    : m_db(db), m_depth(db.m_transactionDepth), m_flat(db.m_flatDepth > 0 && m_depth >= db.m_flatDepth)
{
    if (db.readOnly()) {
        throw Error(ErrorCategory::ReadOnly, "The notebook %1 is open read-only.", {db.path()});
    }
    if (!m_flat) {
        db.exec(m_depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT nested_" + std::to_string(m_depth));
    }
    ++db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_done) {
        return;
    }
    --m_db.m_transactionDepth;
    if (m_flat) {
        return; // the error goes on to the transaction above, which rolls back
    }
    // Rolling back cannot usefully throw from a destructor; SQLite undoes the journal on the
    // next open if this fails (for example after the disk vanished).
    const std::string sql = m_depth == 0 ? std::string("ROLLBACK")
                                         : "ROLLBACK TO nested_" + std::to_string(m_depth) +
                                               "; RELEASE nested_" + std::to_string(m_depth);
    sqlite3_exec(m_db.handle(), sql.c_str(), nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    if (!m_flat) {
        m_db.exec(m_depth == 0 ? "COMMIT" : "RELEASE nested_" + std::to_string(m_depth));
    }
    m_done = true;
    --m_db.m_transactionDepth;
}

FlatNesting::FlatNesting(Database& db) : m_db(db), m_before(db.m_flatDepth)
{
    m_db.m_flatDepth = m_db.m_transactionDepth + 1;
}

FlatNesting::~FlatNesting()
{
    m_db.m_flatDepth = m_before;
}

} // namespace banthuek::core
