// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schema/exchangeclock.h"

#include "core/storage/sqliteerror.h"
#include "core/text/collation.h"
#include "core/text/dates.h"

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace banthuek::core {
namespace {

struct ClockState
{
    std::int64_t last = -1; // -1: not read from the notebook yet
    bool paused = false;
};

ClockState& stateOf(sqlite3_context* context)
{
    return *static_cast<ClockState*>(sqlite3_user_data(context));
}

// The highest stamp already in the notebook: a clock that restarts never goes back.
std::int64_t highestStamp(sqlite3* db)
{
    sqlite3_stmt* statement = nullptr;
    const char* sql = "SELECT max(coalesce((SELECT max(hlc) FROM exchange_rows), 0), "
                      "coalesce((SELECT max(hlc) FROM exchange_columns), 0))";
    std::int64_t highest = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
        highest = sqlite3_column_int64(statement, 0);
    }
    sqlite3_finalize(statement);
    return highest;
}

void clockFunction(sqlite3_context* context, int, sqlite3_value**)
{
    ClockState& state = stateOf(context);
    if (state.last < 0) {
        state.last = highestStamp(sqlite3_context_db_handle(context));
    }
    state.last = std::max(nowMillis() << kClockCounterBits, state.last + 1);
    sqlite3_result_int64(context, state.last);
}

void recordingFunction(sqlite3_context* context, int, sqlite3_value**)
{
    sqlite3_result_int(context, stateOf(context).paused ? 0 : 1);
}

void pauseFunction(sqlite3_context* context, int, sqlite3_value** arguments)
{
    stateOf(context).paused = sqlite3_value_int(arguments[0]) != 0;
    sqlite3_result_null(context);
}

void observeFunction(sqlite3_context* context, int, sqlite3_value** arguments)
{
    ClockState& state = stateOf(context);
    state.last = std::max<std::int64_t>(state.last, sqlite3_value_int64(arguments[0]));
    sqlite3_result_null(context);
}

void sortKeyFunction(sqlite3_context* context, int, sqlite3_value** arguments)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
    const std::string key = thaiSortKey(
        std::string_view(text ? text : "", static_cast<std::size_t>(sqlite3_value_bytes(arguments[0]))));
    sqlite3_result_blob(context, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}

void check(sqlite3* db, int rc, const char* name)
{
    if (rc != SQLITE_OK) {
        throw sqliteError(db, rc, name);
    }
}

} // namespace

void registerExchangeFunctions(sqlite3* db)
{
    auto* state = new ClockState;
    constexpr int kVolatile = SQLITE_UTF8; // called from the schema's triggers, so not DIRECTONLY
    // The clock's state goes with the connection: the last function registered frees it.
    check(db,
          sqlite3_create_function_v2(db, "exchange_recording", 0, kVolatile, state, recordingFunction,
                                     nullptr, nullptr, nullptr),
          "exchange_recording");
    check(db,
          sqlite3_create_function_v2(db, "exchange_pause", 1, kVolatile, state, pauseFunction, nullptr,
                                     nullptr, nullptr),
          "exchange_pause");
    check(db,
          sqlite3_create_function_v2(db, "exchange_observe", 1, kVolatile, state, observeFunction, nullptr,
                                     nullptr, nullptr),
          "exchange_observe");
    check(db,
          sqlite3_create_function_v2(db, "exchange_clock", 0, kVolatile, state, clockFunction, nullptr,
                                     nullptr, [](void* p) { delete static_cast<ClockState*>(p); }),
          "exchange_clock");
    check(db,
          sqlite3_create_function_v2(db, "thai_sort_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                     sortKeyFunction, nullptr, nullptr, nullptr),
          "thai_sort_key");
}

} // namespace banthuek::core
