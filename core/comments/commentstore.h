// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace banthuek::core {

class Database;

// A ความเห็น under a note: a flat list in time order, as on GotoKnow.
struct Comment
{
    std::string id;
    std::string noteId;
    std::string author;
    std::string body;
    std::int64_t createdMs = 0;
    std::int64_t updatedMs = 0;
};

class CommentStore final
{
public:
    explicit CommentStore(Database& db) : m_db(db) {}

    // `writtenMs`: when the comment was written, for one imported with its date; else now.
    [[nodiscard]] Comment add(const std::string& noteId, const std::string& author, const std::string& body,
                              std::optional<std::int64_t> writtenMs = std::nullopt);
    // Adds the comments a note lacks (matched by author and words, so importing again adds
    // nothing twice), in order; returns how many were added.
    struct Written
    {
        std::string author;
        std::string body;
        std::optional<std::int64_t> writtenMs;
    };
    int addMissing(const std::string& noteId, const std::vector<Written>& comments);
    [[nodiscard]] Comment edit(const std::string& commentId, const std::string& body);
    void remove(const std::string& commentId);
    [[nodiscard]] Comment get(const std::string& commentId) const;
    [[nodiscard]] std::vector<Comment> forNote(const std::string& noteId) const;
    [[nodiscard]] std::int64_t count() const;

private:
    Database& m_db;
};

} // namespace banthuek::core
