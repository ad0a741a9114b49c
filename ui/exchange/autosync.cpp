// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/autosync.h"

#include "ui/session/session.h"

#include <QDir>
#include <QSettings>

namespace banthuek::ui {
namespace {

const QString kEnabledKey = QStringLiteral("exchange/autoSync");
const QString kFolderKey = QStringLiteral("exchange/folder");

} // namespace

AutoSync::AutoSync(Session& session, std::function<void()> beforeSync, QObject* parent)
    : QObject(parent), m_session(session), m_beforeSync(std::move(beforeSync))
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AutoSync::syncNow);
    m_timer.start();
    QTimer::singleShot(2000, this, &AutoSync::syncNow); // after the window has painted
}

bool AutoSync::enabled()
{
    return QSettings().value(kEnabledKey, false).toBool();
}

void AutoSync::setEnabled(bool on)
{
    QSettings().setValue(kEnabledKey, on);
}

void AutoSync::syncNow()
{
    const QString folder = QSettings().value(kFolderKey).toString();
    if (!enabled() || folder.isEmpty() || !QDir(folder).exists() || m_session.writesHeld()) {
        return;
    }
    const auto team = m_session.team();
    if (!team || !team->inTeam()) {
        return;
    }
    if (m_beforeSync) {
        m_beforeSync();
    }
    if (const auto summary = m_session.syncFolder(folder)) {
        const auto& c = summary->imported.changes;
        emit synced(tr("Synced with the team: %1 new notes, %2 changed, %3 new comments.")
                        .arg(c.notesNew)
                        .arg(c.notesUpdated)
                        .arg(c.commentsNew));
    }
}

} // namespace banthuek::ui
