// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/backupsdialog.h"

#include "core/backup/backups.h"
#include "ui/backup/autobackup.h"
#include "ui/preferences/preferences.h"
#include "ui/session/errortext.h"
#include "ui/widgets/screenfit.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace banthuek::ui {
namespace {

enum Column { Taken, Size, Notes };
constexpr int kPathRole = Qt::UserRole;
constexpr int kTakenRole = Qt::UserRole + 1;

} // namespace

BackupsDialog::BackupsDialog(QString notebookPath, AutoBackup& backups, QWidget* parent)
    : QDialog(parent), m_path(std::move(notebookPath)), m_backups(backups), m_folder(new QLabel(this)),
      m_automatic(new QCheckBox(tr("Back up automatically: once a day when the notebook opens, and when the "
                                   "window closes after changes"),
                                this)),
      m_list(new QTreeWidget(this)), m_backUp(new QPushButton(tr("&Back up now"), this)),
      m_restore(new QPushButton(tr("&Restore as a new notebook…"), this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("backupsDialog"));
    setWindowTitle(tr("Backups of %1").arg(QFileInfo(m_path).completeBaseName()));
    auto* layout = new QVBoxLayout(this);

    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_folder);
    auto* folderButtons = new QHBoxLayout;
    auto* change = new QPushButton(tr("&Change folder…"), this);
    auto* byDefault = new QPushButton(tr("Use the &default folder"), this);
    auto* open = new QPushButton(tr("&Open folder"), this);
    folderButtons->addWidget(change);
    folderButtons->addWidget(byDefault);
    folderButtons->addWidget(open);
    folderButtons->addStretch();
    layout->addLayout(folderButtons);
    m_automatic->setChecked(autoBackupEnabled());
    layout->addWidget(m_automatic);

    m_list->setObjectName(QStringLiteral("backupsList"));
    m_list->setHeaderLabels({tr("Taken"), tr("Size"), tr("Notes")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Taken, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(Size, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Notes, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    m_status->setObjectName(QStringLiteral("backupsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_backUp, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    connect(change, &QPushButton::clicked, this, &BackupsDialog::chooseFolder);
    connect(byDefault, &QPushButton::clicked, this, [this] { useFolder({}); });
    connect(open, &QPushButton::clicked, this, [this] {
        const QString folder = backupFolder(m_path);
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    connect(m_automatic, &QCheckBox::toggled, this, [](bool on) { setAutoBackupEnabled(on); });
    connect(m_backUp, &QPushButton::clicked, this, [this] {
        if (m_backups.backUpNow()) {
            m_backUp->setEnabled(false);
            m_status->setText(tr("Backing up: copying the notebook and checking the copy…"));
        }
    });
    connect(&m_backups, &AutoBackup::backedUp, this, [this](const QString& path) {
        refresh();
        m_status->setText(tr("Backed up and checked: %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(&m_backups, &AutoBackup::failed, this, [this](const QString& message) {
        refresh();
        m_status->setText(message);
    });
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::chooseRestore);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(m_list->currentItem() != nullptr); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    sizeToScreen(this, {640, 460});
}

QString BackupsDialog::status() const
{
    return m_status->text();
}

void BackupsDialog::refresh()
{
    const QString folder = backupFolder(m_path);
    m_folder->setText(tr("Backups of this notebook are kept in %1").arg(QDir::toNativeSeparators(folder)));
    m_backUp->setEnabled(!m_backups.busy());
    m_list->clear();
    const Preferences preferences = Preferences::load();
    const QLocale locale;
    QApplication::setOverrideCursor(Qt::WaitCursor); // each backup is opened to count its notes
    const auto backups = core::listBackups(m_path.toStdString(), folder.toStdString(), true);
    QApplication::restoreOverrideCursor();
    for (const core::Backup& backup : backups) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(Taken, preferences.formatTime(backup.takenAt * 1000));
        item->setText(Size, locale.formattedDataSize(static_cast<qint64>(backup.bytes)));
        item->setText(Notes, backup.notes < 0 ? tr("unreadable") : locale.toString(backup.notes));
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(Notes, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(Taken, kPathRole, QString::fromStdString(backup.path));
        item->setData(Taken, kTakenRole, QVariant::fromValue<qint64>(backup.takenAt));
        item->setToolTip(Taken, QDir::toNativeSeparators(QString::fromStdString(backup.path)));
    }
    if (backups.empty()) {
        m_status->setText(tr("No backups yet in this folder."));
    }
    m_list->setCurrentItem(m_list->topLevelItem(0));
    m_restore->setEnabled(m_list->currentItem() != nullptr);
}

void BackupsDialog::useFolder(const QString& folder)
{
    setBackupFolder(m_path, folder);
    refresh();
}

void BackupsDialog::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Keep the backups in"), backupFolder(m_path));
    if (folder.isEmpty()) {
        return;
    }
    if (QFileInfo(folder).absoluteFilePath() == QFileInfo(m_path).absolutePath()) {
        QMessageBox::warning(this, tr("Backups"),
                             tr("Choose another folder than the notebook's own: a backup beside the "
                                "notebook is lost with it."));
        return;
    }
    useFolder(folder);
}

QString BackupsDialog::suggestedRestorePath(qint64 takenAt) const
{
    const QFileInfo notebook(m_path);
    const QString taken = QDateTime::fromSecsSinceEpoch(takenAt).toString(QStringLiteral("yyyy-MM-dd"));
    QString name = tr("%1 (restored from %2)").arg(notebook.completeBaseName(), taken);
    QString candidate = notebook.dir().filePath(name + QStringLiteral(".banthuek"));
    for (int serial = 2; QFileInfo::exists(candidate); ++serial) {
        candidate = notebook.dir().filePath(QStringLiteral("%1 %2.banthuek").arg(name).arg(serial));
    }
    return candidate;
}

void BackupsDialog::chooseRestore()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item) {
        return;
    }
    const QString backup = item->data(Taken, kPathRole).toString();
    QString target =
        QFileDialog::getSaveFileName(this, tr("Restore as a new notebook"),
                                     suggestedRestorePath(item->data(Taken, kTakenRole).toLongLong()),
                                     tr("Banthuek notebooks (*.banthuek)"), nullptr,
                                     QFileDialog::DontConfirmOverwrite); // restoring never overwrites
    if (!target.isEmpty() && !target.endsWith(QStringLiteral(".banthuek"))) {
        target += QStringLiteral(".banthuek"); // a name typed without it would not open by a double-click
    }
    if (target.isEmpty() || !restoreTo(backup, target)) {
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Backups"),
        tr("The backup was restored as %1. Open it now?").arg(QDir::toNativeSeparators(target)));
    if (answer == QMessageBox::Yes) {
        emit openRequested(target);
        accept();
    }
}

bool BackupsDialog::restoreTo(const QString& backupPath, const QString& newPath)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        core::restoreBackup(backupPath.toStdString(), newPath.toStdString());
        QApplication::restoreOverrideCursor();
        m_status->setText(tr("Restored as %1").arg(QDir::toNativeSeparators(newPath)));
        return true;
    } catch (const core::Error& failure) {
        QApplication::restoreOverrideCursor();
        m_status->setText(tr("The backup was not restored: %1").arg(userMessage(failure)));
    }
    return false;
}

} // namespace banthuek::ui
