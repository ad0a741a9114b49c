// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/notelistmodel.h"

#include "ui/app/session.h"
#include "ui/preferences/preferences.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QStringList>

namespace banthuek::ui {

NoteListModel::NoteListModel(Session& session, const Preferences& preferences, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_preferences(preferences)
{
    refresh();
}

void NoteListModel::setFilter(const core::NoteFilter& filter)
{
    const core::NoteSort sort = m_filter.sort;
    const auto quick = m_filter.quickText;
    m_filter = filter;
    m_filter.sort = sort;
    m_filter.quickText = quick;
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
    m_pages.clear();
    m_pageOrder.clear();
    core::NoteFilter counting = m_filter;
    counting.limit = -1;
    counting.offset = 0;
    m_count = static_cast<int>(m_session.read([&] { return m_session.notebook().notes().count(counting); }).value_or(0));
    endResetModel();
}

void NoteListModel::preferencesChanged()
{
    if (m_count > 0) {
        emit dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
    }
}

const core::NoteSummary* NoteListModel::row(int index) const
{
    if (index < 0 || index >= m_count) {
        return nullptr;
    }
    const int page = index / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        core::NoteFilter paged = m_filter;
        paged.limit = kPageSize;
        paged.offset = static_cast<std::int64_t>(page) * kPageSize;
        const auto rows = m_session.read([&] { return m_session.notebook().notes().list(paged); });
        it = m_pages.insert(page, rows ? QList<core::NoteSummary>(rows->begin(), rows->end())
                                       : QList<core::NoteSummary>());
        m_pageOrder.append(page);
        if (m_pageOrder.size() > kMaxPages) {
            m_pages.remove(m_pageOrder.takeFirst());
        }
    }
    const int offset = index % kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QString NoteListModel::noteId(int index) const
{
    const core::NoteSummary* note = row(index);
    return note ? QString::fromStdString(note->id) : QString();
}

int NoteListModel::loadedRowOf(const QString& id) const
{
    const std::string wanted = id.toStdString();
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == wanted) {
                return it.key() * kPageSize + i;
            }
        }
    }
    return -1;
}

int NoteListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int NoteListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoteListModel::display(const core::NoteSummary& note, int column) const
{
    switch (column) {
    case Title: return QString::fromStdString(note.title);
    case Date: return m_preferences.formatDate(note.eventDate);
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
    case FirstLine: return QString::fromStdString(note.excerpt);
    case Record: return QVariant::fromValue(note.record);
    default: return {};
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
    case Qt::DisplayRole: return display(*note, index.column());
    case Qt::ToolTipRole:
        return index.column() == Title ? QString::fromStdString(note->excerpt) : display(*note, index.column());
    case kIdRole: return QString::fromStdString(note->id);
    case Qt::FontRole:
        if (!note->published) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return note->trashedMs ? QVariant(QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text))
                               : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Record ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default: return {};
    }
}

QVariant NoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Title: return tr("Title");
    case Date: return tr("Date");
    case Places: return tr("Places");
    case Themes: return tr("Themes");
    case FirstLine: return tr("First line");
    case Record: return tr("No.");
    default: return {};
    }
}

void NoteListModel::sort(int column, Qt::SortOrder order)
{
    const bool ascending = order == Qt::AscendingOrder;
    switch (column) {
    case Title: m_filter.sort = ascending ? core::NoteSort::TitleThai : core::NoteSort::TitleThaiDesc; break;
    case Date: m_filter.sort = ascending ? core::NoteSort::EventDateAsc : core::NoteSort::EventDateDesc; break;
    case Record: m_filter.sort = ascending ? core::NoteSort::RecordAsc : core::NoteSort::RecordDesc; break;
    default: return; // places, themes and first lines are not sortable
    }
    beginResetModel(); // every row moves: cheaper to reload the visible pages than to map them
    m_pages.clear();
    m_pageOrder.clear();
    endResetModel();
}

} // namespace banthuek::ui
