// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/markdownexport.h"

#include "core/files/filerefs.h"
#include "core/formats/markdownlinks.h"
#include "core/formats/markdownnote.h"
#include "core/formats/outputfolder.h"
#include "core/notebook/notebook.h"
#include "core/notes/notelinks.h"

#include <filesystem>
#include <map>
#include <set>

namespace banthuek::core {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxAttachmentNameBytes = 100;

class Exporter final
{
public:
    Exporter(Notebook& notebook, const std::string& folder) : m_notebook(notebook), m_folder(folder) {}

    // Names every note's file first, so links can point to notes written later.
    void nameNotes(const std::vector<std::string>& ids)
    {
        std::set<std::string> taken;
        for (const NoteSummary& note : m_notebook.notes().summaries(ids)) {
            std::string name = noteFileName(note.record, note.title);
            for (int n = 2; !taken.insert(name).second; ++n) {
                name = noteFileName(note.record, note.title + " " + std::to_string(n));
            }
            m_noteFiles.emplace(note.id, name);
        }
    }

    int write(const std::string& id, MarkdownExport& result)
    {
        const Note note = m_notebook.notes().get(id);
        NoteFields fields{note, {}, {}, {}, {}, {}};
        for (const std::string& themeId : note.content.themeIds) {
            fields.themes.push_back(m_notebook.themes().get(themeId).nameTh);
        }
        for (const std::string& personId : note.content.personIds) {
            fields.people.push_back(m_notebook.people().get(personId).name);
        }
        for (const std::string& organisationId : note.content.organisationIds) {
            fields.organisations.push_back(m_notebook.organisations().get(organisationId).shortName());
        }
        for (const std::string& code : note.content.placeCodes) {
            const auto place = m_notebook.places().find(code);
            if (place && place->level == PlaceLevel::Village) {
                fields.villages.push_back(code + " " + place->nameTh);
            }
        }
        if (const auto source = m_notebook.notes().source(id)) {
            fields.source = source->url;
        }
        std::string text = "---\n" + frontMatterText(fields) + "---\n" + body(note.content.body, result);
        std::vector<MarkdownComment> comments;
        for (const Comment& comment : m_notebook.comments().forNote(id)) {
            comments.push_back({comment.author, comment.body, comment.createdMs});
        }
        const bool markerInBody = note.content.body.find(kCommentsMarker) != std::string::npos;
        text += comments.empty() && !markerInBody ? "\n" : "\n\n" + commentsSection(comments);
        writeTextFile((fs::path(m_folder) / m_noteFiles.at(id)).string(), text);
        return static_cast<int>(comments.size());
    }

private:
    // The body with its files and links to exported notes as relative links.
    std::string body(const std::string& markdown, MarkdownExport& result)
    {
        return rewriteLinkTargets(markdown, [&](const LinkTarget& link) -> std::optional<std::string> {
            if (link.target.starts_with(kFileScheme)) {
                const std::string sha = link.target.substr(kFileScheme.size());
                return isSha256Hex(sha) ? fileLink(sha, result) : std::nullopt;
            }
            const std::string noteId = noteIdFromTarget(link.target);
            const auto file = m_noteFiles.find(noteId);
            if (noteId.empty() || file == m_noteFiles.end()) {
                return std::nullopt;
            }
            return percentEncodedPath(file->second);
        });
    }

    std::optional<std::string> fileLink(const std::string& sha, MarkdownExport& result)
    {
        if (const auto written = m_files.find(sha); written != m_files.end()) {
            return percentEncodedPath(std::string(kExportFilesFolder) + "/" + written->second);
        }
        const auto file = m_notebook.files().find(sha);
        if (!file) {
            return std::nullopt; // named but not here: the link stays as it was
        }
        std::string name = safeFileName(file->name);
        const fs::path asPath(name);
        if (name.size() > kMaxAttachmentNameBytes) {
            name = sha.substr(0, 16) + asPath.extension().string();
        }
        if (m_fileNames.contains(name)) {
            name =
                fs::path(name).stem().string() + "-" + sha.substr(0, 8) + fs::path(name).extension().string();
        }
        const fs::path folder = fs::path(m_folder) / kExportFilesFolder;
        if (m_files.empty()) {
            std::error_code error;
            fs::create_directories(folder, error);
            if (error) {
                throw Error(ErrorCategory::Io, "Cannot create the folder %1: %2.",
                            {folder.string(), error.message()});
            }
        }
        m_notebook.files().extractTo(sha, (folder / name).string());
        m_fileNames.insert(name);
        m_files.emplace(sha, name);
        ++result.files;
        return percentEncodedPath(std::string(kExportFilesFolder) + "/" + name);
    }

    Notebook& m_notebook;
    std::string m_folder;
    std::map<std::string, std::string> m_noteFiles; // note id -> file name
    std::map<std::string, std::string> m_files;     // sha256 -> name in files/
    std::set<std::string> m_fileNames;
};

} // namespace

MarkdownExport exportMarkdown(Notebook& notebook, const std::string& folder,
                              const MarkdownExportOptions& options,
                              const std::function<void(int done, int total)>& progress)
{
    NoteFilter filter = options.filter;
    filter.trash = TrashFilter::Exclude;
    filter.sort = NoteSort::RecordAsc;
    const std::vector<std::string> ids = notebook.notes().listIds(filter);
    prepareOutputFolder(folder, options.force);
    Exporter exporter(notebook, folder);
    exporter.nameNotes(ids);
    MarkdownExport result;
    for (const std::string& id : ids) {
        result.comments += exporter.write(id, result);
        ++result.notes;
        if (progress) {
            progress(result.notes, static_cast<int>(ids.size()));
        }
    }
    return result;
}

} // namespace banthuek::core
