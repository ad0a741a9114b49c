// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imports/markdowndialog.h"

#include "ui/session/session.h"
#include "ui/widgets/kindcombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QTreeWidget>

namespace banthuek::ui {
namespace {

enum Column { FileColumn, TitleColumn, CommentsColumn, FilesColumn, OutcomeColumn };

QString outcomeText(core::ImportOutcome outcome)
{
    switch (outcome) {
    case core::ImportOutcome::Created:
        return MarkdownImportDialog::tr("New note");
    case core::ImportOutcome::Updated:
        return MarkdownImportDialog::tr("Updates its note");
    case core::ImportOutcome::Unchanged:
        return MarkdownImportDialog::tr("Already here");
    }
    return {};
}

} // namespace

MarkdownImportDialog::MarkdownImportDialog(Session& session, const QString& folder, QWidget* parent)
    : ImportDialog(session,
                   {tr("Import a Markdown folder"),
                    tr("Notes in %1 come in with their front matter, comments, pictures and links, from a "
                       "Banthuek export, an Obsidian vault or a Joplin export. A note imported before is "
                       "updated, not added again.")
                        .arg(QDir::toNativeSeparators(folder)),
                    {tr("File"), tr("Title"), tr("Comments"), tr("Files"), tr("Import")},
                    TitleColumn,
                    tr("&Skip the files that have problems"),
                    tr("For notes that do not say who wrote them")},
                   parent),
      m_folder(folder), m_kind(makeKindCombo(this))
{
    setObjectName(QStringLiteral("markdownImportDialog"));
    table().setObjectName(QStringLiteral("notesTable"));
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(new QLabel(tr("Notes that do not say are:"), this));
    kindRow->addWidget(m_kind);
    kindRow->addStretch();
    auto* layout = qobject_cast<QBoxLayout*>(this->layout());
    layout->insertLayout(layout->count() - 1, kindRow);
    preview();
}

core::MarkdownImportOptions MarkdownImportDialog::options() const
{
    core::MarkdownImportOptions options;
    options.author = author();
    options.placeCodes = placeCodes();
    options.skipBad = skipBad();
    options.kind = chosenKind(*m_kind);
    return options;
}

void MarkdownImportDialog::preview()
{
    core::MarkdownImportOptions dryRun = options();
    dryRun.dryRun = true;
    dryRun.skipBad = true; // every file's fate, good and bad
    const auto read = m_session.importMarkdown(m_folder, dryRun);
    table().clear();
    if (!read) {
        showCounts(0, 0);
        return;
    }
    for (const core::MarkdownImported& note : read->notes) {
        auto* row = new QTreeWidgetItem(&table());
        row->setText(FileColumn, QString::fromStdString(note.file));
        row->setText(TitleColumn, QString::fromStdString(note.title));
        row->setText(CommentsColumn, QString::number(note.comments));
        row->setText(FilesColumn, QString::number(note.files));
        row->setText(OutcomeColumn, outcomeText(note.outcome));
    }
    for (const core::FileProblem& problem : read->problems) {
        addProblemRow(problem.file, problem.why, tr("Cannot import"), TitleColumn);
    }
    showCounts(static_cast<int>(read->notes.size()), static_cast<int>(read->problems.size()));
}

QString MarkdownImportDialog::summaryText(int good, int bad) const
{
    if (good == 0 && bad == 0) {
        return tr("There are no Markdown notes (.md) in this folder.");
    }
    if (bad == 0) {
        return tr("%n note(s) ready to import.", nullptr, good);
    }
    if (good == 0) {
        return tr("None of these files can be imported.");
    }
    return tr("%n file(s) have problems: nothing is imported unless you skip them.", nullptr, bad);
}

bool MarkdownImportDialog::runImport()
{
    m_result = m_session.importMarkdown(m_folder, options());
    return m_result && m_result->written;
}

} // namespace banthuek::ui
