// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/fts5tokenizer.h"

#include "core/error.h"
#include "core/search/searchtext.h"
#include "core/search/tokenizer.h"
#include "core/search/tokenpipeline.h"

#include <sqlite3.h>

#include <algorithm>

namespace banthuek::core {
namespace {

// FTS5 wants an object per tokenizer instance; ours has no state of its own.
struct Instance
{
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

// Emits the tokens of a document: prepared ahead by the installed pipeline when it has this
// text next in line (a rebuild), else split here.
template <typename Split>
int emitTokens(void* context, const char* text, int length, Split split, bool offsets,
               int (*emit)(void*, int, const char*, int, int, int))
{
    const std::string_view whole(text, static_cast<std::size_t>(length));
    TokenPipeline* pipeline = TokenPipeline::installed();
    const std::vector<SearchToken>* prepared = pipeline ? pipeline->take(whole) : nullptr;
    const std::vector<SearchToken> own = prepared ? std::vector<SearchToken>() : split(whole);
    for (const SearchToken& token : prepared ? *prepared : own) {
        const int rc =
            emit(context, 0, token.text.data(), static_cast<int>(token.text.size()),
                 offsets ? static_cast<int>(token.begin) : 0, offsets ? static_cast<int>(token.end) : 0);
        if (rc != SQLITE_OK) {
            return rc;
        }
    }
    return SQLITE_OK;
}

int tokenize(Fts5Tokenizer*, void* context, int, const char* text, int length,
             int (*emit)(void*, int, const char*, int, int, int))
{
    try {
        return emitTokens(context, text, length, tokenizeForSearch, true, emit);
    } catch (...) {
        return SQLITE_ERROR; // never let an exception unwind through SQLite's C frames
    }
}

// Word parts: documents give every window of three folded code points (splitParts; offsets
// are not kept, detail=none); a query string is already one folded window (partsExpression
// makes them), taken as it is: folding again would drop a window's leading space.
int tokenizeParts(Fts5Tokenizer*, void* context, int flags, const char* text, int length,
                  int (*emit)(void*, int, const char*, int, int, int))
{
    try {
        if ((flags & FTS5_TOKENIZE_QUERY) != 0) {
            return length == 0 ? SQLITE_OK : emit(context, 0, text, length, 0, length);
        }
        return emitTokens(context, text, length, splitParts, false, emit);
    } catch (...) {
        return SQLITE_ERROR;
    }
}

// A word's third use in a body says little more, its second in a title nothing: the first
// column (the title) counts one hit at most.
constexpr double kHitCap = 2;
constexpr double kTitleHitCap = 1;

double capOf(int column)
{
    return column == 0 ? kTitleHitCap : kHitCap;
}

double saturated(double hits)
{
    return hits / (hits + 1.2);
}

// Adds up, per phrase, the column weights times a saturating count of its hits in the row.
void rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* result, int weightCount,
          sqlite3_value** weights)
{
    constexpr int kMaxColumns = 8;
    double score = 0;
    for (int phrase = 0; phrase < api->xPhraseCount(fts); ++phrase) {
        double hits[kMaxColumns] = {};
        Fts5PhraseIter it;
        int column = 0;
        int offset = 0;
        for (api->xPhraseFirst(fts, phrase, &it, &column, &offset); column >= 0;
             api->xPhraseNext(fts, &it, &column, &offset)) {
            if (column < kMaxColumns && hits[column] < capOf(column)) {
                ++hits[column];
            }
        }
        for (int c = 0; c < kMaxColumns; ++c) {
            const double weight = c < weightCount ? sqlite3_value_double(weights[c]) : 1.0;
            score += weight * saturated(hits[c]);
        }
    }
    sqlite3_result_double(result, score);
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

std::vector<SearchToken> splitParts(std::string_view text)
{
    const std::string folded = searchText(text);
    std::vector<SearchToken> windows;
    (void)forEachTrigram(folded, [&](std::size_t begin, std::size_t end) {
        windows.push_back({folded.substr(begin, end - begin), 0, 0});
        return 0;
    });
    return windows;
}

double bestRankPerPhrase(double titleWeight, double bodyWeight)
{
    return titleWeight * saturated(capOf(0)) + bodyWeight * saturated(capOf(1));
}

void registerSearchExtensions(sqlite3* db)
{
    fts5_api* api = fts5Api(db);
    if (!api) {
        throw Error(ErrorCategory::Database, "This SQLite has no FTS5; Banthuek's search needs it.");
    }
    fts5_tokenizer words{&create, &destroy, &tokenize};
    fts5_tokenizer parts{&create, &destroy, &tokenizeParts};
    if (api->xCreateTokenizer(api, kSearchTokenizer, nullptr, &words, nullptr) != SQLITE_OK ||
        api->xCreateTokenizer(api, kPartsTokenizer, nullptr, &parts, nullptr) != SQLITE_OK ||
        api->xCreateFunction(api, kRankFunction, nullptr, &rank, nullptr) != SQLITE_OK) {
        throw Error(ErrorCategory::Database, "Could not register the search tokenizers.");
    }
}

} // namespace banthuek::core
