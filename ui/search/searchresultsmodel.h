// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/search/searchstore.h"

#include <QAbstractListModel>

namespace banthuek::ui {

class Session;

// Search results, 20 at a time: the first page when the query changes, the next ones as the
// view scrolls (fetchMore). Each row is a note with its title and a snippet whose matches
// are marked.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { NoteIdRole = Qt::UserRole + 1, SnippetHtmlRole, RecordRole, WholeWordRole };
    static constexpr int kPageSize = 20;

    explicit SearchResultsModel(Session& session, QObject* parent = nullptr);

    // Runs a new search; an empty query empties the model.
    void setQuery(const QString& query, const core::NoteFilter& filter);
    // Runs the same query again (the notebook or the sidebar's filter changed), keeping as
    // many rows as were loaded.
    void refresh(const core::NoteFilter& filter);

    [[nodiscard]] QString query() const { return m_query; }
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] QString noteId(int row) const;
    [[nodiscard]] int rowOf(const QString& noteId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void searched(); // a new query's first page (or a refresh) is in

private:
    [[nodiscard]] core::SearchResults run(int offset, int limit) const;
    void show(core::SearchResults results); // replaces every row

    Session& m_session;
    QString m_query;
    core::NoteFilter m_filter;
    std::vector<core::SearchHit> m_hits;
    bool m_more = false;
    QString m_problem;
};

// The snippet as rich text: user text escaped, matches in <b> with a marker background.
[[nodiscard]] QString snippetHtml(const core::SearchHit& hit);

} // namespace banthuek::ui
