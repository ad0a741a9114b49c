// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imports/gotoknowdialog.h"

#include "ui/session/session.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QPushButton>
#include <QTreeWidget>

namespace banthuek::ui {
namespace {

enum Column { FileColumn, NumberColumn, TitleColumn, CommentsColumn, OutcomeColumn };

QString outcomeText(core::ImportOutcome outcome)
{
    return outcome == core::ImportOutcome::Created ? GotoKnowDialog::tr("New note")
                                                   : GotoKnowDialog::tr("Updates its note");
}

} // namespace

GotoKnowDialog::GotoKnowDialog(Session& session, const QStringList& paths, QWidget* parent)
    : ImportDialog(session,
                   {tr("Import GotoKnow posts"),
                    tr("Posts saved from GotoKnow as text or as web pages come in with their dates, "
                       "keywords and comments. A post imported before is updated, not added again."),
                    {tr("File"), tr("No."), tr("Title"), tr("Comments"), tr("Import")},
                    TitleColumn,
                    tr("&Skip the files that are not posts"),
                    tr("Who wrote the posts (a saved page does not say)")},
                   parent)
{
    setObjectName(QStringLiteral("gotoKnowDialog"));
    table().setObjectName(QStringLiteral("postsTable"));
    QPushButton* more = buttons().addButton(tr("&Add files…"), QDialogButtonBox::ActionRole);
    connect(more, &QPushButton::clicked, this, &GotoKnowDialog::chooseMore);
    addFiles(paths);
}

void GotoKnowDialog::addFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        if (!m_paths.contains(path)) {
            m_paths << path;
        }
    }
    preview();
}

void GotoKnowDialog::chooseMore()
{
    addFiles(QFileDialog::getOpenFileNames(this, tr("Import GotoKnow posts"), QString(),
                                           tr("Saved posts (*.txt *.html *.htm);;All files (*)")));
}

void GotoKnowDialog::preview()
{
    core::GotoKnowImportOptions dryRun;
    dryRun.dryRun = true;
    const auto read = m_session.importGotoKnow(m_paths, dryRun);
    table().clear();
    if (!read) {
        showCounts(0, 0);
        return;
    }
    for (const core::GotoKnowImported& post : read->posts) {
        auto* row = new QTreeWidgetItem(&table());
        row->setText(FileColumn, QString::fromStdString(post.file));
        row->setText(NumberColumn, QString::number(post.number));
        row->setText(TitleColumn, QString::fromStdString(post.title));
        row->setText(CommentsColumn, QString::number(post.comments));
        row->setText(OutcomeColumn, outcomeText(post.outcome));
    }
    for (const core::FileProblem& problem : read->problems) {
        addProblemRow(problem.file, problem.why, tr("Not a post"), TitleColumn);
    }
    showCounts(static_cast<int>(read->posts.size()), static_cast<int>(read->problems.size()));
}

QString GotoKnowDialog::summaryText(int good, int bad) const
{
    if (good == 0 && bad == 0) {
        return tr("Choose the posts to import with Add files.");
    }
    if (bad == 0) {
        return tr("%n post(s) ready to import.", nullptr, good);
    }
    if (good == 0) {
        return tr("None of these files is a GotoKnow post.");
    }
    return tr("%n file(s) are not GotoKnow posts: nothing is imported unless you skip them.", nullptr, bad);
}

bool GotoKnowDialog::runImport()
{
    core::GotoKnowImportOptions options;
    options.author = author();
    options.placeCodes = placeCodes();
    options.skipBad = skipBad();
    m_result = m_session.importGotoKnow(m_paths, options);
    return m_result && m_result->written;
}

} // namespace banthuek::ui
