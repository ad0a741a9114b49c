// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/search/tokenizer.h"

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace banthuek::core {

// Rebuilding an index, SQLite's thread spends about half its time splitting text into tokens
// and half storing them. This splits the texts ahead on other threads (two: on the two cores
// here, SQLite's thread waits less for one Thai word-break splitter than for two; where it
// stores faster than two can split, the cores are shared): `next` yields the texts in the order
// FTS5 will ask for them, `split` tokenizes one.
// While a pipeline is installed on a thread (Install), Banthuek's FTS5 tokenizers take the
// prepared tokens for a text that is next in line, and split anything else themselves, so a
// text out of order costs time, never correctness.
class TokenPipeline final
{
public:
    using Next = std::function<std::optional<std::string>()>;
    using Split = std::function<std::vector<SearchToken>(std::string_view)>;

    TokenPipeline(Next next, Split split);
    ~TokenPipeline();
    TokenPipeline(const TokenPipeline&) = delete;
    TokenPipeline& operator=(const TokenPipeline&) = delete;

    // The tokens prepared for `text` if it is the next text in line; nullptr otherwise.
    const std::vector<SearchToken>* take(std::string_view text);

    // The pipeline the calling thread's tokenizers consult, if any.
    static TokenPipeline* installed();

    // Makes a pipeline the calling thread's for the scope.
    class Install final
    {
    public:
        explicit Install(TokenPipeline& pipeline);
        ~Install();
        Install(const Install&) = delete;
        Install& operator=(const Install&) = delete;

    private:
        TokenPipeline* m_previous;
    };

private:
    struct Prepared
    {
        std::string text;
        std::vector<SearchToken> tokens;
        bool split = false; // false when splitting failed: the tokenizer splits it itself
    };
    void produce();

    Next m_next;
    Split m_split;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::map<std::uint64_t, Prepared> m_ready; // by place in line, splitters finishing in any order
    std::uint64_t m_handedOut = 0;             // texts given to splitters so far
    std::uint64_t m_taken = 0;                 // texts passed (taken or skipped) by FTS5
    int m_running = 0;                         // splitters still working
    bool m_sourceDone = false;
    bool m_stop = false;
    Prepared m_current;
    std::vector<std::thread> m_threads;
};

} // namespace banthuek::core
