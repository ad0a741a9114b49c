// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/statement.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

struct sqlite3;

namespace banthuek::core {

// Owns one SQLite connection. Knows nothing about notebooks: Notebook decides how a file
// is validated, locked and migrated; Database only runs SQL safely.
class Database final
{
public:
    enum class Mode { ReadWrite, ReadOnly, Create };

    Database(const std::string& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs SQL without parameters (schema, pragmas). Never call with user text.
    void exec(std::string_view sql);
    [[nodiscard]] Statement prepare(std::string_view sql);
    // Lends a prepared statement kept for the connection's life (for hot paths). It goes back,
    // reset, when the handle dies, so no half-read query keeps a read snapshot open; a
    // statement already lent out is never handed out twice.
    class StatementReturner final
    {
    public:
        StatementReturner() = default;
        explicit StatementReturner(Database* db) : m_db(db) {}
        void operator()(Statement* statement) const;

    private:
        Database* m_db = nullptr;
    };
    using CachedStatement = std::unique_ptr<Statement, StatementReturner>;
    [[nodiscard]] CachedStatement cached(std::string_view sql);

    [[nodiscard]] std::int64_t pragmaInteger(std::string_view pragma);
    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    // Changes whenever anything in the file may have changed (a write on this connection or a
    // commit on another): a key for caching what was read.
    [[nodiscard]] std::pair<std::int64_t, std::int64_t> changeStamp();
    [[nodiscard]] bool readOnly() const noexcept { return m_mode == Mode::ReadOnly; }
    [[nodiscard]] const std::string& path() const noexcept { return m_path; }
    [[nodiscard]] sqlite3* handle() const noexcept { return m_db; }
    // Makes the statement running on this connection stop with an error as soon as it can;
    // the one call that may come from another thread (a reader being cancelled).
    void interrupt() noexcept;
    // How long a statement waits for another connection's write lock before it fails as busy.
    void setBusyTimeout(int milliseconds);
    static constexpr int kDefaultBusyTimeoutMs = 5000;

private:
    friend class Transaction;
    friend class FlatNesting;
    std::string m_path;
    Mode m_mode;
    sqlite3* m_db = nullptr;
    int m_transactionDepth = 0;
    int m_flatDepth = 0; // transactions this deep or deeper are part of the one above (FlatNesting)
    struct CacheEntry
    {
        std::vector<std::unique_ptr<Statement>> idle;
    };
    std::unordered_map<Statement*, std::string> m_lent; // statement -> its SQL
    std::unordered_map<std::string, CacheEntry> m_cache;
};

// A write transaction. The outermost one is BEGIN IMMEDIATE (so a writer never fails half-way
// for lack of a lock); nested ones are savepoints. One not committed rolls back in its
// destructor, so an exception anywhere leaves the notebook exactly as it was.
class Transaction final
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    int m_depth;
    bool m_flat = false; // part of the transaction above: no savepoint of its own
    bool m_done = false;
};

// While one lives, transactions opened inside the current one get no savepoints of their own:
// an error anywhere inside rolls the current one back whole. For loads that wrap each item in a
// transaction of their own (a note with its tags and comments), since FTS5 writes out what it
// has indexed at every savepoint and a load of many small writes would make many small
// segments to merge. Nothing inside may catch an error and go on writing.
class FlatNesting final
{
public:
    explicit FlatNesting(Database& db);
    ~FlatNesting();
    FlatNesting(const FlatNesting&) = delete;
    FlatNesting& operator=(const FlatNesting&) = delete;

private:
    Database& m_db;
    int m_before;
};

} // namespace banthuek::core
