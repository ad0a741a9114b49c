// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/note.h"

#include <QWidget>

class QLabel;
class QTabBar;
class QLineEdit;
class QListView;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace banthuek::ui {

class NoteListModel;
class PhotosView;
class SearchResultsModel;
class Session;
struct Preferences;

// The middle pane: where we are (breadcrumb), one box that either filters the list by title
// or author as you type (Ctrl+F) or searches the full text of every note (Ctrl+K; the button
// at its left switches), and below it the sortable list of notes or the ranked results. A
// page (a place, theme, person or organisation) also has a Photos tab: every photo its notes show.
class NoteListPane final : public QWidget
{
    Q_OBJECT

public:
    NoteListPane(NoteListModel& model, Session& session, const Preferences& preferences,
                 QWidget* parent = nullptr);

    void setBreadcrumb(const QString& text);
    // The selected place's or theme's page summary (rich text); empty hides it.
    void setSummary(const QString& html);
    // The list now shows `filter`: a page's filter brings the Notes and Photos tabs.
    void setPage(const core::NoteFilter& filter);
    void showPhotos(bool on); // the Photos tab (when the page has one) or the notes
    [[nodiscard]] bool showingPhotos() const;
    [[nodiscard]] PhotosView& photos() const { return *m_photos; }
    [[nodiscard]] QString currentNoteId() const;
    // Selects a note if the list shows it; true when selected.
    bool selectNote(const QString& id);
    void selectRow(int row);
    void focusFilter(); // the box filters the list
    void focusSearch(); // the box searches every note's text
    [[nodiscard]] bool searching() const;
    // What the search looks for (folded as search folds it), to mark in the open note.
    [[nodiscard]] QStringList searchTerms() const;
    // Runs the search again: the notebook or the sidebar's selection changed.
    void refreshSearch();
    [[nodiscard]] QTreeView* view() const { return m_view; }
    [[nodiscard]] QLineEdit* filterEdit() const { return m_box; }
    [[nodiscard]] QListView* resultsView() const { return m_results; }
    [[nodiscard]] SearchResultsModel& resultsModel() const { return *m_resultsModel; }

signals:
    void currentNoteChanged(const QString& id);
    void noteChosen(const QString& id); // from the Photos tab: open this note

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setSearching(bool on);
    void textTyped();
    void showSearchStatus();
    void showCurrentView();

    NoteListModel& m_model;
    SearchResultsModel* m_resultsModel;
    QLabel* m_breadcrumb;
    QLabel* m_summary;
    QTabBar* m_tabs;
    QToolButton* m_mode;
    QLineEdit* m_box;
    QLabel* m_status;
    QStackedWidget* m_stack;
    QTreeView* m_view;
    QListView* m_results;
    PhotosView* m_photos;
};

} // namespace banthuek::ui
