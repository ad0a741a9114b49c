// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/statement.h"

#include "core/error.h"
#include "core/storage/sqliteerror.h"

#include <sqlite3.h>

namespace banthuek::core {

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        throw sqliteError(db, rc, "preparing a query");
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_dirty(other.m_dirty)
{
    other.m_stmt = nullptr;
}

void Statement::check(int rc, const char* what) const
{
    if (rc != SQLITE_OK) {
        throw sqliteError(m_db, rc, what);
    }
}

void Statement::ensureReset()
{
    if (m_dirty) {
        reset();
    }
}

Statement& Statement::bind(int index, std::string_view text)
{
    ensureReset();
    check(sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT),
          "binding a text value");
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    ensureReset();
    check(sqlite3_bind_int64(m_stmt, index, value), "binding an integer value");
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    ensureReset();
    check(sqlite3_bind_double(m_stmt, index, value), "binding a number");
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes)
{
    ensureReset();
    check(sqlite3_bind_blob(m_stmt, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT),
          "binding binary data");
    return *this;
}

Statement& Statement::bindNull(int index)
{
    ensureReset();
    check(sqlite3_bind_null(m_stmt, index), "binding an empty value");
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& text)
{
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<std::int64_t>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

bool Statement::step()
{
    m_dirty = true;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    // sqlite3_step's own code is generic; the connection has the extended one.
    throw sqliteError(m_db, sqlite3_extended_errcode(m_db), "running a query");
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt); // its result repeats the last step's error, already reported
    m_dirty = false;
}

std::string Statement::text(int column) const
{
    const auto* data = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size))
                : std::string();
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return text(column);
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::optional<std::int64_t> Statement::optionalInteger(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return integer(column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

SqlValue Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return integer(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_TEXT:
        return text(column);
    case SQLITE_BLOB: {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        return Blob{
            std::string(bytes ? bytes : "", static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))};
    }
    default:
        return std::monostate{};
    }
}

Statement& Statement::bind(int index, const SqlValue& value)
{
    struct Binder
    {
        Statement& statement;
        int index;
        void operator()(std::monostate) const { statement.bindNull(index); }
        void operator()(std::int64_t number) const { statement.bind(index, number); }
        void operator()(double number) const { statement.bind(index, number); }
        void operator()(const std::string& text) const { statement.bind(index, text); }
        void operator()(const Blob& blob) const { statement.bindBlob(index, blob.bytes); }
    };
    std::visit(Binder{*this, index}, value);
    return *this;
}

} // namespace banthuek::core
