// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: File → Import and Export: writing from elsewhere (GotoKnow posts, Markdown
// folders) coming in, and notes going out as a Markdown folder or, one, as HTML to paste.
#include "ui/imports/gotoknowdialog.h"
#include "ui/imports/markdowndialog.h"
#include "ui/imports/publishdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/notes/noteeditor.h"
#include "ui/notes/notehtml.h"
#include "ui/notes/notelistmodel.h"
#include "ui/session/session.h"
#include "ui/widgets/confirm.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>

namespace banthuek::ui {

void MainWindow::importGotoKnow()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import GotoKnow posts"), QString(), tr("Saved posts (*.txt *.html *.htm);;All files (*)"));
    if (!paths.isEmpty()) {
        importGotoKnowFiles(paths);
    }
}

void MainWindow::importGotoKnowFiles(const QStringList& paths)
{
    m_editor->saveNow();
    GotoKnowDialog dialog(m_session, paths, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.imported()) {
        return;
    }
    const core::GotoKnowImport& result = *dialog.imported();
    int created = 0;
    int comments = 0;
    for (const core::GotoKnowImported& post : result.posts) {
        created += post.outcome == core::GotoKnowImported::Outcome::Created ? 1 : 0;
        comments += post.commentsAdded;
    }
    const int updated = static_cast<int>(result.posts.size()) - created;
    statusBar()->showMessage(tr("Imported %n GotoKnow post(s): %1 new, %2 updated, %3 new comments.", nullptr,
                                static_cast<int>(result.posts.size()))
                                 .arg(created)
                                 .arg(updated)
                                 .arg(comments),
                             10000);
    if (!result.posts.empty()) {
        openNote(QString::fromStdString(result.posts.front().noteId));
    }
}

void MainWindow::publishSite()
{
    m_editor->saveNow();
    PublishDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.published()) {
        return;
    }
    const core::Published& done = *dialog.published();
    statusBar()->showMessage(
        tr("Published %n note(s) with %1 place pages and %2 theme pages.", nullptr, done.notes)
            .arg(done.places)
            .arg(done.themes),
        10000);
    if (!answeringAutomatically() && confirm(this, tr("Publish as a website"),
                                             tr("The website is ready. Open it in the browser?"), true)) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(dialog.indexPage()));
    }
}

void MainWindow::copyNoteAsHtml()
{
    m_editor->saveNow();
    const QString id = m_editor->noteId();
    const auto note = m_session.read([&] { return m_session.notebook().notes().get(id.toStdString()); });
    if (id.isEmpty() || !note) {
        statusBar()->showMessage(tr("Open a note to copy it."), 5000);
        return;
    }
    QGuiApplication::clipboard()->setMimeData(noteMimeData(m_session, *note, m_preferences));
    statusBar()->showMessage(tr("Copied “%1” as HTML: paste it into a blog, Facebook or a Word file.")
                                 .arg(QString::fromStdString(note->content.title)),
                             8000);
}

void MainWindow::importMarkdown()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder of Markdown notes"));
    if (!folder.isEmpty()) {
        importMarkdownFolder(folder);
    }
}

void MainWindow::importMarkdownFolder(const QString& folder)
{
    m_editor->saveNow();
    MarkdownImportDialog dialog(m_session, folder, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.imported()) {
        return;
    }
    const core::MarkdownImport& result = *dialog.imported();
    int created = 0;
    for (const core::MarkdownImported& note : result.notes) {
        created += note.outcome == core::ImportOutcome::Created ? 1 : 0;
    }
    statusBar()->showMessage(tr("Imported %n Markdown note(s): %1 new, %2 files, %3 new themes.", nullptr,
                                static_cast<int>(result.notes.size()))
                                 .arg(created)
                                 .arg(result.filesStored)
                                 .arg(result.themesCreated),
                             10000);
    if (!result.notes.empty()) {
        openNote(QString::fromStdString(result.notes.front().noteId));
    }
}

void MainWindow::exportMarkdown()
{
    m_editor->saveNow();
    core::NoteFilter shown = m_listModel->filter();
    shown.trash = core::TrashFilter::Exclude;
    const auto count = [this](const core::NoteFilter& filter) {
        return static_cast<int>(
            m_session.read([&] { return m_session.notebook().notes().count(filter); }).value_or(0));
    };
    const int inList = count(shown);
    const int all = count({});
    core::NoteFilter chosen;
    if (inList < all) {
        QMessageBox which(QMessageBox::Question, tr("Export as Markdown"),
                          tr("Which notes should be exported?"), QMessageBox::Cancel, this);
        QPushButton* listed =
            which.addButton(tr("The %n note(s) in the list", nullptr, inList), QMessageBox::AcceptRole);
        QPushButton* everything =
            which.addButton(tr("All %n note(s)", nullptr, all), QMessageBox::AcceptRole);
        which.setDefaultButton(listed);
        which.exec();
        if (which.clickedButton() != listed && which.clickedButton() != everything) {
            return;
        }
        chosen = which.clickedButton() == listed ? shown : core::NoteFilter{};
    }
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Export as Markdown: choose or make an empty folder"));
    if (!folder.isEmpty()) {
        exportMarkdownTo(folder, chosen);
    }
}

bool MainWindow::exportMarkdownTo(const QString& folder, const core::NoteFilter& filter)
{
    core::MarkdownExportOptions options;
    options.filter = filter;
    const QDir target(folder);
    if (target.exists() && !target.isEmpty()) {
        if (!confirm(this, tr("Export as Markdown"),
                     tr("%1 is not empty. Write the notes into it anyway? Files of the same name are "
                        "replaced.")
                         .arg(QDir::toNativeSeparators(folder)))) {
            return false;
        }
        options.force = true;
    }
    const auto result = m_session.exportMarkdown(folder, options);
    if (!result) {
        return false;
    }
    statusBar()->showMessage(
        tr("Exported %n note(s), %1 files and %2 comments to %3.", nullptr, result->notes)
            .arg(result->files)
            .arg(result->comments)
            .arg(QDir::toNativeSeparators(folder)),
        10000);
    return true;
}

} // namespace banthuek::ui
