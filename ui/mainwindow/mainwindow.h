// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/note.h"
#include "ui/preferences/preferences.h"

#include <QMainWindow>

#include <functional>

class QLabel;
class QPrinter;
class QSplitter;
class QTabWidget;
class QTreeView;
class QUndoStack;

namespace banthuek::ui {

class AutoBackup;
class CommentsPanel;
class LinksPanel;
class NoteEditor;
class NoteListModel;
class NoteListPane;
class RelatedNotesPanel;
class Session;
class SidebarModel;
class SpellChecker;

// The notebook window: sidebar | note list | note (with its comments). It wires the parts
// together; each part lives in its own feature folder and talks to the notebook through Session.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // Asks the application to open (or, with create, make) another notebook in this window's place.
    using NotebookOpener = std::function<void(const QString& path, bool create)>;

    MainWindow(Session& session, NotebookOpener opener = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] NoteEditor& editor() { return *m_editor; }
    [[nodiscard]] SpellChecker& spelling() { return *m_spelling; }
    [[nodiscard]] CommentsPanel& comments() { return *m_comments; }
    [[nodiscard]] NoteListPane& listPane() { return *m_listPane; }
    [[nodiscard]] SidebarModel& sidebarModel() { return *m_sidebarModel; }
    [[nodiscard]] QTreeView& sidebar() { return *m_sidebar; }
    [[nodiscard]] QUndoStack& undoStack() { return *m_undo; }
    [[nodiscard]] LinksPanel& linksPanel() { return *m_links; }

    // The actions menus and shortcuts run (public so tests can drive them like a user).
    void newNote(core::NoteKind kind);
    void trashCurrent();
    void restoreCurrent();
    void emptyTrash();
    void showHistory();
    void showPreferences();
    void showExchange();
    // The exchange dialog with these bundles imported into it (a double-click on a bundle).
    void importBundles(const QStringList& paths);
    void showProperties();
    // File → Backups…: the list, back up now, restore as a new notebook, the folder.
    void showBackups();
    [[nodiscard]] AutoBackup& autoBackup() { return *m_autoBackup; }
    // A notebook open read-only: a checked copy at `path`, then opened in this window's place.
    void saveCopyAndOpen(const QString& path);
    void showCoverage();
    void showSummary();
    void showPlan();
    void linkPlanItems(); // the open note to the plan items it reports on
    void showRegister();
    void showStalePlaces();
    void showActions();
    // A new minutes note for the open meeting's series: next number, same people, open items carried.
    void startNextMeeting();
    // The open minutes as รายงานการประชุม: asks for a file, then exportMinutesTo (PDF, or ODT
    // for a name ending in .odt) in the window's language, era and digits.
    void exportMinutes();
    // File → Publish as a website: the dialog, then the site offered in the browser.
    void publishSite();
    // Note → Copy as HTML: the open note on the clipboard as rich text, photos inside.
    void copyNoteAsHtml();
    // File → Import and Export (importactions.cpp): writing from elsewhere comes in, notes go out.
    void importGotoKnow();
    void importGotoKnowFiles(const QStringList& paths);
    void importMarkdown();
    void importMarkdownFolder(const QString& folder);
    // Asks which notes (all, or those the list shows) and where, then exportMarkdownTo.
    void exportMarkdown();
    // Asks before writing into a folder that is not empty; true when the notes were written.
    bool exportMarkdownTo(const QString& folder, const core::NoteFilter& filter);
    bool exportMinutesTo(const QString& path);
    // File → Print… (Ctrl+P): the open note (minutes as they export) in a print preview.
    void printCurrent();
    // The open note's pages on `printer` (a test prints to a PDF file); false when none is open.
    bool printCurrentTo(QPrinter& printer);
    // Selects a place in the sidebar: its page.
    void showPlace(const QString& code);
    // A person's or organisation's page (filter.personId or organisationId).
    void showPage(const core::NoteFilter& filter);
    // Lists the notes a filter lets through (a coverage cell), saying so in the breadcrumb.
    void showNotes(const core::NoteFilter& filter);
    // Opens a note from a link or a list beside the note, selecting it when the list shows it.
    void openNote(const QString& id);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildLayout();
    void buildMenus();
    QWidget* buildReadOnlyBanner();
    void fitToScreen();
    [[nodiscard]] core::DateStyle reportStyle() const;
    void buildRecentMenu(QMenu* menu);
    void chooseNotebook(bool create);
    void sidebarSelected(const QModelIndex& index);
    void noteSelected(const QString& id);
    void updateTitle();
    void reloadList(); // after notes came or went, keeping the open note open
    void restoreGeometryAndSplitters();
    void saveGeometryAndSplitters() const;

    Session& m_session;
    NotebookOpener m_opener;
    Preferences m_preferences;
    SidebarModel* m_sidebarModel;
    NoteListModel* m_listModel;
    QTreeView* m_sidebar = nullptr;
    NoteListPane* m_listPane = nullptr;
    NoteEditor* m_editor = nullptr;
    CommentsPanel* m_comments = nullptr;
    SpellChecker* m_spelling = nullptr;
    RelatedNotesPanel* m_related = nullptr;
    LinksPanel* m_links = nullptr;
    QTabWidget* m_beside = nullptr;
    QSplitter* m_panes = nullptr;
    QSplitter* m_noteSplitter = nullptr;
    QLabel* m_saveState = nullptr;
    QUndoStack* m_undo;
    AutoBackup* m_autoBackup;
    QString m_breadcrumb;
};

} // namespace banthuek::ui
