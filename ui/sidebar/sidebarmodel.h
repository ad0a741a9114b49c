// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/note.h"

#include <QHash>
#include <QStandardItemModel>

namespace banthuek::ui {

class Session;

// The sidebar: the fixed views (All notes, Field notes, Minutes, Drafts, Trash), the places
// that have notes (province → district → subdistrict → village), the theme hierarchy, and the
// people and organisations tagged on notes, each with its count. refresh() updates counts in place, so
// expansion and selection survive edits.
class SidebarModel final : public QStandardItemModel
{
    Q_OBJECT

public:
    enum class Entry {
        All,
        FieldNotes,
        Minutes,
        Articles,
        Drafts,
        Trash,
        PlacesHeader,
        Place,
        ThemesHeader,
        Theme,
        PeopleHeader,
        Person,
        OrganisationsHeader,
        Organisation,
    };
    static constexpr int kEntryRole = Qt::UserRole + 1;
    static constexpr int kKeyRole = Qt::UserRole + 2;   // place code, theme, person or organisation id
    static constexpr int kLabelRole = Qt::UserRole + 3; // the name without its count

    explicit SidebarModel(Session& session, QObject* parent = nullptr);

    // Counts every entry. The constructor counts nothing, so a window can paint its list
    // before anything is counted.
    void refresh();
    // Whether refresh() has run once (the place, theme and people trees are there).
    [[nodiscard]] bool counted() const { return m_counted; }
    [[nodiscard]] core::NoteFilter filterFor(const QModelIndex& index) const;
    // "Places › นครศรีธรรมราช › ท่าศาลา"
    [[nodiscard]] QString breadcrumb(const QModelIndex& index) const;
    [[nodiscard]] QModelIndex indexFor(Entry entry, const QString& key = {}) const;

private:
    QStandardItem* fixedItem(Entry entry, const QString& label);
    void refreshFixed();
    void refreshPlaces();
    void refreshThemes();
    // People or organisations: entries for those with notes, in Thai order, renamed in place.
    void refreshTagged(Entry header, Entry entry, QHash<QString, QStandardItem*>& items,
                       const std::vector<core::TagCount>& counts, const QHash<QString, QString>& labels,
                       const QHash<QString, QString>& tips);
    void refreshPeople();
    QStandardItem* placeItem(const QString& code, std::int64_t count);
    static QStandardItem* newItem(Entry entry, const QString& key, const QString& label, const QString& tip);
    static void setCount(QStandardItem* item, std::int64_t count);
    static void insertSorted(QStandardItem* parent, QStandardItem* child);

    Session& m_session;
    QHash<int, QStandardItem*> m_fixed; // Entry -> item
    QHash<QString, QStandardItem*> m_places;
    QHash<QString, QStandardItem*> m_themes;
    QHash<QString, QStandardItem*> m_people;
    QHash<QString, QStandardItem*> m_organisations;
    bool m_counted = false;
};

} // namespace banthuek::ui
