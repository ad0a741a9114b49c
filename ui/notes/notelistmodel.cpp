// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/notelistmodel.h"

#include "ui/photos/pictureloader.h"
#include "ui/preferences/preferences.h"
#include "ui/session/session.h"

#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>
#include <QStringList>

#include <algorithm>

namespace banthuek::ui {

NoteListModel::NoteListModel(Session& session, const Preferences& preferences, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_preferences(preferences),
      m_pictures(new PictureLoader(session, this))
{
    // Every row gets an icon of the same size, so titles line up with a photo or without.
    QPixmap blank(kThumbnailEdge, kThumbnailEdge);
    blank.fill(Qt::transparent);
    m_blank = QIcon(blank);
    refresh();
    connect(m_pictures, &PictureLoader::ready, this, &NoteListModel::pictureReady);
    connect(&m_session, &Session::noteRead, this, [this](const QString& id) {
        m_unread.remove(id);
        if (const int index = rowOf(id); index >= 0) {
            emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1), {Qt::FontRole});
        }
    });
}

void NoteListModel::setFilter(const core::NoteFilter& filter)
{
    core::NoteFilter next = filter;
    next.sort = m_filter.sort;
    next.quickText = m_filter.quickText;
    if (next == m_filter) {
        return; // e.g. "All notes" chosen when the window opens: the list already shows it
    }
    m_filter = std::move(next);
    refresh();
}

void NoteListModel::setQuickText(const QString& text)
{
    const QString trimmed = text.trimmed();
    m_filter.quickText = trimmed.isEmpty() ? std::nullopt : std::optional<std::string>(trimmed.toStdString());
    refresh();
}

void NoteListModel::refresh()
{
    beginResetModel();
    reload();
    endResetModel();
}

void NoteListModel::reload()
{
    m_pages.clear();
    m_pageOrder.clear();
    auto start = m_session.read([&] { return m_session.notebook().notes().listStart(m_filter, kFirstIds); })
                     .value_or(core::NoteStore::ListStart{});
    m_ids = std::move(start.ids);
    m_total = static_cast<int>(start.total);
    m_allIds = static_cast<int>(m_ids.size()) >= m_total;
    m_unread = m_session.unreadNotes();
    m_hasPhotos = m_session.read([&] { return m_session.notebook().files().hasImages(); }).value_or(false);
}

void NoteListModel::readAllIds() const
{
    if (m_allIds) {
        return;
    }
    m_allIds = true;
    core::NoteFilter all = m_filter;
    all.limit = -1;
    all.offset = 0;
    if (auto ids = m_session.read([&] { return m_session.notebook().notes().listIds(all); })) {
        m_ids = std::move(*ids);
    }
    // Past the end of a list that shrank meanwhile, rows read as missing (see row()).
    if (static_cast<int>(m_ids.size()) > m_total) {
        m_ids.resize(static_cast<std::size_t>(m_total));
    }
}

QVariant NoteListModel::thumbnail(const core::NoteSummary& note) const
{
    if (!m_hasPhotos) {
        return {};
    }
    if (!note.firstPhoto) {
        return m_blank;
    }
    const QImage picture = m_pictures->picture(QString::fromStdString(*note.firstPhoto), kThumbnailEdge);
    return picture.isNull() ? m_blank : QIcon(QPixmap::fromImage(picture));
}

void NoteListModel::pictureReady(const QString& sha256, int edge)
{
    if (edge != kThumbnailEdge) {
        return;
    }
    const std::string sha = sha256.toStdString();
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        for (int offset = 0; offset < page->size(); ++offset) {
            if (page->at(offset).firstPhoto == sha) {
                const QModelIndex at = index(page.key() * kPageSize + offset, Title);
                emit dataChanged(at, at, {Qt::DecorationRole});
            }
        }
    }
}

