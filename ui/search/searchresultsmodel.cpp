// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/search/searchresultsmodel.h"

#include "ui/session/session.h"

#include <QRegularExpression>

namespace banthuek::ui {

SearchResultsModel::SearchResultsModel(Session& session, QObject* parent)
    : QAbstractListModel(parent), m_session(session)
{
}

core::SearchResults SearchResultsModel::run(int offset, int limit) const
{
    core::SearchRequest request;
    request.query = m_query.toStdString();
    request.filter = m_filter;
    request.offset = offset;
    request.limit = limit;
    return m_session.search(request).value_or(core::SearchResults{});
}

void SearchResultsModel::setQuery(const QString& query, const core::NoteFilter& filter)
{
    m_query = query;
    m_filter = filter;
    show(query.trimmed().isEmpty() ? core::SearchResults{} : run(0, kPageSize));
}

void SearchResultsModel::show(core::SearchResults results)
{
    beginResetModel();
    m_hits = std::move(results.hits);
    m_more = results.more;
    m_problem = QString::fromStdString(results.problem);
    endResetModel();
    emit searched();
}

void SearchResultsModel::refresh(const core::NoteFilter& filter)
{
    m_filter = filter;
    if (m_query.trimmed().isEmpty()) {
        return;
    }
    show(run(0, std::max(kPageSize, static_cast<int>(m_hits.size()))));
}

QString SearchResultsModel::noteId(int row) const
{
    return row >= 0 && row < rowCount() ? QString::fromStdString(m_hits[static_cast<std::size_t>(row)].noteId)
                                        : QString();
}

int SearchResultsModel::rowOf(const QString& noteId) const
{
    const std::string id = noteId.toStdString();
    for (std::size_t i = 0; i < m_hits.size(); ++i) {
        if (m_hits[i].noteId == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const core::SearchHit& hit = m_hits[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return QString::fromStdString(hit.title);
    case Qt::ToolTipRole:
        return tr("Record %1").arg(hit.record);
    case NoteIdRole:
        return QString::fromStdString(hit.noteId);
    case SnippetHtmlRole:
        return snippetHtml(hit);
    case RecordRole:
        return QVariant::fromValue<qlonglong>(hit.record);
    case WholeWordRole:
        return hit.wholeWord;
    default:
        return {};
    }
}

bool SearchResultsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void SearchResultsModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const core::SearchResults page = run(static_cast<int>(m_hits.size()), kPageSize);
    m_more = page.more;
    if (page.hits.empty()) {
        return;
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(page.hits.size()) - 1);
    m_hits.insert(m_hits.end(), page.hits.begin(), page.hits.end());
    endInsertRows();
}

QString snippetHtml(const core::SearchHit& hit)
{
    // Offsets are bytes of UTF-8, always on character boundaries: cut first, convert after.
    QString html;
    std::size_t at = 0;
    // Markdown's heading and emphasis marks are noise in a two-line preview.
    static const QRegularExpression markup(QStringLiteral("\\*+|_{2,}|(?<=^|\\s)#{1,6}(?=\\s|$|…)"));
    auto plain = [&](std::size_t from, std::size_t to) {
        html += QString::fromStdString(hit.snippet.substr(from, to - from)).remove(markup).toHtmlEscaped();
    };
    for (const auto& [from, to] : hit.highlights) {
        if (from < at || to > hit.snippet.size()) {
            continue;
        }
        plain(at, from);
        html += QStringLiteral("<b style=\"background-color:#fde68a\">");
        plain(from, to);
        html += QStringLiteral("</b>");
        at = to;
    }
    plain(at, hit.snippet.size());
    return html;
}

} // namespace banthuek::ui
