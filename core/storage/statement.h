// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

struct sqlite3;
struct sqlite3_stmt;

namespace banthuek::core {

// One SQLite value of any type, for code that copies rows it does not know column by column
// (team exchange): NULL, integer, real, text or blob.
struct Blob
{
    std::string bytes;
    auto operator<=>(const Blob&) const = default;
};
using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string, Blob>;

// An owned prepared statement. Parameters are bound, never spliced into SQL; every
// sqlite3_* result is checked and turned into an Error naming the statement.
class Statement final
{
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;

    // Parameters are 1-based, like SQLite's. Binding resets a statement that already ran.
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bindNull(int index);
    Statement& bindBlob(int index, std::string_view bytes);
    Statement& bind(int index, const std::optional<std::string>& text);
    Statement& bind(int index, const std::optional<std::int64_t>& value);
    Statement& bind(int index, const SqlValue& value);

    // Advances to the next row; false when done. Throws on any error.
    [[nodiscard]] bool step();
    // Runs a statement that returns no rows (or whose rows are not needed).
    void run();
    void reset();

    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] std::optional<std::string> optionalText(int column) const;
    [[nodiscard]] std::int64_t integer(int column) const;
    [[nodiscard]] std::optional<std::int64_t> optionalInteger(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    // The column as it is stored, whatever its type.
    [[nodiscard]] SqlValue value(int column) const;

private:
    void check(int rc, const char* what) const;
    void ensureReset();

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_dirty = false; // stepped since the last reset
};

} // namespace banthuek::core
