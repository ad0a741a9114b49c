// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/comments/commentstore.h"

#include "core/error.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/text/dates.h"
#include "core/text/normalize.h"

#include <set>

namespace banthuek::core {
namespace {

constexpr std::size_t kMaxCommentBytes = std::size_t{1024} * 1024;

std::string checkedBody(const std::string& body)
{
    std::string text = normalizeText(body, "comment");
    if (normalizeLine(text).empty()) {
        throw Error(ErrorCategory::InvalidInput, "A comment cannot be empty.");
    }
    if (text.size() > kMaxCommentBytes) {
        throw Error(ErrorCategory::InvalidInput, "The comment is too long (at most 1 MB).");
    }
    return text;
}

Comment readComment(const Statement& row)
{
    return {row.text(0), row.text(1), row.text(2), row.text(3), row.integer(4), row.integer(5)};
}

constexpr const char* kSelect = "SELECT id, note_id, author, body, created_ms, updated_ms FROM comments ";

} // namespace

Comment CommentStore::add(const std::string& noteId, const std::string& author, const std::string& body,
                          std::optional<std::int64_t> writtenMs)
{
    const std::string text = checkedBody(body);
    const std::string who = normalizeLine(author, "comment author");
    Transaction transaction(m_db);
    if (!m_db.cached("SELECT 1 FROM notes WHERE id = ?1")->bind(1, noteId).step()) {
        throw Error(ErrorCategory::NotFound, "Cannot comment: the note %1 does not exist.", {noteId});
    }
    const std::string id = newUuid();
    m_db.cached("INSERT INTO comments (id, note_id, author, body, created_ms, updated_ms) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?5)")
        ->bind(1, id)
        .bind(2, noteId)
        .bind(3, who)
        .bind(4, text)
        .bind(5, writtenMs.value_or(nowMillis()))
        .run();
    Comment comment = get(id);
    transaction.commit();
    return comment;
}

int CommentStore::addMissing(const std::string& noteId, const std::vector<Written>& comments)
{
    std::set<std::pair<std::string, std::string>> present;
    for (const Comment& comment : forNote(noteId)) {
        present.emplace(matchKey(comment.author), matchKey(comment.body));
    }
    int added = 0;
    for (const Written& comment : comments) {
        if (present.emplace(matchKey(comment.author), matchKey(normalizeText(comment.body, "comment")))
                .second) {
            [[maybe_unused]] const Comment made =
                add(noteId, comment.author, comment.body, comment.writtenMs);
            ++added;
        }
    }
    return added;
}

Comment CommentStore::edit(const std::string& commentId, const std::string& body)
{
    const std::string text = checkedBody(body);
    Transaction transaction(m_db);
    const Comment before = get(commentId);
    m_db.cached("UPDATE comments SET body = ?2, updated_ms = ?3 WHERE id = ?1")
        ->bind(1, commentId)
        .bind(2, text)
        .bind(3, std::max(nowMillis(), before.updatedMs + 1))
        .run();
    Comment comment = get(commentId);
    transaction.commit();
    return comment;
}

void CommentStore::remove(const std::string& commentId)
{
    Transaction transaction(m_db);
    [[maybe_unused]] const Comment existing = get(commentId);
    m_db.cached("DELETE FROM comments WHERE id = ?1")->bind(1, commentId).run();
    transaction.commit();
}

Comment CommentStore::get(const std::string& commentId) const
{
    auto row = m_db.cached(std::string(kSelect) + "WHERE id = ?1");
    if (!row->bind(1, commentId).step()) {
        throw Error(ErrorCategory::NotFound, "The comment %1 does not exist.", {commentId});
    }
    return readComment(*row);
}

std::vector<Comment> CommentStore::forNote(const std::string& noteId) const
{
    std::vector<Comment> result;
    auto rows = m_db.cached(std::string(kSelect) + "WHERE note_id = ?1 ORDER BY created_ms, rowid");
    rows->bind(1, noteId);
    while (rows->step()) {
        result.push_back(readComment(*rows));
    }
    return result;
}

std::int64_t CommentStore::count() const
{
    auto row = m_db.cached(
        "SELECT count(*) FROM comments c JOIN notes n ON n.id = c.note_id WHERE n.trashed_ms IS NULL");
    return row->step() ? row->integer(0) : 0;
}

} // namespace banthuek::core
