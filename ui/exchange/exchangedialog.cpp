// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/exchangedialog.h"

#include "core/people/personstore.h"
#include "ui/exchange/autosync.h"
#include "ui/session/session.h"
#include "ui/widgets/screenfit.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace banthuek::ui {
namespace {

const QString kFolderKey = QStringLiteral("exchange/folder");
const QString kSuffix = QStringLiteral(".banthuek-bundle");

QString thai(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Shows a wait cursor while a bundle is read or written.
class Busy final
{
public:
    Busy() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~Busy() { QApplication::restoreOverrideCursor(); }
    Busy(const Busy&) = delete;
    Busy& operator=(const Busy&) = delete;
};

} // namespace

ExchangeDialog::ExchangeDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_deviceName(new QLineEdit(this)), m_userName(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_team(new QLabel(this)), m_peers(new QLabel(this)),
      m_conflicts(new QLabel(this)), m_create(new QPushButton(tr("Create a team…"), this)),
      m_join(new QPushButton(tr("Join a team…"), this)),
      m_code(new QPushButton(tr("Show the team code…"), this)),
      m_export(new QPushButton(tr("Export a bundle…"), this)),
      m_all(new QCheckBox(tr("Everything (for a new teammate)"), this)),
      m_import(new QPushButton(tr("Import bundles…"), this)), m_sync(new QPushButton(tr("Sync now"), this)),
      m_folder(new QLabel(this)),
      m_autoSync(new QCheckBox(tr("Sync with this folder when Banthuek starts and every 15 minutes"), this)),
      m_report(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("exchangeDialog"));
    setWindowTitle(tr("Exchange with the team"));
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);

    auto* laptop = new QGroupBox(tr("This laptop"), this);
    auto* laptopForm = new QFormLayout(laptop);
    m_deviceName->setObjectName(QStringLiteral("deviceName"));
    m_deviceName->setPlaceholderText(tr("e.g. โน้ตบุ๊กของสมศรี"));
    m_userName->setObjectName(QStringLiteral("userName"));
    m_role->addItem(tr("(not said)"), QString());
    for (const core::KmRole role : {core::KmRole::KhunUea, core::KmRole::KhunAmnuay, core::KmRole::KhunLikhit,
                                    core::KmRole::KhunKij, core::KmRole::Other}) {
        m_role->addItem(thai(core::roleThai(role)), thai(core::roleName(role)));
    }
    auto* saveIdentity = new QPushButton(tr("Save"), laptop);
    laptopForm->addRow(tr("Laptop's name:"), m_deviceName);
    laptopForm->addRow(tr("Your name:"), m_userName);
    laptopForm->addRow(tr("Your KM role:"), m_role);
    laptopForm->addRow(saveIdentity);
    layout->addWidget(laptop);

    auto* team = new QGroupBox(tr("Team"), this);
    auto* teamLayout = new QVBoxLayout(team);
    m_team->setObjectName(QStringLiteral("teamLabel"));
    m_team->setWordWrap(true);
    m_peers->setWordWrap(true);
    auto* teamButtons = new QHBoxLayout;
    teamButtons->addWidget(m_create);
    teamButtons->addWidget(m_join);
    teamButtons->addWidget(m_code);
    teamLayout->addWidget(m_team);
    teamLayout->addWidget(m_peers);
    m_conflicts->setObjectName(QStringLiteral("conflictsLabel"));
    m_conflicts->setWordWrap(true);
    teamLayout->addWidget(m_conflicts);
    teamLayout->addLayout(teamButtons);
    layout->addWidget(team);

    auto* bundles = new QGroupBox(tr("Bundles"), this);
    auto* bundleLayout = new QVBoxLayout(bundles);
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addWidget(m_all);
    exportRow->addStretch();
    auto* importRow = new QHBoxLayout;
    importRow->addWidget(m_import);
    importRow->addWidget(new QLabel(tr("or drop bundle files here"), bundles));
    importRow->addStretch();
    auto* syncRow = new QHBoxLayout;
    auto* chooseFolder = new QPushButton(tr("Shared folder…"), bundles);
    m_folder->setObjectName(QStringLiteral("folderLabel"));
    m_folder->setWordWrap(true);
    syncRow->addWidget(chooseFolder);
    syncRow->addWidget(m_sync);
    syncRow->addWidget(m_folder, 1);
    bundleLayout->addLayout(exportRow);
    bundleLayout->addLayout(importRow);
    bundleLayout->addLayout(syncRow);
    m_autoSync->setChecked(AutoSync::enabled());
    bundleLayout->addWidget(m_autoSync);
    connect(m_autoSync, &QCheckBox::toggled, this, [](bool on) { AutoSync::setEnabled(on); });
    layout->addWidget(bundles);

