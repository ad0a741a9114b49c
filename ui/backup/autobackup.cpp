// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/autobackup.h"

#include "core/backup/backups.h"
#include "core/storage/stopsignal.h"
#include "ui/session/errortext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSettings>
#include <QThread>
#include <QTimer>

#include <memory>

namespace banthuek::ui {

// One backup, made on whichever thread: the backup's path, or why there is none.
struct BackupOutcome
{
    QString made;
    QString error; // in words for the user
};

namespace {

const QString kEnabledKey = QStringLiteral("backups/automatic");

// One key per notebook: its full path, hashed, since QSettings reads '/' in a key as a group.
QString folderKey(const QString& notebookPath)
{
    const QString canonical = QFileInfo(notebookPath).absoluteFilePath();
    return QStringLiteral("backups/folder-") +
           QString::fromLatin1(
               QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString failureText(const QString& detail)
{
    return QObject::tr("The backup was not made: %1").arg(detail);
}

BackupOutcome backUp(const std::string& notebook, const std::string& folder, core::StopSignal* stop = nullptr)
{
    try {
        return {QString::fromStdString(core::makeBackup(notebook, folder, {}, stop).made.path), {}};
    } catch (const core::Error& failure) {
        return {{}, failureText(userMessage(failure))};
    } catch (const std::exception& failure) { // a full disk in the filesystem library, say
        return {{}, failureText(QString::fromLocal8Bit(failure.what()))};
    }
}

} // namespace

QString backupFolder(const QString& notebookPath)
{
    const QString chosen = QSettings().value(folderKey(notebookPath)).toString();
    if (!chosen.isEmpty()) {
        return chosen;
    }
    return QString::fromStdString(core::defaultBackupFolder(notebookPath.toStdString()));
}

void setBackupFolder(const QString& notebookPath, const QString& folder)
{
    QSettings settings;
    if (folder.isEmpty()) {
        settings.remove(folderKey(notebookPath));
    } else {
        settings.setValue(folderKey(notebookPath), folder);
    }
}

bool autoBackupEnabled()
{
    return QSettings().value(kEnabledKey, true).toBool();
}

void setAutoBackupEnabled(bool on)
{
    QSettings().setValue(kEnabledKey, on);
}

AutoBackup::AutoBackup(QString notebookPath, QObject* parent)
    : QObject(parent), m_path(std::move(notebookPath))
{
}

AutoBackup::~AutoBackup()
{
    wait();
}

void AutoBackup::wait()
{
    if (m_thread) {
        m_thread->wait();
        // finished() is queued to this thread; deliver it now so the result is not lost.
        QCoreApplication::sendPostedEvents(this);
    }
}

bool AutoBackup::backUpIfDue()
{
    if (!autoBackupEnabled() || m_thread || m_closing) {
        return false;
    }
    const std::string notebook = m_path.toStdString();
    const std::string folder = backupFolder(m_path).toStdString();
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();
    try {
        if (!core::backupDue(notebook, folder, now)) {
            return false;
        }
    } catch (const core::Error& failure) {
        emit failed(failureText(userMessage(failure)));
        return false;
    }
    start();
    return true;
}

bool AutoBackup::backUpNow()
{
    if (m_thread || m_closing) {
        return false;
    }
    start();
    return true;
}

void AutoBackup::start()
{
    const std::string notebook = m_path.toStdString();
    const std::string folder = backupFolder(m_path).toStdString();
    const QDateTime snapshot = QDateTime::currentDateTime();
    auto outcome = std::make_shared<BackupOutcome>();
    QThread* thread = QThread::create([notebook, folder, outcome] { *outcome = backUp(notebook, folder); });
    m_thread = thread;
    connect(thread, &QThread::finished, this, [this, thread, outcome, snapshot] {
        thread->deleteLater();
        m_thread = nullptr;
        report(*outcome, snapshot);
    });
    thread->start(QThread::LowPriority);
}

bool AutoBackup::report(const BackupOutcome& outcome, const QDateTime& snapshot)
{
    if (!outcome.error.isEmpty()) {
        emit failed(outcome.error);
        return false;
    }
    m_lastMade = outcome.made;
    m_lastSnapshot = snapshot;
    emit backedUp(outcome.made);
    return true;
}

bool AutoBackup::changedSinceNewestBackup() const
{
    const auto backups = core::listBackups(m_path.toStdString(), backupFolder(m_path).toStdString());
    if (backups.empty()) {
        return true;
    }
    // A write reaches the write-ahead log first: the newer of the two files says when.
    QDateTime changed = QFileInfo(m_path).lastModified();
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    if (wal.exists() && wal.lastModified() > changed) {
        changed = wal.lastModified();
    }
    if (QString::fromStdString(backups.front().path) == m_lastMade) {
        return changed >= m_lastSnapshot;
    }
    // The backup's name keeps whole seconds: a change in the same second counts as a change.
    return changed.toSecsSinceEpoch() >= backups.front().takenAt;
}

bool AutoBackup::backUpOnClose(QWidget* window)
{
    wait();
    if (!autoBackupEnabled()) {
        return false;
    }
    if (!changedSinceNewestBackup()) {
        return false;
    }
    // On its own thread, so the window still paints; a large notebook takes seconds (14 s at
    // 100,000 notes), so after a moment a dialog says what is happening and offers to skip it.
    const QDateTime snapshot = QDateTime::currentDateTime();
    const std::string notebook = m_path.toStdString();
    const std::string folder = backupFolder(m_path).toStdString();
    auto stop = std::make_shared<core::StopSignal>();
    auto outcome = std::make_shared<BackupOutcome>();
    // Timers still fire while it runs: the one that backs up soon after opening must not start
    // a second copy beside this one.
    m_closing = true;
    QThread* thread = QThread::create(
        [notebook, folder, stop, outcome] { *outcome = backUp(notebook, folder, stop.get()); });
    QEventLoop loop;
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(m_closeDialogDelay, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents); // most backups end in this half second
    if (!thread->isFinished()) {
        QProgressDialog progress(tr("Backing up the notebook before closing…"), tr("Skip"), 0, 0, window);
        progress.setObjectName(QStringLiteral("closeBackupProgress"));
        progress.setWindowTitle(tr("Backup"));
        progress.setWindowModality(Qt::ApplicationModal); // nothing typed now would be saved
        progress.setAutoReset(false);
        connect(&progress, &QProgressDialog::canceled, &loop, [stop] { stop->stop(); });
        progress.show();
        loop.exec();
    }
    thread->wait();
    delete thread;
    m_closing = false;
    if (stop->stopped()) {
        return false; // skipped: nothing was kept, and the user knows why
    }
    return report(*outcome, snapshot);
}

} // namespace banthuek::ui
