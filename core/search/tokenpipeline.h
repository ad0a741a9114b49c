// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/search/tokenizer.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace banthuek::core {

// Rebuilding an index, SQLite's thread spends about half its time splitting text into tokens
// and half storing them. This splits the texts ahead on a second thread (the machine has two
// cores): `next` yields the texts in the order FTS5 will ask for them, `split` tokenizes one.
// While a pipeline is installed on a thread (Install), Banthuek's FTS5 tokenizers take the
// prepared tokens for a text that is next in line, and split anything else themselves, so a
// text out of order costs time, never correctness.
class TokenPipeline final {
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
    class Install final {
    public:
        explicit Install(TokenPipeline& pipeline);
        ~Install();
        Install(const Install&) = delete;
        Install& operator=(const Install&) = delete;

    private:
        TokenPipeline* m_previous;
    };

private:
    struct Prepared {
        std::string text;
        std::vector<SearchToken> tokens;
    };
    void produce(Next next, Split split);

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Prepared> m_queue;
    bool m_done = false;
    bool m_stop = false;
    Prepared m_current;
    std::thread m_thread;
};

} // namespace banthuek::core
