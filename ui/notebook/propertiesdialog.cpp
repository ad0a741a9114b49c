// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notebook/propertiesdialog.h"

#include "core/schema/migrations.h"
#include "ui/session/backgroundtask.h"
#include "ui/session/errortext.h"
#include "ui/session/session.h"
#include "ui/widgets/screenfit.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>

#include <cmath>

namespace banthuek::ui {
namespace {

QString stoppedText()
{
    return PropertiesDialog::tr("Rebuilding was stopped before the end. No note was changed; rebuild "
                                "again to finish.");
}

// The notebook's dictionary (words its spelling check takes as right, the team's): a word added
// by mistake is taken out here.
QWidget* dictionaryEditor(Session& session, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* words = new QComboBox(box);
    words->setObjectName(QStringLiteral("dictionaryWords"));
    auto* remove = new QPushButton(PropertiesDialog::tr("Remove"), box);
    remove->setObjectName(QStringLiteral("dictionaryRemove"));
    layout->addWidget(words, 1);
    layout->addWidget(remove);
    const auto refill = [&session, words, remove] {
        words->clear();
        words->addItems(session.dictionaryWords());
        words->setPlaceholderText(PropertiesDialog::tr("(no words added yet)"));
        remove->setEnabled(words->count() > 0 && !session.readOnly());
    };
    refill();
    QObject::connect(remove, &QPushButton::clicked, box, [&session, words, refill] {
        if (session.removeDictionaryWord(words->currentText())) {
            refill();
        }
    });
    return box;
}

} // namespace

PropertiesDialog::PropertiesDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_report(new QPlainTextEdit(this)),
      m_progress(new QProgressBar(this)), m_check(nullptr), m_rebuild(nullptr),
      m_task(new BackgroundTask(session.path(), this))
{
    setObjectName(QStringLiteral("propertiesDialog"));
    setWindowTitle(tr("Notebook properties"));
    const QString path = session.path();
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    core::NoteFilter all;
    all.trash = core::TrashFilter::Include;
    const auto notes = session.read([&] { return session.notebook().notes().count({}); }).value_or(0);
    const auto everything = session.read([&] { return session.notebook().notes().count(all); }).value_or(0);
    auto* form = new QFormLayout(this);
    auto* pathLabel = new QLabel(path, this);
    pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pathLabel->setWordWrap(true);
    auto* name = new QLineEdit(this);
    name->setObjectName(QStringLiteral("teamNameEdit"));
    name->setPlaceholderText(QFileInfo(path).completeBaseName());
    name->setToolTip(
        tr("Shown in the window's title and at the head of summaries instead of the file's name, "
           "e.g. ทีมคุณอำนวยอำเภอท่าศาลา"));
    if (const auto team = session.team()) {
        name->setText(QString::fromStdString(team->teamName));
    }
    name->setEnabled(!session.readOnly());
    connect(name, &QLineEdit::editingFinished, this, [this, name] {
        const auto team = m_session.team();
        if (team && QString::fromStdString(team->teamName) != name->text().trimmed()) {
            m_session.setTeamName(name->text().trimmed());
        }
    });
    form->addRow(tr("Team's name:"), name);
    form->addRow(tr("File:"), pathLabel);
    form->addRow(tr("Dictionary:"), dictionaryEditor(session, this));
    form->addRow(tr("Size:"), new QLabel(QLocale().formattedDataSize(bytes), this));
    form->addRow(tr("Notes:"),
                 new QLabel(tr("%1 (and %2 in the Trash)").arg(notes).arg(everything - notes), this));
    form->addRow(tr("Format version:"), new QLabel(tr("%1 (this Banthuek writes %2)")
                                                       .arg(session.notebook().schemaVersion())
                                                       .arg(core::latestSchemaVersion()),
                                                   this));
    m_report->setObjectName(QStringLiteral("checkReport"));
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("Press “Check integrity” to read the whole file and verify it."));
    form->addRow(m_report);
    m_progress->setObjectName(QStringLiteral("rebuildProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    form->addRow(m_progress);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_check = buttons->addButton(tr("Check integrity"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_rebuild = buttons->addButton(tr("Rebuild search indexes"), QDialogButtonBox::ActionRole);
    m_rebuild->setObjectName(QStringLiteral("rebuildButton"));
    m_rebuild->setToolTip(tr("Makes the search indexes and the counts of notes by place and theme "
                             "again from the notes, as “banthuek reindex” does: for a search that "
                             "misses notes it should find, or counts that look wrong. Notes are "
                             "not changed."));
    form->addRow(buttons);
    connect(m_check, &QPushButton::clicked, this, &PropertiesDialog::runCheck);
    connect(m_rebuild, &QPushButton::clicked, this, &PropertiesDialog::runRebuild);
    connect(m_task, &BackgroundTask::progress, this, [this](double fraction) {
        m_progress->setValue(static_cast<int>(std::lround(fraction * 1000)));
    });
    connect(m_task, &BackgroundTask::failed, this, [this](const QString& message) {
        if (m_rebuilding) {
            endRebuild(tr("The search indexes could not be rebuilt: %1\nNo note was changed.").arg(message),
                       false, false);
            return;
        }
        m_report->setPlainText(tr("The check could not finish: %1").arg(message));
        emit checked(false);
    });
    connect(m_task, &BackgroundTask::finished, this, [this] {
        if (m_rebuilding) { // neither done nor failed: it was stopped
            endRebuild(stoppedText(), false, true);
        }
        setBusy(false);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setBusy(false);
    sizeToScreen(this, {560, 420});
}

void PropertiesDialog::runCheck()
{
    setBusy(true);
    m_report->setPlainText(tr("Checking: reading the whole notebook..."));
    m_task->start<core::CheckReport>(
        [](const core::Notebook& notebook, const BackgroundTask::Progress&) { return notebook.check(); },
        [this](const core::CheckReport& report) { showReport(report); });
}

void PropertiesDialog::showReport(const core::CheckReport& report)
{
    QStringList lines;
    for (const core::Message& fact : report.facts) {
        lines << tr("ok: %1").arg(userMessage(fact));
    }
    for (const core::Message& problem : report.problems) {
        lines << tr("PROBLEM: %1").arg(userMessage(problem));
    }
    lines << (report.sound() ? tr("The notebook is sound.") : tr("The notebook has problems (see above)."));
    if (!report.sound() && !m_session.readOnly()) {
        lines << tr("Problems in the search indexes or in the counts by place and theme are mended by "
                    "“Rebuild search indexes”.");
    }
    m_report->setPlainText(lines.join(QLatin1Char('\n')));
    emit checked(report.sound());
}

void PropertiesDialog::runRebuild()
{
    if (m_rebuilding) { // the button reads "Stop rebuilding"
        m_task->cancel();
        return;
    }
    m_rebuilding = true;
    setBusy(true);
    m_progress->setValue(0);
    m_progress->show();
    m_session.holdWrites();
    m_report->setPlainText(tr("Rebuilding the search indexes and the counts by place and theme from the "
                              "notes... The window answers meanwhile; changes to notes wait until it "
                              "is done."));
    m_task->startWriting<core::Rebuilt>(
        m_session.notebook(),
        [](core::Notebook& notebook, const BackgroundTask::Progress& progress) {
            return notebook.rebuildDerived(progress);
        },
        [this](const core::Rebuilt& rebuilt) {
            const QLocale locale;
            endRebuild(tr("The search indexes were made again from %1 of text in %2 s, and the notes "
                          "were counted by place and theme again in %3 s.")
                           .arg(locale.formattedDataSize(rebuilt.textBytes))
                           .arg(locale.toString(rebuilt.indexSeconds, 'f', 1))
                           .arg(locale.toString(rebuilt.countSeconds, 'f', 1)),
                       true, true);
        });
}

void PropertiesDialog::endRebuild(const QString& outcome, bool ok, bool changed)
{
    m_rebuilding = false;
    m_progress->hide();
    m_session.releaseWrites(changed);
    m_report->setPlainText(outcome);
    emit rebuilt(ok);
}

void PropertiesDialog::setBusy(bool busy)
{
    m_check->setEnabled(!busy);
    m_rebuild->setText(m_rebuilding ? tr("Stop rebuilding") : tr("Rebuild search indexes"));
    m_rebuild->setEnabled(!m_session.readOnly() && (!busy || m_rebuilding));
}

void PropertiesDialog::done(int result)
{
    if (m_rebuilding) { // closed while rebuilding: stopped (rolled back) before the dialog goes
        m_task->stop();
        endRebuild(stoppedText(), false, true);
    }
    QDialog::done(result);
}

} // namespace banthuek::ui