    m_report->setObjectName(QStringLiteral("exchangeReport"));
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("What comes in from the team is reported here."));
    layout->addWidget(m_report, 1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);

    connect(saveIdentity, &QPushButton::clicked, this, &ExchangeDialog::saveIdentity);
    connect(m_create, &QPushButton::clicked, this, &ExchangeDialog::createTeam);
    connect(m_join, &QPushButton::clicked, this, &ExchangeDialog::joinTeam);
    connect(m_code, &QPushButton::clicked, this, &ExchangeDialog::showCode);
    connect(m_export, &QPushButton::clicked, this, &ExchangeDialog::chooseExport);
    connect(m_import, &QPushButton::clicked, this, &ExchangeDialog::chooseImport);
    connect(chooseFolder, &QPushButton::clicked, this, &ExchangeDialog::chooseFolder);
    connect(m_sync, &QPushButton::clicked, this,
            [this] { syncWith(QSettings().value(kFolderKey).toString()); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    sizeToScreen(this, {640, 620});
}

void ExchangeDialog::refresh()
{
    const auto team = m_session.team();
    if (!team) {
        return;
    }
    m_deviceName->setText(QString::fromStdString(team->deviceName));
    m_userName->setText(QString::fromStdString(team->userName));
    m_role->setCurrentIndex(std::max(0, m_role->findData(QString::fromStdString(team->userRole))));
    const bool inTeam = team->inTeam();
    m_team->setText(inTeam ? tr("Team: %1. This laptop numbers its notes from slot %2.")
                                 .arg(team->teamName.empty() ? QString::fromStdString(team->teamId)
                                                             : QString::fromStdString(team->teamName))
                                 .arg(team->recordSlot)
                           : tr("This notebook works alone. Create a team here, or join your team with the "
                                "code from the team sheet."));
    QStringList peers;
    for (const core::Peer& peer : team->peers) {
        QString name = peer.name.empty() ? QString::fromStdString(peer.deviceId).left(8)
                                         : QString::fromStdString(peer.name);
        if (peer.heardMs) {
            name += tr(" (last heard %1)")
                        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(*peer.heardMs),
                                                QLocale::ShortFormat));
        }
        peers.append(name);
    }
    m_peers->setText(peers.isEmpty() ? QString()
                                     : tr("Teammates heard from: %1").arg(peers.join(QStringLiteral(", "))));
    m_peers->setVisible(!peers.isEmpty());
    const QStringList conflicts = m_session.notesInConflict();
    m_conflicts->setText(conflicts.isEmpty() ? QString()
                                             : tr("Notes edited on two laptops at once, to compare: %1")
                                                   .arg(conflicts.join(QStringLiteral("; "))));
    m_conflicts->setVisible(!conflicts.isEmpty());
    m_create->setEnabled(!inTeam);
    m_join->setEnabled(!inTeam);
    m_code->setEnabled(inTeam);
    m_export->setEnabled(inTeam);
    m_import->setEnabled(inTeam);
    const QString folder = QSettings().value(kFolderKey).toString();
    m_folder->setText(folder.isEmpty() ? tr("No shared folder chosen yet.") : folder);
    m_sync->setEnabled(inTeam && !folder.isEmpty());
}

void ExchangeDialog::saveIdentity()
{
    if (m_session.setIdentity(m_deviceName->text(), m_userName->text(), m_role->currentData().toString())) {
        m_report->appendPlainText(tr("Saved this laptop's name."));
    }
    refresh();
}

void ExchangeDialog::createTeam()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Create a team"), tr("The team's name:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty()) {
        return;
    }
    if (m_session.createTeam(name)) {
        refresh();
        showCode();
    }
}

