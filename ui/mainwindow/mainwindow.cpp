// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include "ui/backup/autobackup.h"
#include "ui/comments/commentspanel.h"
#include "ui/exchange/autosync.h"
#include "ui/notes/bodyeditor.h"
#include "ui/notes/noteeditor.h"
#include "ui/notes/notelistmodel.h"
#include "ui/notes/notelistpane.h"
#include "ui/overview/linkspanel.h"
#include "ui/overview/pagesummary.h"
#include "ui/overview/relatednotes.h"
#include "ui/session/session.h"
#include "ui/sidebar/sidebarmodel.h"
#include "ui/spelling/spellchecker.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace banthuek::ui {

MainWindow::MainWindow(Session& session, NotebookOpener opener, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_opener(std::move(opener)),
      m_preferences(Preferences::load()), m_sidebarModel(new SidebarModel(session, this)),
      m_listModel(new NoteListModel(session, m_preferences, this)), m_undo(new QUndoStack(this)),
      m_autoBackup(new AutoBackup(session.path(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    buildLayout();
    buildMenus();
    restoreGeometryAndSplitters();

    // One change path: Session's signals reach every view. Counts are refreshed after a
    // short pause so a burst of autosaves costs one refresh.
    auto* refreshCounts = new QTimer(this);
    refreshCounts->setSingleShot(true);
    refreshCounts->setInterval(300);
    connect(refreshCounts, &QTimer::timeout, m_sidebarModel, &SidebarModel::refresh);
    connect(&m_session, &Session::notesChanged, this, [this, refreshCounts] {
        reloadList();
        m_listPane->refreshSearch();
        // Not after every autosave: a province's figures take a tenth of a second at 100,000 notes.
        m_listPane->setSummary(PageSummary::forFilter(m_session, m_preferences, m_listModel->filter()));
        m_listPane->setPage(m_listModel->filter());
        refreshCounts->start();
    });
    // A save updates what shows the note: its row (or the list, when the note may move in or
    // out of it), the search results when the note's words changed, the counts when its tags,
    // kind or Trash state did.
    connect(&m_session, &Session::noteSaved, this,
            [this, refreshCounts](const QString& id, const core::NoteChanges& changed) {
                const QSignalBlocker blocker(m_listPane); // the same note stays open; do not reload it
                if (!m_listModel->updateRow(id, changed)) {
                    const QString current = m_listPane->currentNoteId();
                    m_listModel->refresh();
                    m_listPane->selectNote(current);
                }
                if (changed.title || changed.body || changed.author || changed.kind || changed.eventDate ||
                    changed.tags()) {
                    m_listPane->refreshSearch();
                }
                if (changed.kind || changed.published || changed.eventDate || changed.tags()) {
                    refreshCounts->start();
                }
            });
    connect(&m_session, &Session::tagsChanged, refreshCounts, qOverload<>(&QTimer::start));
    connect(&m_session, &Session::nameChanged, this, &MainWindow::updateTitle);
    connect(&m_session, &Session::everythingChanged, this, &MainWindow::updateTitle); // a team joined
    connect(&m_session, &Session::registerChanged, this, [this, refreshCounts] {
        reloadList(); // a merge moves notes from one person's page to another's
        m_listPane->setSummary(PageSummary::forFilter(m_session, m_preferences, m_listModel->filter()));
        m_listPane->setPage(m_listModel->filter());
        refreshCounts->start();
    });
    connect(&m_session, &Session::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    if (!m_session.readOnly()) { // a notebook that cannot be written takes nothing in
        auto* autoSync = new AutoSync(
            m_session, [this] { m_editor->saveNow(); }, this);
        connect(autoSync, &AutoSync::synced, this,
                [this](const QString& summary) { statusBar()->showMessage(summary, 10000); });
    }
    connect(m_autoBackup, &AutoBackup::backedUp, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Backed up and checked: %1").arg(QFileInfo(path).fileName()), 10000);
    });
    connect(m_autoBackup, &AutoBackup::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 30000); });
    QTimer::singleShot(3000, m_autoBackup, &AutoBackup::backUpIfDue); // once the window is up
    m_sidebar->setCurrentIndex(m_sidebarModel->indexFor(SidebarModel::Entry::All));
    if (m_listPane->currentNoteId().isEmpty()) {
        // A window opens on the newest note (the list already showed All). The row is chosen
        // now; the note opens once the list has painted: its text, comments and related notes
        // take 40 to 60 ms at 100,000 notes, and the list shows first.
        const QSignalBlocker quiet(m_listPane);
        m_listPane->selectRow(0);
    }
    updateTitle();
    // Counts read every link (a quarter second at 100,000 notes): they too are made once the
    // list has painted, so the notes show at once.
    m_listPane->view()->viewport()->installEventFilter(this);
}

void MainWindow::reloadList()
{
    const QString current = m_listPane->currentNoteId();
    {
        // The open note stays open while the list reloads: a teammate's note that arrives at
        // the top of the list is not opened (and marked read) in its place.
        const QSignalBlocker quiet(m_listPane);
        m_listModel->refresh();
    }
    if (!m_listPane->selectNote(current)) {
        m_listPane->selectRow(0); // the open note left the list: a list that shows notes has one open
    }
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && watched == m_listPane->view()->viewport()) {
        watched->removeEventFilter(this);
        QTimer::singleShot(0, m_sidebarModel, [this] {
            if (m_editor->noteId().isEmpty() && !m_listPane->currentNoteId().isEmpty()) {
                noteSelected(m_listPane->currentNoteId()); // the row chosen when the window opened
            }
            m_sidebarModel->refresh();
            m_sidebar->expand(m_sidebarModel->indexFor(SidebarModel::Entry::PlacesHeader));
            m_sidebar->expand(m_sidebarModel->indexFor(SidebarModel::Entry::ThemesHeader));
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout()
{
    m_sidebar = new QTreeView(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setModel(m_sidebarModel);
    m_sidebar->setHeaderHidden(true);
    m_sidebar->setUniformRowHeights(true);
    m_sidebar->expand(m_sidebarModel->indexFor(SidebarModel::Entry::PlacesHeader));
    m_sidebar->expand(m_sidebarModel->indexFor(SidebarModel::Entry::ThemesHeader));
    m_listPane = new NoteListPane(*m_listModel, m_session, m_preferences, this);
    m_editor = new NoteEditor(m_session, m_preferences, this);
    m_comments = new CommentsPanel(m_session, m_preferences, this);
    m_spelling = new SpellChecker(m_session, this);
    m_spelling->setEnabled(m_preferences.checkSpelling);
    m_editor->setSpellChecker(m_spelling);
    m_comments->setSpellChecker(m_spelling);
    m_noteSplitter = new QSplitter(Qt::Vertical, this);
    m_noteSplitter->setObjectName(QStringLiteral("noteSplitter"));
    m_noteSplitter->addWidget(m_editor);
    m_noteSplitter->addWidget(m_comments);
    m_related = new RelatedNotesPanel(m_session, m_preferences, this);
    m_links = new LinksPanel(m_session, this);
    m_beside = new QTabWidget(this);
    m_beside->setObjectName(QStringLiteral("besideTabs"));
    m_beside->setDocumentMode(true);
    m_beside->addTab(m_related, tr("Related notes"));
    m_beside->addTab(m_links, tr("Linked from"));
    m_noteSplitter->addWidget(m_beside);
    // The tabs beside may shrink to a strip: the note itself gets the room.
    m_beside->setMinimumHeight(60);
    m_noteSplitter->setStretchFactor(0, 3);
    m_noteSplitter->setStretchFactor(1, 1);
    m_noteSplitter->setStretchFactor(2, 1);
    m_panes = new QSplitter(Qt::Horizontal, this);
    m_panes->setObjectName(QStringLiteral("paneSplitter"));
    m_panes->addWidget(m_sidebar);
    m_panes->addWidget(m_listPane);
    m_panes->addWidget(m_noteSplitter);
    m_panes->setStretchFactor(0, 1);
    m_panes->setStretchFactor(1, 2);
    m_panes->setStretchFactor(2, 3);
    if (m_session.readOnly()) {
        auto* central = new QWidget(this);
        auto* column = new QVBoxLayout(central);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(0);
        column->addWidget(buildReadOnlyBanner());
        column->addWidget(m_panes, 1);
        setCentralWidget(central);
    } else {
        setCentralWidget(m_panes);
    }

    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    statusBar()->addPermanentWidget(m_saveState);
    connect(m_editor, &NoteEditor::saveStateChanged, this,
            [this](NoteEditor::SaveState state, const QString& message) {
                switch (state) {
                case NoteEditor::SaveState::Saved:
                    m_saveState->setText(m_session.readOnly() ? tr("Read-only") : tr("All changes saved"));
                    break;
                case NoteEditor::SaveState::Unsaved:
                    m_saveState->setText(tr("Unsaved changes…"));
                    break;
                case NoteEditor::SaveState::Failed:
                    m_saveState->setText(message);
                    break;
                }
            });
    connect(m_sidebar->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::sidebarSelected);
    connect(m_listPane, &NoteListPane::currentNoteChanged, this, &MainWindow::noteSelected);
    connect(m_listPane, &NoteListPane::noteChosen, this, &MainWindow::openNote);
    connect(m_related, &RelatedNotesPanel::noteChosen, this, &MainWindow::openNote);
    connect(m_links, &LinksPanel::noteChosen, this, &MainWindow::openNote);
    connect(m_editor, &NoteEditor::noteLinkActivated, this, &MainWindow::openNote);
    connect(m_links, &LinksPanel::countsChanged, this, [this] {
        const int count = m_links->backlinkCount();
        m_beside->setTabText(1, count == 0 ? tr("Linked from") : tr("Linked from (%1)").arg(count));
    });
}

// Says the notebook is open read-only and offers the way to write: a copy on this computer,
// which then opens in this window.
QWidget* MainWindow::buildReadOnlyBanner()
{
    auto* banner = new QWidget(this);
    banner->setObjectName(QStringLiteral("readOnlyBanner"));
    banner->setAttribute(Qt::WA_StyledBackground);
    banner->setStyleSheet(QStringLiteral("background: #fff3cd; color: #664d03;"));
    auto* label =
        new QLabel(tr("This notebook is open read-only: it is on a disk that cannot be written (such "
                      "as a locked memory card) or the file is marked read-only. You can read, "
                      "search, print and export it. To write in it, save a copy on this computer."),
                   banner);
    label->setWordWrap(true);
    auto* copy = new QPushButton(tr("Save a copy and open it…"), banner);
    copy->setObjectName(QStringLiteral("saveCopyButton"));
    auto* row = new QHBoxLayout(banner);
    row->setContentsMargins(8, 4, 8, 4);
    row->addWidget(label, 1);
    row->addWidget(copy);
    connect(copy, &QPushButton::clicked, this, [this] {
        const QString name = QFileInfo(m_session.path()).fileName();
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save a copy of the notebook"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
            tr("Banthuek notebooks (*.banthuek)"));
        if (!path.isEmpty()) {
            saveCopyAndOpen(path.endsWith(QStringLiteral(".banthuek")) ? path
                                                                       : path + QStringLiteral(".banthuek"));
        }
    });
    return banner;
}

void MainWindow::saveCopyAndOpen(const QString& path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool copied = m_session.saveCopy(path);
    QApplication::restoreOverrideCursor();
    if (!copied) {
        QMessageBox::warning(this, tr("Cannot save a copy"), m_session.lastFailure());
        return;
    }
    if (m_opener) {
        // After this click returns: opening the copy replaces this window.
        QTimer::singleShot(0, qApp, [opener = m_opener, path] { opener(path, false); });
    }
}

void MainWindow::sidebarSelected(const QModelIndex& index)
{
    if (!index.isValid()) {
        return;
    }
    m_editor->saveNow();
    m_breadcrumb = m_sidebarModel->breadcrumb(index);
    m_listPane->setBreadcrumb(m_breadcrumb);
    m_listModel->setFilter(m_sidebarModel->filterFor(index));
    m_listPane->setSummary(PageSummary::forFilter(m_session, m_preferences, m_listModel->filter()));
    m_listPane->setPage(m_listModel->filter());
    m_listPane->refreshSearch(); // search results follow the sidebar's selection too
    updateTitle();
}

void MainWindow::noteSelected(const QString& id)
{
    m_editor->open(id);
    if (m_editor->noteId() != id && !m_editor->noteId().isEmpty()) {
        // The open note could not be saved: it stays open, and the list shows it selected.
        const QSignalBlocker blocker(m_listPane);
        m_listPane->selectNote(m_editor->noteId());
    }
    m_comments->showNote(m_editor->noteId());
    m_related->showNote(m_editor->noteId());
    m_links->showNote(m_editor->noteId());
    m_editor->markMatches(m_listPane->searchTerms());
}

void MainWindow::openNote(const QString& id)
{
    if (!m_listPane->selectNote(id)) { // a note the list does not show: open it all the same
        noteSelected(id);
    }
}

void MainWindow::updateTitle()
{
    QString notebook = m_session.displayName();
    if (m_session.readOnly()) {
        notebook = tr("%1 (read-only)").arg(notebook);
    }
    setWindowTitle(m_breadcrumb.isEmpty() ? tr("%1 — Banthuek").arg(notebook)
                                          : tr("%1 — %2 — Banthuek").arg(m_breadcrumb, notebook));
}

void MainWindow::newNote(core::NoteKind kind)
{
    m_editor->saveNow();
    core::NoteDraft draft;
    draft.kind = kind;
    draft.title =
        (kind == core::NoteKind::Minutes ? tr("Untitled minutes") : tr("Untitled field note")).toStdString();
    draft.author = m_preferences.defaultAuthor.toStdString();
    draft.eventDate = core::today();
    // A new note appears in whatever is selected: tag it with the selected place or theme.
    const core::NoteFilter shown = m_listModel->filter();
    if (shown.placeCode) {
        draft.placeCodes.push_back(*shown.placeCode);
    }
    if (shown.themeId) {
        draft.themeIds.push_back(*shown.themeId);
    }
    const auto note = m_session.createNote(draft);
    if (!note) {
        return;
    }
    const QString id = QString::fromStdString(note->id);
    if (!m_listPane->selectNote(id)) {
        // The current view does not show it (e.g. the Trash): go to All notes.
        m_sidebar->setCurrentIndex(m_sidebarModel->indexFor(SidebarModel::Entry::All));
        m_listPane->selectNote(id);
    }
    m_editor->open(id);
    m_editor->focusTitle();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_editor->saveNow()) {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                        tr("The note could not be saved: %1\n\nSave its text to a file somewhere else "
                           "before closing, or keep the window open until the note can be saved.")
                            .arg(m_session.lastFailure()),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        QPushButton* saveText = box.addButton(tr("Save the text to a file…"), QMessageBox::AcceptRole);
        box.setDefaultButton(saveText);
        box.exec();
        const bool textSaved = box.clickedButton() == saveText && m_editor->chooseFileForText();
        if (!textSaved && box.clickedButton() != box.button(QMessageBox::Discard)) {
            event->ignore();
            return;
        }
    }
    saveGeometryAndSplitters();
    m_autoBackup->backUpOnClose(this); // a failure is shown, but never keeps the window open
    event->accept();
}

void MainWindow::restoreGeometryAndSplitters()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        fitToScreen();
    }
    if (!m_panes->restoreState(settings.value(QStringLiteral("window/panes")).toByteArray())) {
        m_panes->setSizes({240, 460, 580});
    }
    // A state saved before the related notes existed has two parts: then the defaults.
    if (!m_noteSplitter->restoreState(settings.value(QStringLiteral("window/note")).toByteArray()) ||
        m_noteSplitter->sizes().value(2) == 0) {
        m_noteSplitter->setSizes({740, 180, 80}); // scaled to the window: most of it for the note
    }
    m_listPane->view()->header()->restoreState(
        settings.value(QStringLiteral("window/listHeader")).toByteArray());
}

// The first window fits the screen it opens on: maximised on a field laptop's (1366×768,
// 1280×720: a 1280×800 window would hide the status bar below the edge), 1280×800 and centred
// on a larger one.
void MainWindow::fitToScreen()
{
    const QScreen* shown = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!shown) {
        resize(1280, 800);
        return;
    }
    const QRect available = shown->availableGeometry();
    if (available.width() < 1440 || available.height() < 900) {
        resize(available.size());
        setWindowState(windowState() | Qt::WindowMaximized);
        return;
    }
    resize(1280, 800);
    move(available.center() - rect().center());
}

void MainWindow::saveGeometryAndSplitters() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/panes"), m_panes->saveState());
    settings.setValue(QStringLiteral("window/note"), m_noteSplitter->saveState());
    settings.setValue(QStringLiteral("window/listHeader"), m_listPane->view()->header()->saveState());
}

} // namespace banthuek::ui
