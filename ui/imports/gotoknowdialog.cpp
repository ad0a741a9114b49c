// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imports/gotoknowdialog.h"

#include "ui/places/placesfield.h"
#include "ui/session/errortext.h"
#include "ui/session/session.h"
#include "ui/widgets/chipsfield.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace banthuek::ui {
namespace {

enum Column { FileColumn, NumberColumn, TitleColumn, CommentsColumn, OutcomeColumn };

QString outcomeText(core::GotoKnowImported::Outcome outcome)
{
    return outcome == core::GotoKnowImported::Outcome::Created ? GotoKnowDialog::tr("New note")
                                                               : GotoKnowDialog::tr("Updates its note");
}

} // namespace

GotoKnowDialog::GotoKnowDialog(Session& session, const QStringList& paths, QWidget* parent)
    : QDialog(parent), m_session(session), m_table(new QTreeWidget(this)), m_author(new QLineEdit(this)),
      m_places(makePlacesField(session, this)),
      m_skipBad(new QCheckBox(tr("&Skip the files that are not posts"), this)), m_summary(new QLabel(this)),
      m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("gotoKnowDialog"));
    setWindowTitle(tr("Import GotoKnow posts"));
    resize(820, 480);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Posts saved from GotoKnow as text or as web pages come in with their dates, "
                                "keywords and comments. A post imported before is updated, not added again."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(QStringLiteral("postsTable"));
    m_table->setRootIsDecorated(false);
    m_table->setHeaderLabels({tr("File"), tr("No."), tr("Title"), tr("Comments"), tr("Import")});
    m_table->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->header()->setStretchLastSection(false);
    layout->addWidget(m_table, 1);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_skipBad->setObjectName(QStringLiteral("skipBadCheck"));
    layout->addWidget(m_skipBad);
    auto* form = new QFormLayout;
    m_author->setObjectName(QStringLiteral("authorEdit"));
    m_author->setPlaceholderText(tr("Who wrote the posts (a saved page does not say)"));
    if (const auto team = m_session.team()) {
        m_author->setText(QString::fromStdString(team->userName));
    }
    form->addRow(tr("&Written by:"), m_author);
    m_places->setObjectName(QStringLiteral("placesField"));
    form->addRow(tr("&About places:"), m_places);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* more = buttons->addButton(tr("&Add files…"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(more, &QPushButton::clicked, this, &GotoKnowDialog::chooseMore);
    connect(m_import, &QPushButton::clicked, this, &GotoKnowDialog::importNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_skipBad, &QCheckBox::toggled, this, &GotoKnowDialog::updateButtons);
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

core::GotoKnowImportOptions GotoKnowDialog::options() const
{
    core::GotoKnowImportOptions options;
    options.author = m_author->text().trimmed().toStdString();
    for (const QString& code : m_places->keys()) {
        options.placeCodes.push_back(code.toStdString());
    }
    options.skipBad = m_skipBad->isChecked();
    return options;
}

void GotoKnowDialog::preview()
{
    core::GotoKnowImportOptions dryRun;
    dryRun.dryRun = true;
    m_preview = m_session.importGotoKnow(m_paths, dryRun);
    m_table->clear();
    if (!m_preview) {
        updateButtons();
        return;
    }
    for (const core::GotoKnowImported& post : m_preview->posts) {
        auto* row = new QTreeWidgetItem(m_table);
        row->setText(FileColumn, QString::fromStdString(post.file));
        row->setText(NumberColumn, QString::number(post.number));
        row->setText(TitleColumn, QString::fromStdString(post.title));
        row->setText(CommentsColumn, QString::number(post.comments));
        row->setText(OutcomeColumn, outcomeText(post.outcome));
    }
    for (const core::FileProblem& problem : m_preview->problems) {
        auto* row = new QTreeWidgetItem(m_table);
        row->setText(FileColumn, QFileInfo(QString::fromStdString(problem.file)).fileName());
        row->setText(TitleColumn, userMessage(problem.why));
        row->setToolTip(TitleColumn, QString::fromStdString(problem.file) + QStringLiteral("\n") +
                                         userMessage(problem.why));
        row->setText(OutcomeColumn, tr("Not a post"));
        row->setForeground(TitleColumn, palette().brush(QPalette::Disabled, QPalette::Text));
        row->setForeground(OutcomeColumn, QColor(0xB0, 0x20, 0x20));
    }
    for (int column = FileColumn; column <= OutcomeColumn; ++column) {
        if (column != TitleColumn) {
            m_table->resizeColumnToContents(column);
        }
    }
    updateButtons();
}

void GotoKnowDialog::updateButtons()
{
    const int posts = m_preview ? static_cast<int>(m_preview->posts.size()) : 0;
    const int problems = m_preview ? static_cast<int>(m_preview->problems.size()) : 0;
    m_skipBad->setVisible(problems > 0 && posts > 0);
    m_import->setEnabled(posts > 0 && (problems == 0 || m_skipBad->isChecked()));
    if (posts == 0 && problems == 0) {
        m_summary->setText(tr("Choose the posts to import with Add files."));
    } else if (problems == 0) {
        m_summary->setText(tr("%n post(s) ready to import.", nullptr, posts));
    } else if (posts == 0) {
        m_summary->setText(tr("None of these files is a GotoKnow post."));
    } else {
        m_summary->setText(tr("%n file(s) are not GotoKnow posts: nothing is imported unless you skip them.",
                              nullptr, problems));
    }
}

void GotoKnowDialog::importNow()
{
    if (!m_import->isEnabled()) {
        return;
    }
    m_result = m_session.importGotoKnow(m_paths, options());
    if (m_result && m_result->written) {
        accept();
    }
}

} // namespace banthuek::ui
