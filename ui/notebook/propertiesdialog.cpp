// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notebook/propertiesdialog.h"

#include "core/schema/migrations.h"
#include "ui/session/backgroundreader.h"
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
#include <QPushButton>

namespace banthuek::ui {
namespace {

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
    : QDialog(parent), m_session(session), m_report(new QPlainTextEdit(this)), m_check(nullptr),
      m_reader(new BackgroundReader(session.path(), this))
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
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_check = buttons->addButton(tr("Check integrity"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(QStringLiteral("checkButton"));
    form->addRow(buttons);
    connect(m_check, &QPushButton::clicked, this, &PropertiesDialog::runCheck);
    connect(m_reader, &BackgroundReader::failed, this, [this](const QString& message) {
        m_report->setPlainText(tr("The check could not finish: %1").arg(message));
        emit checked(false);
    });
    connect(m_reader, &BackgroundReader::finished, this, [this] { m_check->setEnabled(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    sizeToScreen(this, {560, 420});
}

void PropertiesDialog::runCheck()
{
    m_check->setEnabled(false);
    m_report->setPlainText(tr("Checking: reading the whole notebook..."));
    m_reader->start<core::CheckReport>(
        [](const core::Notebook& notebook, const BackgroundReader::Progress&) { return notebook.check(); },
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
    m_report->setPlainText(lines.join(QLatin1Char('\n')));
    emit checked(report.sound());
}

} // namespace banthuek::ui
