// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace banthuek::ui {

class Session;

// Syncs with the team's shared folder when the window opens and every 15 minutes, when the
// user asked for it in the exchange dialog. A folder that is not there (a USB stick taken out)
// is passed over quietly.
class AutoSync final : public QObject
{
    Q_OBJECT

public:
    // `beforeSync` saves what is being typed, so it goes out and what comes in meets a saved note.
    AutoSync(Session& session, std::function<void()> beforeSync, QObject* parent = nullptr);

    static constexpr int kIntervalMs = 15 * 60 * 1000;
    [[nodiscard]] static bool enabled();
    static void setEnabled(bool on);

    void syncNow();

signals:
    void synced(const QString& summary);

private:
    Session& m_session;
    std::function<void()> m_beforeSync;
    QTimer m_timer;
};

} // namespace banthuek::ui