void ExchangeDialog::joinTeam()
{
    bool ok = false;
    const QString code = QInputDialog::getText(this, tr("Join a team"),
                                               tr("The team code, from the team sheet or the team lead:"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok || code.trimmed().isEmpty()) {
        return;
    }
    if (const auto joined = m_session.joinTeam(code)) {
        m_report->appendPlainText(
            joined->renumbered > 0
                ? tr("Joined the team. %n note(s) written here before took this laptop's team numbers.",
                     nullptr, static_cast<int>(joined->renumbered))
                : tr("Joined the team."));
    }
    refresh();
}

void ExchangeDialog::showCode()
{
    const auto code = m_session.teamCode();
    if (!code) {
        return;
    }
    QMessageBox box(
        QMessageBox::Information, tr("Team code"),
        tr("Give this code to each teammate (print it, or read it out). It lets a notebook join the "
           "team and read the team's bundles, so keep it like a key.\n\n%1")
            .arg(*code),
        QMessageBox::Close, this);
    QPushButton* copy = box.addButton(tr("Copy"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == copy) {
        QApplication::clipboard()->setText(*code);
    }
}

void ExchangeDialog::chooseExport()
{
    const auto team = m_session.team();
    const QString name =
        QString::fromStdString(team && !team->deviceName.empty() ? team->deviceName : "changes");
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                          QLatin1Char('/') + name + QLatin1Char('-') +
                          QDate::currentDate().toString(Qt::ISODate) + kSuffix;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export a bundle"), start,
                                                      tr("Banthuek bundles (*.banthuek-bundle)"));
    if (!path.isEmpty()) {
        exportTo(path.endsWith(kSuffix) ? path : path + kSuffix, m_all->isChecked());
    }
}

void ExchangeDialog::chooseImport()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import bundles"), {},
                                                            tr("Banthuek bundles (*.banthuek-bundle)"));
    if (!paths.isEmpty()) {
        importFiles(paths);
    }
}

void ExchangeDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("The team's shared folder"),
                                                             QSettings().value(kFolderKey).toString());
    if (!folder.isEmpty()) {
        QSettings().setValue(kFolderKey, folder);
        refresh();
    }
}

bool ExchangeDialog::exportTo(const QString& path, bool all)
{
    const Busy busy;
    const auto exported = m_session.exportBundle(path, all);
    if (!exported) {
        return false;
    }
    m_report->appendPlainText(
        tr("Wrote %1: %n change(s), %2.", nullptr, static_cast<int>(exported->rows))
            .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(exported->fileBytes)));
    return true;
}

bool ExchangeDialog::importFiles(const QStringList& paths)
{
    const Busy busy;
    const auto summary = m_session.importBundles(paths);
    if (!summary) {
        return false;
    }
    showArrivals(*summary);
    refresh();
    return true;
}

bool ExchangeDialog::syncWith(const QString& folder)
{
    if (folder.isEmpty()) {
        return false;
    }
    const Busy busy;
    const auto summary = m_session.syncFolder(folder);
    if (!summary) {
        return false;
    }
    QStringList skipped;
    for (const std::string& reason : summary->imported.skipped) {
        skipped.append(QString::fromStdString(reason));
    }
    showArrivals(summary->imported, skipped);
    m_report->appendPlainText(
        tr("Wrote this laptop's bundle: %n change(s).", nullptr, static_cast<int>(summary->written.rows)));
    refresh();
    return true;
}

void ExchangeDialog::showArrivals(const core::BundleImport& summary, const QStringList& skipped)
{
    const core::AppliedChanges& c = summary.changes;
    const auto conflicts = c.bodyConflicts + static_cast<std::int64_t>(c.conflicts.size());
    QStringList lines;
    lines.append(tr("From %n bundle(s):", nullptr, static_cast<int>(summary.bundles)) + QLatin1Char(' ') +
                 tr("%1 new notes, %2 changed, %3 new comments, %4 conflicts, %5 changes already here.")
                     .arg(c.notesNew)
                     .arg(c.notesUpdated)
                     .arg(c.commentsNew)
                     .arg(conflicts)
                     .arg(c.alreadyKnown));
    for (const auto& [author, count] : c.notesByAuthor) {
        lines.append(tr("  %1: %n note(s)", nullptr, static_cast<int>(count))
                         .arg(author.empty() ? tr("(no author)") : QString::fromStdString(author)));
    }
    if (c.bodiesMerged > 0) {
        lines.append(
            tr("  %n note(s) edited on two laptops at once, in different paragraphs: both edits kept.",
               nullptr, static_cast<int>(c.bodiesMerged)));
    }
    if (c.bodyConflicts > 0) {
        lines.append(
            tr("  Notes edited on two laptops at once keep the other text as a revision: look for the "
               "conflict banner."));
    }
    for (const std::string& refused : c.conflicts) {
        lines.append(tr("  Not merged: %1").arg(QString::fromStdString(refused)));
    }
    if (c.waiting > 0) {
        lines.append(tr("  %n change(s) wait for what they belong to; they come with a later bundle.",
                        nullptr, static_cast<int>(c.waiting)));
    }
    for (const QString& reason : skipped) {
        lines.append(tr("  Skipped for now: %1").arg(reason));
    }
    m_report->appendPlainText(lines.join(QLatin1Char('\n')));
}

QString ExchangeDialog::report() const
{
    return m_report->toPlainText();
}

void ExchangeDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void ExchangeDialog::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importFiles(paths);
    }
}

} // namespace banthuek::ui
