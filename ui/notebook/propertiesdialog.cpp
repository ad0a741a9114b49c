// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notebook/propertiesdialog.h"

#include "core/schema/migrations.h"
#include "ui/session/session.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

namespace banthuek::ui {

PropertiesDialog::PropertiesDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_report(new QPlainTextEdit(this))
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
    form->addRow(tr("File:"), pathLabel);
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
    QPushButton* check = buttons->addButton(tr("Check integrity"), QDialogButtonBox::ActionRole);
    check->setObjectName(QStringLiteral("checkButton"));
    form->addRow(buttons);
    connect(check, &QPushButton::clicked, this, &PropertiesDialog::runCheck);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 420);
}

bool PropertiesDialog::runCheck()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::CheckReport report = m_session.notebook().check();
    QApplication::restoreOverrideCursor();
    QStringList lines;
    for (const std::string& fact : report.facts) {
        lines << tr("ok: %1").arg(QString::fromStdString(fact));
    }
    for (const std::string& problem : report.problems) {
        lines << tr("PROBLEM: %1").arg(QString::fromStdString(problem));
    }
    lines << (report.sound() ? tr("The notebook is sound.") : tr("The notebook has problems (see above)."));
    m_report->setPlainText(lines.join(QLatin1Char('\n')));
    return report.sound();
}

} // namespace banthuek::ui
