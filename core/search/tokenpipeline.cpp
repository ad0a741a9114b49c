// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/tokenpipeline.h"

namespace banthuek::core {
namespace {

constexpr std::uint64_t kAhead = 256; // texts split ahead: enough to keep every thread busy
constexpr int kSplitters = 2;
thread_local TokenPipeline* t_installed = nullptr;

} // namespace

TokenPipeline::TokenPipeline(Next next, Split split) : m_next(std::move(next)), m_split(std::move(split))
{
    m_running = kSplitters;
    for (int i = 0; i < kSplitters; ++i) {
        m_threads.emplace_back([this] { produce(); });
    }
}

TokenPipeline::~TokenPipeline()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    for (std::thread& thread : m_threads) {
        thread.join();
    }
}

void TokenPipeline::produce()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_changed.wait(lock, [this] { return m_stop || m_sourceDone || m_handedOut - m_taken < kAhead; });
        if (m_stop || m_sourceDone) {
            break;
        }
        // Texts are read under the lock (reading is a small part of the work), so their place
        // in line is the order `next` gives them.
        std::optional<std::string> text;
        try {
            text = m_next();
        } catch (...) { // the indexing thread splits what is missing itself
        }
        if (!text) {
            m_sourceDone = true;
            break;
        }
        const std::uint64_t place = m_handedOut++;
        lock.unlock();
        Prepared prepared{std::move(*text), {}, false};
        try {
            prepared.tokens = m_split(prepared.text);
            prepared.split = true;
        } catch (...) {
        }
        lock.lock();
        if (place >= m_taken) { // else FTS5 passed it by while it was being split
            m_ready.emplace(place, std::move(prepared));
        }
        m_changed.notify_all();
    }
    --m_running;
    m_changed.notify_all();
}

const std::vector<SearchToken>* TokenPipeline::take(std::string_view text)
{
    std::unique_lock lock(m_mutex);
    // A text FTS5 skipped (empty, say) may sit in front: look a few ahead before giving up.
    for (std::uint64_t look = 0; look < 3; ++look) {
        const std::uint64_t place = m_taken + look;
        // The text at `place` comes unless every splitter has stopped.
        m_changed.wait(lock, [this, place] { return m_ready.contains(place) || m_running == 0; });
        const auto found = m_ready.find(place);
        if (found == m_ready.end()) {
            return nullptr;
        }
        if (found->second.text == text) {
            m_current = std::move(found->second);
            m_ready.erase(m_ready.begin(), std::next(found)); // with any skipped in front
            m_taken = place + 1;
            m_changed.notify_all();
            return m_current.split ? &m_current.tokens : nullptr;
        }
    }
    return nullptr;
}

TokenPipeline* TokenPipeline::installed()
{
    return t_installed;
}

TokenPipeline::Install::Install(TokenPipeline& pipeline) : m_previous(t_installed)
{
    t_installed = &pipeline;
}

TokenPipeline::Install::~Install()
{
    t_installed = m_previous;
}

} // namespace banthuek::core
