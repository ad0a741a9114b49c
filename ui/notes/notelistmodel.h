// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/note.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

#include <string>
#include <vector>

namespace banthuek::ui {

class PictureLoader;
class Session;
struct Preferences;

// The note list over core's NoteStore. It reads the ordered ids of the whole list (cheap: an
// index serves the order) and loads the rows' details a page at a time when a view asks for
// them, so 100,000 notes open at once and scroll with a true scroll bar. Sorting and
// filtering are done by SQL, not in memory.
class NoteListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Date, Places, Themes, FirstLine, Record, ColumnCount };
    static constexpr int kIdRole = Qt::UserRole + 1;
    // A row's thumbnail (its note's first photo) fits this edge, in pixels.
    static constexpr int kThumbnailEdge = 48;

    NoteListModel(Session& session, const Preferences& preferences, QObject* parent = nullptr);

    void setFilter(const core::NoteFilter& filter); // keeps the current sort and quick text
    void setQuickText(const QString& text);
    [[nodiscard]] const core::NoteFilter& filter() const { return m_filter; }
    // Reloads after the notebook changed, keeping filter and sort.
    void refresh();
    // After one note was saved: when what changed cannot move the note in or out of the list or
    // along it, only its row is read again and repainted (true); otherwise nothing is done
    // (false) and the caller refreshes.
    [[nodiscard]] bool updateRow(const QString& id, const core::NoteChanges& changed);
    // Repaints rows after a display preference (date style) changed.
    void preferencesChanged();

    [[nodiscard]] QString noteId(int row) const;
    // The row of a note in the list, or -1.
    [[nodiscard]] int rowOf(const QString& id) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    void reload();
    // Reads the ids past the first ones, the first time a row, an id or a place there is asked.
    void readAllIds() const;
    // The ids a window paints from before it reads the rest: four pages.
    static constexpr int kFirstIds = 200;
    // A page is about two screens of rows: the first paint reads only its summaries (each with
    // its places, themes and first line: about 0.25 ms a note at 100,000 notes).
    static constexpr int kPageSize = 50;
    static constexpr int kMaxPages = 120; // 6,000 rows kept
    static_assert(kFirstIds % kPageSize == 0, "a page is read from the first ids whole or not at all");

    [[nodiscard]] const core::NoteSummary* row(int index) const;
    [[nodiscard]] QVariant display(const core::NoteSummary& note, int column) const;
    [[nodiscard]] QVariant thumbnail(const core::NoteSummary& note) const;
    void pictureReady(const QString& sha256, int edge);

    Session& m_session;
    const Preferences& m_preferences;
    PictureLoader* m_pictures;
    QIcon m_blank;
    bool m_hasPhotos = false; // without any, titles get no room for a thumbnail
    core::NoteFilter m_filter;
    // The list's ids in order: the first ones, until readAllIds(); m_total rows in all. The window
    // is the notebook's only writer (the writer lock), and its every write that can change the
    // list reloads it, so the rest read later belongs to the same list.
    mutable std::vector<std::string> m_ids;
    mutable bool m_allIds = true;
    int m_total = 0;
    QSet<QString> m_unread;                               // new or changed by teammates, not opened
    mutable QHash<int, QList<core::NoteSummary>> m_pages; // page number -> rows
    mutable QList<int> m_pageOrder;                       // least recently loaded first
};

} // namespace banthuek::ui
