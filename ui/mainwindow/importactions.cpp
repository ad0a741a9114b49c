// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: File → Import, writing from elsewhere (GotoKnow posts) coming in.
#include "ui/imports/gotoknowdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/notes/noteeditor.h"

#include <QFileDialog>
#include <QStatusBar>

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

} // namespace banthuek::ui
