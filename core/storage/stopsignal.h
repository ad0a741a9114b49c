// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <mutex>

namespace banthuek::core {

class Database;

// Lets another thread stop long work made of SQLite statements (a backup's copy and check, when
// the user would rather close the window now). stop() interrupts the statement running on the
// connection being watched, and the work asks stopped() between its statements, since an
// interrupt reaches only a statement that is running.
class StopSignal final
{
public:
    void stop() noexcept;
    [[nodiscard]] bool stopped() const noexcept { return m_stopped.load(); }

    // While it lives, stop() interrupts `db`. A null signal watches nothing.
    class Watch final
    {
    public:
        Watch(StopSignal* signal, Database& db);
        ~Watch();
        Watch(const Watch&) = delete;
        Watch& operator=(const Watch&) = delete;

    private:
        StopSignal* m_signal;
    };

private:
    std::atomic<bool> m_stopped{false};
    std::mutex m_lock;
    Database* m_watched = nullptr;
};

} // namespace banthuek::core
