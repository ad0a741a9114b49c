// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/gotoknowimport.h"

#include "core/formats/gotoknowpost.h"
#include "core/notebook/notebook.h"
#include "core/storage/database.h"
#include "core/text/normalize.h"

#include <filesystem>
#include <fstream>

namespace banthuek::core {
namespace {

constexpr const char* kSite = "gotoknow";

struct ReadPost
{
    std::string file;
    GotoKnowPost post;
};

std::string fileName(const std::string& path)
{
    return std::filesystem::path(path).filename().string();
}

// The file's post, or the reason it is not one.
GotoKnowPost readPost(const std::string& path)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error) {
        throw Error(ErrorCategory::Io, "It cannot be read: %1.", {error.message()});
    }
    if (size > kMaxGotoKnowPageBytes) {
        throw Error(ErrorCategory::InvalidInput,
                    "It is %1 MB: larger than any GotoKnow page (at most %2 MB).",
                    {std::to_string(size >> 20), std::to_string(kMaxGotoKnowPageBytes >> 20)});
    }
    std::ifstream in(path, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) {
        throw Error(ErrorCategory::Io, "It cannot be read: %1.", {"read failed"});
    }
    return parseGotoKnowPost(bytes);
}

std::optional<std::int64_t> millis(const std::optional<WrittenDateTime>& written)
{
    return written ? std::optional(thaiMillis(*written)) : std::nullopt;
}

void addUnique(std::vector<std::string>& to, const std::vector<std::string>& values)
{
    for (const std::string& value : values) {
        if (std::find(to.begin(), to.end(), value) == to.end()) {
            to.push_back(value);
        }
    }
}

class PostWriter final
{
public:
    PostWriter(Notebook& notebook, const GotoKnowImportOptions& options, GotoKnowImport& result)
        : m_notebook(notebook), m_options(options), m_result(result)
    {
    }

    GotoKnowImported write(const ReadPost& read)
    {
        const GotoKnowPost& post = read.post;
        GotoKnowImported done{read.file,
                              {},
                              post.number,
                              post.title,
                              GotoKnowImported::Outcome::Created,
                              static_cast<int>(post.comments.size()),
                              0};
        const std::string ref = std::to_string(post.number);
        const std::optional<std::string> existing = m_notebook.notes().findBySource(kSite, ref);
        NoteDraft draft = existing ? m_notebook.notes().get(*existing).content : NoteDraft{};
        if (!existing) {
            draft.kind = m_options.kind;
        }
        draft.title = post.title;
        draft.body = post.body;
        draft.licence = post.licence;
        draft.published = true;
        if (post.written) {
            draft.eventDate = post.written->date;
        }
        if (!m_options.author.empty()) {
            draft.author = m_options.author;
        }
        addUnique(draft.placeCodes, m_options.placeCodes);
        addUnique(draft.themeIds, themeIds(post.keywords));
        const NoteSource source{kSite, ref, post.url, millis(post.written), millis(post.edited)};
        if (existing) {
            done.noteId = *existing;
            const bool changed = m_notebook.notes().save(*existing, draft).changed.any();
            const bool sourceChanged = m_notebook.notes().source(*existing) != source;
            done.outcome = changed || sourceChanged ? GotoKnowImported::Outcome::Updated
                                                    : GotoKnowImported::Outcome::Unchanged;
            if (m_notebook.notes().get(*existing).trashedMs) {
                m_notebook.notes().restore(*existing); // imported again: wanted again
                done.outcome = GotoKnowImported::Outcome::Updated;
            }
        } else {
            done.noteId = m_notebook.notes().create(draft).id;
            const std::int64_t written = source.writtenMs.value_or(nowMillis());
            m_notebook.notes().setTimes(done.noteId, written, source.editedMs.value_or(written));
        }
        m_notebook.notes().setSource(done.noteId, source);
        done.commentsAdded = addComments(done.noteId, post);
        if (done.commentsAdded > 0 && done.outcome == GotoKnowImported::Outcome::Unchanged) {
            done.outcome = GotoKnowImported::Outcome::Updated;
        }
        return done;
    }

private:
    std::vector<std::string> themeIds(const std::vector<std::string>& keywords)
    {
        std::vector<std::string> ids;
        for (const std::string& keyword : keywords) {
            const bool existed = m_notebook.themes().findByName(keyword).has_value();
            ids.push_back(m_notebook.themes().findOrAdd(keyword).id);
            m_result.themesCreated += existed ? 0 : 1;
        }
        return ids;
    }

    // Comments the note lacks; those written here stay.
    int addComments(const std::string& noteId, const GotoKnowPost& post)
    {
        // Undated comments follow the post by a millisecond each: in order, and in the post's month.
        std::int64_t next = millis(post.written).value_or(nowMillis());
        std::vector<CommentStore::Written> comments;
        for (const GotoKnowComment& comment : post.comments) {
            comments.push_back({comment.author, comment.body, millis(comment.written).value_or(++next)});
        }
        return m_notebook.comments().addMissing(noteId, comments);
    }

    Notebook& m_notebook;
    const GotoKnowImportOptions& m_options;
    GotoKnowImport& m_result;
};

} // namespace

GotoKnowImport importGotoKnow(Notebook& notebook, const std::vector<std::string>& paths,
                              const GotoKnowImportOptions& options)
{
    for (const std::string& code : options.placeCodes) {
        if (!notebook.places().find(code)) {
            throw Error(ErrorCategory::InvalidInput, "unknown place code \"%1\"", {code});
        }
    }
    GotoKnowImport result;
    std::vector<ReadPost> posts;
    for (const std::string& path : paths) {
        try {
            posts.push_back({fileName(path), readPost(path)});
        } catch (const Error& error) {
            result.problems.push_back({path, error.message()});
        }
    }
    if ((!result.problems.empty() && !options.skipBad) || posts.empty() || options.dryRun) {
        for (const ReadPost& read : posts) {
            // What importing would do: update the note the post became, or add one.
            const auto existing = notebook.notes().findBySource(kSite, std::to_string(read.post.number));
            result.posts.push_back(
                {read.file, existing.value_or(std::string()), read.post.number, read.post.title,
                 existing ? GotoKnowImported::Outcome::Updated : GotoKnowImported::Outcome::Created,
                 static_cast<int>(read.post.comments.size()), 0});
        }
        return result;
    }
    Transaction transaction(notebook.database());
    PostWriter writer(notebook, options, result);
    for (const ReadPost& read : posts) {
        result.posts.push_back(writer.write(read));
    }
    transaction.commit();
    result.written = true;
    return result;
}

} // namespace banthuek::core