void NoteListModel::preferencesChanged()
{
    if (!m_ids.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

const core::NoteSummary* NoteListModel::row(int index) const
{
    if (index < 0 || index >= rowCount()) {
        return nullptr;
    }
    if (index >= static_cast<int>(m_ids.size())) {
        readAllIds();
        if (index >= static_cast<int>(m_ids.size())) {
            return nullptr;
        }
    }
    const int page = index / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        // Evict first: removing from a QHash invalidates iterators into it.
        if (m_pageOrder.size() >= kMaxPages) {
            m_pages.remove(m_pageOrder.takeFirst());
        }
        const auto first = m_ids.begin() + static_cast<std::ptrdiff_t>(page) * kPageSize;
        const std::vector<std::string> ids(first,
                                           first + std::min<std::ptrdiff_t>(kPageSize, m_ids.end() - first));
        const auto rows = m_session.read([&] { return m_session.notebook().notes().summaries(ids); });
        it = m_pages.insert(page, rows ? QList<core::NoteSummary>(rows->begin(), rows->end())
                                       : QList<core::NoteSummary>());
        m_pageOrder.append(page);
    }
    // A note deleted since the ids were read is missing from its page: match by id, not position.
    const int offset = index % kPageSize;
    const std::string& id = m_ids[static_cast<std::size_t>(index)];
    if (offset < it->size() && it->at(offset).id == id) {
        return &it->at(offset);
    }
    for (const core::NoteSummary& note : *it) {
        if (note.id == id) {
            return &note;
        }
    }
    return nullptr;
}

QString NoteListModel::noteId(int index) const
{
    if (index >= static_cast<int>(m_ids.size())) {
        readAllIds();
    }
    return index >= 0 && index < static_cast<int>(m_ids.size())
               ? QString::fromStdString(m_ids[static_cast<std::size_t>(index)])
               : QString();
}

int NoteListModel::rowOf(const QString& id) const
{
    const std::string wanted = id.toStdString();
    auto it = std::find(m_ids.begin(), m_ids.end(), wanted);
    if (it == m_ids.end() && !m_allIds) {
        readAllIds();
        it = std::find(m_ids.begin(), m_ids.end(), wanted);
    }
    return it == m_ids.end() ? -1 : static_cast<int>(it - m_ids.begin());
}

bool NoteListModel::updateRow(const QString& id, const core::NoteChanges& changed)
{
    // What the filter and the order read: kind, date, author, draft or published, the tags,
    // the title (by its sort or by the quick filter, which also reads the author), and the
    // time of the last change when the list is in that order.
    const bool byTitle = m_filter.sort == core::NoteSort::TitleThai ||
                         m_filter.sort == core::NoteSort::TitleThaiDesc || m_filter.quickText.has_value();
    if (m_filter.sort == core::NoteSort::UpdatedDesc || changed.kind || changed.eventDate || changed.author ||
        changed.published || changed.tags() || (changed.title && byTitle)) {
        return false;
    }
    const int index = rowOf(id);
    if (index < 0) {
        return true; // not in this list, and the change cannot bring it in
    }
    const int page = index / kPageSize;
    m_pages.remove(page); // read again, with the new title and first line, when next shown
    m_pageOrder.removeAll(page);
    emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
    return true;
}

int NoteListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int NoteListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoteListModel::display(const core::NoteSummary& note, int column) const
{
    switch (column) {
    case Title:
        return QString::fromStdString(note.title);
    case Date:
        return m_preferences.formatDate(note.eventDate);
    case Places: {
        QStringList names;
        for (const std::string& code : note.placeCodes) {
            names << m_session.placeName(QString::fromStdString(code));
        }
        return names.join(QStringLiteral(", "));
    }
    case Themes: {
        QStringList names;
        for (const std::string& name : note.themeNames) {
            names << QString::fromStdString(name);
        }
        return names.join(QStringLiteral(", "));
    }
    case FirstLine:
        return QString::fromStdString(note.excerpt);
    case Record:
        return QVariant::fromValue(note.record);
    default:
        return {};
    }
}

QVariant NoteListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this) {
        return {};
    }
    const core::NoteSummary* note = row(index.row());
    if (!note) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*note, index.column());
    case Qt::DecorationRole:
        return index.column() == Title ? thumbnail(*note) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Title ? QString::fromStdString(note->excerpt)
                                       : display(*note, index.column());
    case kIdRole:
        return QString::fromStdString(note->id);
    case Qt::FontRole: {
        // Drafts lean; what teammates wrote or changed, not yet opened here, stands out.
        const bool unread = m_unread.contains(QString::fromStdString(note->id));
        if (note->published && !unread) {
            return {};
        }
        QFont font;
        font.setItalic(!note->published);
        font.setBold(unread);
        return font;
    }
    case Qt::ForegroundRole:
        return note->trashedMs
                   ? QVariant(QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text))
                   : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Record ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant NoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Title:
        return tr("Title");
    case Date:
        return tr("Date");
    case Places:
        return tr("Places");
    case Themes:
        return tr("Themes");
    case FirstLine:
        return tr("First line");
    case Record:
        return tr("No.");
    default:
        return {};
    }
}

void NoteListModel::sort(int column, Qt::SortOrder order)
{
    const bool ascending = order == Qt::AscendingOrder;
    core::NoteSort sort = m_filter.sort;
    switch (column) {
    case Title:
        sort = ascending ? core::NoteSort::TitleThai : core::NoteSort::TitleThaiDesc;
        break;
    case Date:
        sort = ascending ? core::NoteSort::EventDateAsc : core::NoteSort::EventDateDesc;
        break;
    case Record:
        sort = ascending ? core::NoteSort::RecordAsc : core::NoteSort::RecordDesc;
        break;
    default:
        return; // places, themes and first lines are not sortable
    }
    if (sort == m_filter.sort) {
        return; // the view asks again after restoring its header; nothing moves
    }
    m_filter.sort = sort;
    beginResetModel(); // every row moves: cheaper to reload the visible pages than to map them
    reload();
    endResetModel();
}

} // namespace banthuek::ui
