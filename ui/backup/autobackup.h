// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

class QThread;
class QWidget;

namespace banthuek::ui {

struct BackupOutcome;

// Where a notebook's backups go: the folder chosen in File → Backups… for this notebook, or
// the default under the user's data folder (never the notebook's own folder).
[[nodiscard]] QString backupFolder(const QString& notebookPath);
void setBackupFolder(const QString& notebookPath, const QString& folder); // empty: the default
[[nodiscard]] bool autoBackupEnabled();                                   // on unless the user turned it off
void setAutoBackupEnabled(bool on);

// The automatic backups: when the window opens on a notebook whose newest backup is over a
// day old (on a thread of its own, through a read-only connection, so typing goes on), and when
// the window closes if the notebook changed since its newest backup. Each is checked before it
// counts, and only then are older ones rotated out (core::makeBackup).
class AutoBackup final : public QObject
{
    Q_OBJECT

public:
    explicit AutoBackup(QString notebookPath, QObject* parent = nullptr);
    ~AutoBackup() override;

    // Starts a backup in the background when automatic backups are on and one is due; false
    // when none was started.
    bool backUpIfDue();
    // Starts one in the background now (File → Backups… → Back up now); false while one runs.
    bool backUpNow();
    // On closing: waits for a backup under way, then backs up when the notebook changed since
    // its newest backup, and returns when it is done (the window painting meanwhile). After half
    // a second a dialog over `window` says so and offers to skip it. True when a backup was made.
    bool backUpOnClose(QWidget* window = nullptr);
    // How long a close's backup runs before its dialog shows (half a second; a test shows it at once).
    void setCloseDialogDelay(int milliseconds) { m_closeDialogDelay = milliseconds; }
    [[nodiscard]] bool busy() const { return m_thread != nullptr; }

signals:
    void backedUp(const QString& path);
    void failed(const QString& message); // in words for the user: the backup and where

private:
    void start();
    // Emits backedUp or failed; true for a backup made.
    bool report(const BackupOutcome& outcome, const QDateTime& snapshot);
    void wait();
    [[nodiscard]] bool changedSinceNewestBackup() const;

    QString m_path;
    QThread* m_thread = nullptr;
    int m_closeDialogDelay = 500;
    bool m_closing = false; // a backup on close is running (its own thread, not m_thread)
    // The last backup this window made and when its snapshot began: a write at or after that
    // moment may have missed it. (Older backups only have the whole seconds of their names.)
    QString m_lastMade;
    QDateTime m_lastSnapshot;
};

} // namespace banthuek::ui
