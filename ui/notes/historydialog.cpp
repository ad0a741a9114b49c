// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/historydialog.h"

#include "ui/preferences/preferences.h"
#include "ui/session/session.h"
#include "ui/widgets/screenfit.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace banthuek::ui {

HistoryDialog::HistoryDialog(Session& session, const Preferences& preferences, const QString& noteId,
                             QWidget* parent)
    : QDialog(parent), m_session(session), m_list(new QListWidget(this)), m_preview(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Earlier versions"));
    m_revisions = session.read([&] { return session.notebook().notes().revisions(noteId.toStdString()); })
                      .value_or(std::vector<core::Revision>{});
    for (const core::Revision& revision : m_revisions) {
        m_list->addItem(tr("%1 — %2").arg(preferences.formatTime(revision.savedMs),
                                          QString::fromStdString(revision.title)));
    }
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* restore = buttons->addButton(tr("Restore this version"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreRevisionButton"));
    restore->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, [this, restore](int row) {
        show(row);
        restore->setEnabled(row >= 0);
    });
    connect(restore, &QPushButton::clicked, this, [this] { restoreRow(m_list->currentRow()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_revisions.empty()) {
        m_preview->setPlainText(tr("This note has no earlier versions yet."));
    } else {
        m_list->setCurrentRow(0);
    }
    sizeToScreen(this, {820, 520});
}

void HistoryDialog::show(int row)
{
    if (row < 0 || row >= revisionCount()) {
        return;
    }
    const core::Revision& revision = m_revisions[static_cast<std::size_t>(row)];
    m_preview->setMarkdown(QStringLiteral("# ") + QString::fromStdString(revision.title) +
                           QStringLiteral("\n\n") + QString::fromStdString(revision.body));
}

bool HistoryDialog::restoreRow(int row)
{
    if (row < 0 || row >= revisionCount()) {
        return false;
    }
    const bool restored =
        m_session.restoreRevision(m_revisions[static_cast<std::size_t>(row)].id).has_value();
    if (restored) {
        accept();
    }
    return restored;
}

} // namespace banthuek::ui
