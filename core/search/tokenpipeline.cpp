// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/tokenpipeline.h"

namespace banthuek::core {
namespace {

constexpr std::size_t kAhead = 256; // texts split ahead: enough to keep both threads busy
thread_local TokenPipeline* t_installed = nullptr;

} // namespace

TokenPipeline::TokenPipeline(Next next, Split split)
    : m_thread([this, next = std::move(next), split = std::move(split)]() mutable { produce(std::move(next), std::move(split)); })
{
}

TokenPipeline::~TokenPipeline()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void TokenPipeline::produce(Next next, Split split)
{
    try {
        while (true) {
            std::optional<std::string> text = next();
            if (!text) {
                break;
            }
            Prepared prepared{std::move(*text), {}};
            prepared.tokens = split(prepared.text);
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_queue.size() < kAhead; });
            if (m_stop) {
                return;
            }
            m_queue.push_back(std::move(prepared));
            m_changed.notify_all();
        }
    } catch (...) { // the indexing thread splits what is missing itself
    }
    const std::lock_guard lock(m_mutex);
    m_done = true;
    m_changed.notify_all();
}

const std::vector<SearchToken>* TokenPipeline::take(std::string_view text)
{
    std::unique_lock lock(m_mutex);
    // A text FTS5 skipped (empty, say) may sit in front: look a few ahead before giving up.
    for (std::size_t look = 0; look < 3; ++look) {
        m_changed.wait(lock, [this, look] { return m_queue.size() > look || m_done; });
        if (m_queue.size() <= look) {
            return nullptr;
        }
        if (m_queue[look].text == text) {
            m_current = std::move(m_queue[look]);
            m_queue.erase(m_queue.begin(), m_queue.begin() + static_cast<std::ptrdiff_t>(look) + 1);
            m_changed.notify_all();
            return &m_current.tokens;
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
