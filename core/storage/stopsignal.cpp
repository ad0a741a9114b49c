// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/stopsignal.h"

#include "core/storage/database.h"

namespace banthuek::core {

void StopSignal::stop() noexcept
{
    m_stopped = true;
    const std::lock_guard guard(m_lock);
    if (m_watched != nullptr) {
        m_watched->interrupt();
    }
}

StopSignal::Watch::Watch(StopSignal* signal, Database& db) : m_signal(signal)
{
    if (m_signal != nullptr) {
        const std::lock_guard guard(m_signal->m_lock);
        m_signal->m_watched = &db;
    }
}

StopSignal::Watch::~Watch()
{
    if (m_signal != nullptr) {
        const std::lock_guard guard(m_signal->m_lock);
        m_signal->m_watched = nullptr;
    }
}

} // namespace banthuek::core
