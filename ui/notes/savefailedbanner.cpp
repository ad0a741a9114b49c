// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/savefailedbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace banthuek::ui {

SaveFailedBanner::SaveFailedBanner(QWidget* parent) : QWidget(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("saveFailedBanner"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("background: #f8d7da; color: #58151c;"));
    m_label->setObjectName(QStringLiteral("saveFailedReason"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    auto* retry = new QPushButton(tr("Try again now"), this);
    retry->setObjectName(QStringLiteral("retrySaveButton"));
    auto* saveText = new QPushButton(tr("Save the text to a file…"), this);
    saveText->setObjectName(QStringLiteral("saveTextButton"));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(retry);
    buttons->addWidget(saveText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_label, 1);
    layout->addLayout(buttons);
    connect(retry, &QPushButton::clicked, this, &SaveFailedBanner::retry);
    connect(saveText, &QPushButton::clicked, this, &SaveFailedBanner::saveText);
    hide();
}

void SaveFailedBanner::showReason(const QString& reason)
{
    // Short: on a 768-pixel screen the form has little height to spare for it.
    m_label->setText(tr("This note is not saved. %1\nYour text stays in this window and is saved by itself "
                        "as soon as the disk has room or is back; do not close the window.")
                         .arg(reason));
    show();
}

} // namespace banthuek::ui
