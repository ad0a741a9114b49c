// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's menus and the actions behind them.
#include "ui/about/aboutdialog.h"
#include "ui/backup/backupsdialog.h"
#include "ui/comments/commentspanel.h"
#include "ui/exchange/exchangedialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/minutes/actionsdialog.h"
#include "ui/notebook/propertiesdialog.h"
#include "ui/notes/bodyeditor.h"
#include "ui/notes/historydialog.h"
#include "ui/notes/noteeditor.h"
#include "ui/notes/notelistmodel.h"
#include "ui/notes/notelistpane.h"
#include "ui/notes/trashcommand.h"
#include "ui/overview/coveragedialog.h"
#include "ui/overview/pagesummary.h"
#include "ui/overview/staleplacesdialog.h"
#include "ui/people/registerdialog.h"
#include "ui/plans/plandialog.h"
#include "ui/plans/planlinkdialog.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/session/session.h"
#include "ui/sidebar/sidebarmodel.h"
#include "ui/spelling/spellchecker.h"
#include "ui/summary/summarydialog.h"
#include "ui/widgets/confirm.h"

#include <QApplication>
#include <QFileDialog>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

namespace banthuek::ui {

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // What writes to the notebook, switched off when it is open read-only.
    QList<QAction*> writes;
    writes << file->addAction(tr("New &field note"), QKeySequence::New, this,
                              [this] { newNote(core::NoteKind::FieldNote); });
    writes.back()->setObjectName(QStringLiteral("newFieldNoteAction"));
    writes << file->addAction(tr("New &minutes"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), this,
                              [this] { newNote(core::NoteKind::Minutes); });
    file->addAction(tr("&Save now"), QKeySequence::Save, this, [this] { m_editor->saveNow(); });
    file->addSeparator();
    file->addAction(tr("New &notebook…"), this, [this] { chooseNotebook(true); });
    file->addAction(tr("&Open notebook…"), QKeySequence::Open, this, [this] { chooseNotebook(false); });
    QMenu* recent = file->addMenu(tr("Open &recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { buildRecentMenu(recent); });
    QMenu* importing = file->addMenu(tr("&Import"));
    writes << importing->addAction(tr("&GotoKnow posts…"), this, &MainWindow::importGotoKnow);
    writes.back()->setObjectName(QStringLiteral("importGotoKnowAction"));
    writes << importing->addAction(tr("&Markdown folder (Banthuek, Obsidian, Joplin)…"), this,
                                   &MainWindow::importMarkdown);
    writes.back()->setObjectName(QStringLiteral("importMarkdownAction"));
    QMenu* exporting = file->addMenu(tr("&Export"));
    exporting->addAction(tr("&Markdown folder…"), this, &MainWindow::exportMarkdown)
        ->setObjectName(QStringLiteral("exportMarkdownAction"));
    file->addAction(tr("&Print…"), QKeySequence::Print, this, &MainWindow::printCurrent)
        ->setObjectName(QStringLiteral("printAction"));
    file->addAction(tr("&Publish as a website…"), this, &MainWindow::publishSite)
        ->setObjectName(QStringLiteral("publishAction"));
    writes << file->addAction(tr("E&xchange with the team…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                              this, &MainWindow::showExchange);
    file->addAction(tr("Notebook &properties…"), this, &MainWindow::showProperties);
    file->addAction(tr("&Backups…"), this, &MainWindow::showBackups);
    file->addSeparator();
    file->addAction(tr("&Close window"), QKeySequence::Close, this, &QWidget::close);
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Filter notes"), QKeySequence::Find, this, [this] { m_listPane->focusFilter(); });
    edit->addAction(tr("&Search notes"), QKeySequence(Qt::CTRL | Qt::Key_K), this,
                    [this] { m_listPane->focusSearch(); });
    edit->addSeparator();
    edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, &MainWindow::showPreferences);

    QMenu* note = menuBar()->addMenu(tr("&Note"));
    note->addAction(tr("&Rename"), QKeySequence(Qt::Key_F2), this, [this] { m_editor->focusTitle(); });
    writes << note->addAction(tr("Start the &next meeting of this series"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                              &MainWindow::startNextMeeting);
    note->addAction(tr("E&xport minutes (PDF, ODT)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                    &MainWindow::exportMinutes);
    writes << note->addAction(tr("Link to &plan items…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                              this, &MainWindow::linkPlanItems);
    note->addAction(tr("&History…"), QKeySequence(Qt::CTRL | Qt::Key_H), this, &MainWindow::showHistory);
    writes << note->addAction(tr("Insert p&hoto or file…"), this,
                              [this] { m_editor->body()->chooseFiles(); });
    note->addAction(tr("&Copy as HTML (for a blog, Facebook or Word)"), this, &MainWindow::copyNoteAsHtml)
        ->setObjectName(QStringLiteral("copyAsHtmlAction"));
    note->addSeparator();
    writes << note->addAction(tr("Move to &Trash"), QKeySequence::Delete, this, &MainWindow::trashCurrent);
    writes.back()->setObjectName(QStringLiteral("trashAction"));
    writes << note->addAction(tr("R&estore from Trash"), this, &MainWindow::restoreCurrent);
    writes << note->addAction(tr("&Empty Trash…"), this, &MainWindow::emptyTrash);
    for (QAction* write : writes) {
        write->setEnabled(!m_session.readOnly());
    }

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Coverage: places × themes…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                    &MainWindow::showCoverage);
    view->addAction(tr("&Action items…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this,
                    &MainWindow::showActions);
    view->addAction(tr("Places &not visited lately…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this,
                    &MainWindow::showStalePlaces);
    view->addAction(tr("&People and organisations…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                    &MainWindow::showRegister);
    view->addAction(tr("Community &master plan…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this,
                    &MainWindow::showPlan);
    view->addSeparator();
    view->addAction(tr("&Summary for the team leads' meeting…"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this, &MainWindow::showSummary);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Banthuek"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
}

void MainWindow::buildRecentMenu(QMenu* menu)
{
    menu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentNotebooks")).toStringList();
    for (const QString& path : recent) {
        menu->addAction(path, this, [this, path] {
            if (m_opener && path != m_session.path()) {
                m_opener(path, false);
            }
        });
    }
    if (recent.isEmpty()) {
        menu->addAction(tr("(none)"))->setEnabled(false);
    }
}

void MainWindow::showCoverage()
{
    m_editor->saveNow();
    // Non-modal: a team lead reads the notes of a cell with the table still open.
    auto* dialog = new CoverageDialog(
        m_session, m_preferences, [this](const core::NoteFilter& filter) { showNotes(filter); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::linkPlanItems()
{
    if (m_editor->noteId().isEmpty() || !m_editor->saveNow()) {
        return;
    }
    auto* dialog = new PlanLinkDialog(m_session, m_editor->noteId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showPlan()
{
    auto* dialog = new PlanDialog(m_session, m_preferences, this);
    connect(dialog, &PlanDialog::noteChosen, this, &MainWindow::openNote);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showSummary()
{
    m_editor->saveNow(); // the summary counts what was just typed
    auto* dialog = new SummaryDialog(m_session, m_preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::startNextMeeting()
{
    m_editor->saveNow();
    const std::string current = m_editor->noteId().toStdString();
    const core::Notebook& notebook = m_session.notebook();
    const auto details = m_session.read([&] { return notebook.minutes().details(current); });
    if (current.empty() || !details || !details->seriesId) {
        statusBar()->showMessage(
            tr("Open the minutes of a meeting series first: the next meeting starts from them."), 8000);
        return;
    }
    const std::string seriesId = *details->seriesId;
    const auto series = m_session.read([&] { return notebook.minutes().series(); })
                            .value_or(std::vector<core::MeetingSeries>{});
    const auto name =
        std::find_if(series.begin(), series.end(), [&](const auto& s) { return s.id == seriesId; });
    const QString seriesName = name == series.end() ? QString() : QString::fromStdString(name->name);
    const QString followUp = tr("Follow-up from the last meeting");
    // The body lists what is carried, so the note-taker sees it at once.
    core::ActionFilter open;
    open.seriesId = seriesId;
    open.status = core::ActionStatus::Open;
    QString body = QStringLiteral("## %1\n\n").arg(followUp);
    for (const core::ActionRow& row :
         m_session.read([&] { return notebook.actions().list(open, core::today()); })
             .value_or(std::vector<core::ActionRow>{})) {
        body += QStringLiteral("- %1").arg(QString::fromStdString(row.item.text));
        QStringList about;
        if (!row.owner.empty()) {
            about << QString::fromStdString(row.owner);
        }
        if (row.item.due) {
            about << tr("due %1").arg(m_preferences.formatDate(*row.item.due));
        }
        body += about.isEmpty() ? QStringLiteral("\n")
                                : QStringLiteral(" (%1)\n").arg(about.join(QStringLiteral(", ")));
    }
    core::MinutesStore::NextMeeting next{
        tr("%1 no. %2").arg(seriesName).arg(details->number.value_or(0) + 1).toStdString(),
        followUp.toStdString(), m_preferences.defaultAuthor.toStdString(), core::today(), body.toStdString()};
    const auto note = m_session.startNextMeeting(seriesId, next);
    if (!note) {
        return;
    }
    openNote(QString::fromStdString(note->id));
}

void MainWindow::showActions()
{
    m_editor->saveNow();
    auto* dialog = new ActionsDialog(
        m_session, m_preferences, [this](const QString& id) { openNote(id); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showStalePlaces()
{
    m_editor->saveNow();
    auto* dialog = new StalePlacesDialog(
        m_session, m_preferences, [this](const QString& code) { showPlace(code); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showPlace(const QString& code)
{
    const QModelIndex entry = m_sidebarModel->indexFor(SidebarModel::Entry::Place, code);
    if (entry.isValid()) {
        m_sidebar->scrollTo(entry); // opens the province and district above it
        m_sidebar->setCurrentIndex(entry);
    }
}

void MainWindow::showRegister()
{
    m_editor->saveNow(); // a merge may change the open note's tags: its edits are written first
    auto* dialog = new RegisterDialog(
        m_session, [this](const core::NoteFilter& filter) { showPage(filter); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showPage(const core::NoteFilter& filter)
{
    const bool person = filter.personId.has_value();
    const QString id =
        QString::fromStdString(person ? filter.personId.value_or("") : filter.organisationId.value_or(""));
    const QModelIndex entry = m_sidebarModel->indexFor(
        person ? SidebarModel::Entry::Person : SidebarModel::Entry::Organisation, id);
    if (entry.isValid()) {
        m_sidebar->setCurrentIndex(entry);
        return;
    }
    // Someone without notes has no sidebar entry: their page all the same (their details, no notes).
    m_editor->saveNow();
    m_breadcrumb = person ? tr("People") : tr("Organisations");
    m_listPane->setBreadcrumb(m_breadcrumb);
    m_listModel->setFilter(filter);
    m_listPane->setSummary(PageSummary::forFilter(m_session, m_preferences, filter));
    updateTitle();
}

void MainWindow::showNotes(const core::NoteFilter& filter)
{
    QStringList where;
    if (filter.placeCode) {
        where << m_session.placeName(QString::fromStdString(*filter.placeCode));
    }
    if (filter.themeId) {
        where << m_session.themeName(QString::fromStdString(*filter.themeId));
    }
    if (filter.from && filter.to) {
        where << tr("%1 – %2").arg(m_preferences.formatDate(*filter.from),
                                   m_preferences.formatDate(*filter.to));
    }
    m_breadcrumb = tr("Coverage › %1").arg(where.join(QStringLiteral(" › ")));
    m_listPane->setBreadcrumb(m_breadcrumb);
    m_listPane->setSummary({});
    m_listModel->setFilter(filter);
    updateTitle();
}

void MainWindow::chooseNotebook(bool create)
{
    const QString filter = tr("Banthuek notebooks (*.banthuek)");
    const QString path = create ? QFileDialog::getSaveFileName(this, tr("New notebook"), QString(), filter)
                                : QFileDialog::getOpenFileName(this, tr("Open notebook"), QString(), filter);
    if (path.isEmpty() || !m_opener) {
        return;
    }
    const bool hasExtension = path.endsWith(QStringLiteral(".banthuek"));
    m_opener(create && !hasExtension ? path + QStringLiteral(".banthuek") : path, create);
}

void MainWindow::trashCurrent()
{
    const QString id = m_editor->noteId();
    if (id.isEmpty()) {
        return;
    }
    const auto note = m_session.read([&] { return m_session.notebook().notes().get(id.toStdString()); });
    if (!note || note->trashedMs) {
        return;
    }
    m_editor->saveNow();
    const int row = m_listPane->view()->currentIndex().row();
    m_undo->push(new TrashCommand(m_session, id, QString::fromStdString(note->content.title)));
    m_listPane->selectRow(qMin(row, m_listModel->rowCount() - 1));
    statusBar()->showMessage(tr("Moved to Trash. Edit → Undo brings it back."), 8000);
}

void MainWindow::restoreCurrent()
{
    const QString id = m_editor->noteId();
    if (!id.isEmpty() && m_session.restoreNote(id)) {
        statusBar()->showMessage(tr("Restored from Trash."), 5000);
    }
}

void MainWindow::emptyTrash()
{
    core::NoteFilter trash;
    trash.trash = core::TrashFilter::Only;
    const auto count = m_session.read([&] { return m_session.notebook().notes().count(trash); }).value_or(0);
    if (count == 0) {
        statusBar()->showMessage(tr("The Trash is empty."), 5000);
        return;
    }
    if (confirm(this, tr("Empty Trash"),
                tr("Delete %n note(s) in the Trash for good? This cannot be undone.", nullptr,
                   static_cast<int>(count)))) {
        m_undo->clear(); // undoing a trash move is impossible once the note is gone
        m_session.emptyTrash();
    }
}

void MainWindow::showHistory()
{
    if (m_editor->noteId().isEmpty()) {
        return;
    }
    m_editor->saveNow();
    HistoryDialog dialog(m_session, m_preferences, m_editor->noteId(), this);
    dialog.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_preferences, this);
    if (!m_spelling->problem().isEmpty()) {
        dialog.noteSpellingProblem(m_spelling->problem());
    }
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const Preferences chosen = dialog.preferences();
    const bool languageChanged = chosen.language != m_preferences.language;
    m_preferences = chosen;
    m_preferences.save();
    m_listModel->preferencesChanged();
    m_editor->applyPreferences();
    m_comments->applyPreferences();
    m_spelling->setEnabled(m_preferences.checkSpelling);
    if (languageChanged) {
        m_editor->saveNow();
        PreferencesDialog::offerRestart(this);
    }
}

void MainWindow::showExchange()
{
    m_editor->saveNow(); // what is typed goes out, and what comes in lands on a saved note
    ExchangeDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::importBundles(const QStringList& paths)
{
    m_editor->saveNow();
    ExchangeDialog dialog(m_session, this);
    dialog.importFiles(paths);
    dialog.exec();
}

void MainWindow::showBackups()
{
    m_editor->saveNow(); // a backup taken now holds what was just typed
    BackupsDialog dialog(m_session.path(), *m_autoBackup, this);
    QString restored;
    connect(&dialog, &BackupsDialog::openRequested, this,
            [&restored](const QString& path) { restored = path; });
    dialog.exec();
    if (!restored.isEmpty() && m_opener) {
        m_opener(restored, false);
    }
}

void MainWindow::showProperties()
{
    m_editor->saveNow();
    PropertiesDialog dialog(m_session, this);
    dialog.exec();
}

} // namespace banthuek::ui
