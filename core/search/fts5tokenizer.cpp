// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/fts5tokenizer.h"

#include "core/error.h"
#include "core/search/tokenizer.h"

#include <sqlite3.h>

namespace banthuek::core {
namespace {

// FTS5 wants an object per tokenizer instance; ours has no state of its own.
struct Instance {
};

int create(void*, const char**, int, Fts5Tokenizer** out)
{
    *out = reinterpret_cast<Fts5Tokenizer*>(new Instance());
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer* tokenizer)
{
    delete reinterpret_cast<Instance*>(tokenizer);
}

int tokenize(Fts5Tokenizer*, void* context, int, const char* text, int length,
             int (*emit)(void*, int, const char*, int, int, int))
{
    try {
        for (const SearchToken& token : tokenizeForSearch(std::string_view(text, static_cast<std::size_t>(length)))) {
            const int rc = emit(context, 0, token.text.data(), static_cast<int>(token.text.size()),
                                static_cast<int>(token.begin), static_cast<int>(token.end));
            if (rc != SQLITE_OK) {
                return rc;
            }
        }
    } catch (...) {
        return SQLITE_ERROR; // never let an exception unwind through SQLite's C frames
    }
    return SQLITE_OK;
}

fts5_api* fts5Api(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK) {
        return nullptr;
    }
    sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

} // namespace

void registerSearchTokenizer(sqlite3* db)
{
    fts5_api* api = fts5Api(db);
    if (!api) {
        throw Error(ErrorCategory::Database, "This SQLite has no FTS5; Banthuek's search needs it.");
    }
    fts5_tokenizer tokenizer{&create, &destroy, &tokenize};
    if (api->xCreateTokenizer(api, kSearchTokenizer, nullptr, &tokenizer, nullptr) != SQLITE_OK) {
        throw Error(ErrorCategory::Database, "Could not register the search tokenizer.");
    }
}

} // namespace banthuek::core
