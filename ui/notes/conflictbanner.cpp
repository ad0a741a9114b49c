// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/conflictbanner.h"

#include "ui/session/session.h"
#include "ui/widgets/screenfit.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

namespace banthuek::ui {

ConflictBanner::ConflictBanner(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictBanner"));
    setStyleSheet(QStringLiteral("background: #f8d7da; color: #58151c;"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_label->setWordWrap(true);
    auto* button = new QPushButton(tr("Compare…"), this);
    button->setObjectName(QStringLiteral("compareButton"));
    layout->addWidget(m_label, 1);
    layout->addWidget(button);
    connect(button, &QPushButton::clicked, this, &ConflictBanner::compare);
    hide();
}

void ConflictBanner::showFor(const QString& noteId)
{
    m_noteId = noteId;
    m_other.clear();
    QString device;
    for (const core::HistoryEntry& entry : m_session.history(noteId)) {
        if (entry.conflict) {
            m_other = QString::fromStdString(entry.text);
            device = QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.atMs), QLocale::ShortFormat);
        }
    }
    setVisible(!m_other.isNull() && !noteId.isEmpty());
    m_label->setText(
        tr("This note was edited on two laptops at once. This text is current; the other, written "
           "%1, is kept. Compare them to keep one or combine them.")
            .arg(device));
}

void ConflictBanner::compare()
{
    const auto history = m_session.history(m_noteId);
    if (history.empty() || m_other.isNull()) {
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("conflictDialog"));
    dialog.setWindowTitle(tr("Two versions of this note"));
    auto* grid = new QGridLayout(&dialog);
    auto* current = new QPlainTextEdit(QString::fromStdString(history.back().text), &dialog);
    auto* other = new QPlainTextEdit(m_other, &dialog);
    for (QPlainTextEdit* text : {current, other}) {
        text->setReadOnly(true); // select and copy from either into the note to combine them
    }
    grid->addWidget(new QLabel(tr("Current text"), &dialog), 0, 0);
    grid->addWidget(new QLabel(tr("The other laptop's text"), &dialog), 0, 1);
    grid->addWidget(current, 1, 0);
    grid->addWidget(other, 1, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton* keep = buttons->addButton(tr("Keep the current text"), QDialogButtonBox::AcceptRole);
    QPushButton* take = buttons->addButton(tr("Use the other text"), QDialogButtonBox::AcceptRole);
    grid->addWidget(buttons, 2, 0, 1, 2);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    bool useOther = false;
    connect(keep, &QPushButton::clicked, &dialog, &QDialog::accept);
    connect(take, &QPushButton::clicked, &dialog, [&] {
        useOther = true;
        dialog.accept();
    });
    sizeToScreen(&dialog, {900, 520});
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (useOther) {
        emit useText(m_other);
    } else if (m_session.resolveConflicts(m_noteId)) {
        emit resolved();
    }
}

} // namespace banthuek::ui
