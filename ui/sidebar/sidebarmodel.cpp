// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sidebar/sidebarmodel.h"

#include "core/text/collation.h"
#include "ui/session/session.h"

#include <QSet>

namespace banthuek::ui {

SidebarModel::SidebarModel(Session& session, QObject* parent) : QStandardItemModel(parent), m_session(session)
{
    fixedItem(Entry::All, tr("All notes"));
    fixedItem(Entry::FieldNotes, tr("Field notes"));
    fixedItem(Entry::Minutes, tr("Minutes"));
    fixedItem(Entry::Articles, tr("Articles"));
    fixedItem(Entry::Drafts, tr("Drafts"));
    fixedItem(Entry::Trash, tr("Trash"));
    fixedItem(Entry::PlacesHeader, tr("Places"));
    fixedItem(Entry::ThemesHeader, tr("Themes"));
    fixedItem(Entry::PeopleHeader, tr("People"));
    fixedItem(Entry::OrganisationsHeader, tr("Organisations"));
    // No counts yet: the window asks for them once its list has painted (refresh), as six
    // counts over 100,000 notes delayed the first paint by a tenth of a second.
}

QStandardItem* SidebarModel::fixedItem(Entry entry, const QString& label)
{
    auto* item = new QStandardItem(label);
    item->setEditable(false);
    item->setData(static_cast<int>(entry), kEntryRole);
    item->setData(label, kLabelRole);
    if (entry == Entry::PlacesHeader || entry == Entry::ThemesHeader || entry == Entry::PeopleHeader ||
        entry == Entry::OrganisationsHeader) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    appendRow(item);
    m_fixed.insert(static_cast<int>(entry), item);
    return item;
}

QStandardItem* SidebarModel::newItem(Entry entry, const QString& key, const QString& label,
                                     const QString& tip)
{
    auto* item = new QStandardItem(label);
    item->setEditable(false);
    item->setData(static_cast<int>(entry), kEntryRole);
    item->setData(key, kKeyRole);
    item->setData(label, kLabelRole);
    item->setToolTip(tip);
    return item;
}

void SidebarModel::setCount(QStandardItem* item, std::int64_t count)
{
    const QString label = item->data(kLabelRole).toString();
    const QString text = count > 0 ? QStringLiteral("%1 (%2)").arg(label).arg(count) : label;
    if (item->text() != text) {
        item->setText(text);
    }
}

void SidebarModel::insertSorted(QStandardItem* parent, QStandardItem* child)
{
    const std::string label = child->data(kLabelRole).toString().toStdString();
    int row = 0;
    while (row < parent->rowCount() &&
           core::compareThai(parent->child(row)->data(kLabelRole).toString().toStdString(), label) <= 0) {
        ++row;
    }
    parent->insertRow(row, child);
}

void SidebarModel::refresh()
{
    refreshFixed();
    refreshPlaces();
    refreshThemes();
    refreshPeople();
    m_counted = true;
}

void SidebarModel::refreshFixed()
{
    for (const Entry entry :
         {Entry::All, Entry::FieldNotes, Entry::Minutes, Entry::Articles, Entry::Drafts, Entry::Trash}) {
        QStandardItem* item = m_fixed.value(static_cast<int>(entry));
        const core::NoteFilter filter = filterFor(item->index());
        setCount(item,
                 m_session.read([&] { return m_session.notebook().notes().count(filter); }).value_or(0));
    }
}

QStandardItem* SidebarModel::placeItem(const QString& code, std::int64_t count)
{
    QStandardItem* item = m_places.value(code);
    if (!item) {
        item = newItem(Entry::Place, code, m_session.placeName(code), code);
        // Codes nest (80 > 8008 > 800801 > 80080103): the parent's code is two digits shorter.
        QStandardItem* parent = code.size() > 2 ? m_places.value(code.left(code.size() - 2))
                                                : m_fixed.value(static_cast<int>(Entry::PlacesHeader));
        insertSorted(parent ? parent : m_fixed.value(static_cast<int>(Entry::PlacesHeader)), item);
        m_places.insert(code, item);
    }
    setCount(item, count);
    return item;
}

void SidebarModel::refreshPlaces()
{
    auto counts = m_session.read([&] { return m_session.notebook().notes().countsByPlace(); })
                      .value_or(std::vector<core::TagCount>{});
    // Shorter codes first, so a parent exists before its children.
    std::sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
        return a.key.size() < b.key.size() || (a.key.size() == b.key.size() && a.key < b.key);
    });
    QSet<QString> present;
    for (const core::TagCount& count : counts) {
        const QString code = QString::fromStdString(count.key);
        placeItem(code, count.notes);
        present.insert(code);
    }
    // Places whose last note went away leave the tree, children before parents.
    QStringList gone;
    for (auto it = m_places.cbegin(); it != m_places.cend(); ++it) {
        if (!present.contains(it.key())) {
            gone << it.key();
        }
    }
    std::sort(gone.begin(), gone.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& code : gone) {
        QStandardItem* item = m_places.take(code);
        QStandardItem* parent = item->parent() ? item->parent() : invisibleRootItem();
        parent->removeRow(item->row());
    }
}

void SidebarModel::refreshThemes()
{
    QHash<QString, std::int64_t> counts;
    for (const core::TagCount& count :
         m_session.read([&] { return m_session.notebook().notes().countsByTheme(); })
             .value_or(std::vector<core::TagCount>{})) {
        counts.insert(QString::fromStdString(count.key), count.notes);
    }
    const auto themes = m_session.read([&] { return m_session.notebook().themes().list(); })
                            .value_or(std::vector<core::Theme>{});
    for (const core::Theme& theme : themes) { // parents come before their children
        const QString id = QString::fromStdString(theme.id);
        QStandardItem* item = m_themes.value(id);
        if (!item) {
            item = newItem(Entry::Theme, id, QString::fromStdString(theme.nameTh),
                           QString::fromStdString(theme.nameEn));
            QStandardItem* parent =
                theme.parentId ? m_themes.value(QString::fromStdString(*theme.parentId)) : nullptr;
            insertSorted(parent ? parent : m_fixed.value(static_cast<int>(Entry::ThemesHeader)), item);
            m_themes.insert(id, item);
        }
        setCount(item, counts.value(id, 0));
    }
}

void SidebarModel::refreshTagged(Entry header, Entry entry, QHash<QString, QStandardItem*>& items,
                                 const std::vector<core::TagCount>& counts,
                                 const QHash<QString, QString>& labels, const QHash<QString, QString>& tips)
{
    QSet<QString> present;
    for (const core::TagCount& count : counts) {
        const QString id = QString::fromStdString(count.key);
        const QString label = labels.value(id);
        QStandardItem* item = items.value(id);
        if (item && item->data(kLabelRole).toString() != label) { // renamed: move to its new place
            item->parent()->removeRow(item->row());
            items.remove(id);
            item = nullptr;
        }
        if (!item) {
            item = newItem(entry, id, label, tips.value(id));
            insertSorted(m_fixed.value(static_cast<int>(header)), item);
            items.insert(id, item);
        }
        setCount(item, count.notes);
        present.insert(id);
    }
    const QStringList known = items.keys();
    for (const QString& id : known) {
        if (!present.contains(id)) {
            QStandardItem* item = items.take(id);
            item->parent()->removeRow(item->row());
        }
    }
}

void SidebarModel::refreshPeople()
{
    const core::Notebook& notebook = m_session.notebook();
    QHash<QString, QString> labels;
    QHash<QString, QString> tips;
    for (const core::Person& person :
         m_session.read([&] { return notebook.people().list(); }).value_or(std::vector<core::Person>{})) {
        labels.insert(QString::fromStdString(person.id), QString::fromStdString(person.name));
        tips.insert(QString::fromStdString(person.id), QString::fromUtf8(core::roleThai(person.role).data()));
    }
    refreshTagged(Entry::PeopleHeader, Entry::Person, m_people,
                  m_session.read([&] { return notebook.notes().countsByPerson(); })
                      .value_or(std::vector<core::TagCount>{}),
                  labels, tips);
    labels.clear();
    tips.clear();
    for (const core::Organisation& organisation :
         m_session.read([&] { return notebook.organisations().list(); })
             .value_or(std::vector<core::Organisation>{})) {
        const QString id = QString::fromStdString(organisation.id);
        labels.insert(id, QString::fromStdString(organisation.shortName()));
        tips.insert(id, QString::fromStdString(organisation.nameTh));
    }
    refreshTagged(Entry::OrganisationsHeader, Entry::Organisation, m_organisations,
                  m_session.read([&] { return notebook.notes().countsByOrganisation(); })
                      .value_or(std::vector<core::TagCount>{}),
                  labels, tips);
}

core::NoteFilter SidebarModel::filterFor(const QModelIndex& index) const
{
    core::NoteFilter filter;
    const auto entry = static_cast<Entry>(index.data(kEntryRole).toInt());
    const std::string key = index.data(kKeyRole).toString().toStdString();
    switch (entry) {
    case Entry::FieldNotes:
        filter.kind = core::NoteKind::FieldNote;
        break;
    case Entry::Minutes:
        filter.kind = core::NoteKind::Minutes;
        break;
    case Entry::Articles:
        filter.kind = core::NoteKind::Article;
        break;
    case Entry::Drafts:
        filter.published = false;
        break;
    case Entry::Trash:
        filter.trash = core::TrashFilter::Only;
        break;
    case Entry::Place:
        filter.placeCode = key;
        break;
    case Entry::Theme:
        filter.themeId = key;
        break;
    case Entry::Person:
        filter.personId = key;
        break;
    case Entry::Organisation:
        filter.organisationId = key;
        break;
    case Entry::All:
    case Entry::PlacesHeader:
    case Entry::ThemesHeader:
    case Entry::PeopleHeader:
    case Entry::OrganisationsHeader:
        break;
    }
    return filter;
}

QString SidebarModel::breadcrumb(const QModelIndex& index) const
{
    QStringList parts;
    for (QModelIndex at = index; at.isValid(); at = at.parent()) {
        parts.prepend(at.data(kLabelRole).toString());
    }
    return parts.join(QStringLiteral(" › "));
}

QModelIndex SidebarModel::indexFor(Entry entry, const QString& key) const
{
    if (entry == Entry::Place) {
        const QStandardItem* item = m_places.value(key);
        return item ? item->index() : QModelIndex();
    }
    if (entry == Entry::Theme || entry == Entry::Person || entry == Entry::Organisation) {
        const auto& items = entry == Entry::Theme    ? m_themes
                            : entry == Entry::Person ? m_people
                                                     : m_organisations;
        const QStandardItem* item = items.value(key);
        return item ? item->index() : QModelIndex();
    }
    const QStandardItem* item = m_fixed.value(static_cast<int>(entry));
    return item ? item->index() : QModelIndex();
}

} // namespace banthuek::ui
