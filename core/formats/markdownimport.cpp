// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/markdownimport.h"

#include "core/files/filerefs.h"
#include "core/formats/markdownlinks.h"
#include "core/formats/markdownread.h"
#include "core/notebook/notebook.h"
#include "core/notes/notelinks.h"
#include "core/search/searchstore.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/text/normalize.h"
#include "core/text/timestamps.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <set>

namespace banthuek::core {
namespace {

namespace fs = std::filesystem;

constexpr const char* kSite = "markdown";
constexpr std::string_view kGotoKnowPosts = "gotoknow.org/posts/";
constexpr std::size_t kNotesPerRun = 250; // notes written as one savepoint

std::string readText(const fs::path& path)
{
    std::error_code error;
    const auto size = fs::file_size(path, error);
    if (error) {
        throw Error(ErrorCategory::Io, "It cannot be read: %1.", {error.message()});
    }
    if (size > kMaxMarkdownFileBytes) {
        throw Error(ErrorCategory::InvalidInput, "It is %1 MB: larger than a note can be (at most %2 MB).",
                    {std::to_string(size >> 20), std::to_string(kMaxMarkdownFileBytes >> 20)});
    }
    std::ifstream in(path, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) {
        throw Error(ErrorCategory::Io, "It cannot be read: %1.", {"read failed"});
    }
    return bytes;
}

// The post number of a GotoKnow address, 0 when it is none.
std::int64_t gotoKnowNumber(std::string_view url)
{
    const std::size_t at = url.find(kGotoKnowPosts);
    if (at == std::string_view::npos) {
        return 0;
    }
    std::int64_t number = 0;
    for (std::size_t i = at + kGotoKnowPosts.size(); i < url.size() && url[i] >= '0' && url[i] <= '9'; ++i) {
        number = number * 10 + (url[i] - '0');
        if (number > 1'000'000'000'000) {
            return 0;
        }
    }
    return number;
}

std::string key(std::string_view text)
{
    return matchKey(text);
}

bool hasScheme(std::string_view target)
{
    const std::size_t colon = target.find(':');
    if (colon == 0) {
        return true; // Joplin's ":/id"
    }
    if (colon == std::string_view::npos || colon == 1) {
        return false; // none, or a Windows drive letter: a path
    }
    return std::all_of(target.begin(), target.begin() + static_cast<std::ptrdiff_t>(colon), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' ||
               c == '.' || c == '-';
    });
}

Error outside(int line, const std::string& target)
{
    return Error(ErrorCategory::InvalidInput,
                 "line %1: the link \"%2\" leads out of the folder; only files inside it are read.",
                 {std::to_string(line), target});
}

// A bigger page cache while a whole folder goes in as one transaction, so pages are not spilled
// to the write-ahead log and written again (a third of an import's time without it).
class LargeCache final
{
public:
    explicit LargeCache(Database& db) : m_db(db), m_before(db.pragmaInteger("cache_size"))
    {
        m_db.exec("PRAGMA cache_size = -262144");
    }
    ~LargeCache()
    {
        try {
            m_db.exec("PRAGMA cache_size = " + std::to_string(m_before));
        } catch (...) { // a smaller cache again is only a speed
        }
    }
    LargeCache(const LargeCache&) = delete;
    LargeCache& operator=(const LargeCache&) = delete;

private:
    Database& m_db;
    std::int64_t m_before;
};

// What a file's notes and attachments are called, for links to find them.
class FolderIndex final
{
public:
    explicit FolderIndex(const MarkdownFolder& folder)
    {
        for (const std::string& note : folder.notes) {
            m_notes.insert(note);
            const fs::path path(note);
            m_noteNames.emplace(key(path.stem().string()), note); // the first (sorted) wins
            m_noteNames.emplace(key((path.parent_path() / path.stem()).generic_string()), note);
        }
        for (const std::string& other : folder.others) {
            m_others.insert(other);
            m_fileNames.emplace(key(fs::path(other).filename().string()), other);
            m_fileNames.emplace(key(other), other);
        }
    }
    [[nodiscard]] bool isNote(const std::string& relative) const { return m_notes.contains(relative); }
    [[nodiscard]] bool isFile(const std::string& relative) const { return m_others.contains(relative); }
    // A [[wikilink]]'s target: a note by its name or path (with or without .md), or a file.
    [[nodiscard]] std::optional<std::string> note(std::string target) const
    {
        if (target.ends_with(".md")) {
            target.resize(target.size() - 3);
        }
        const auto found = m_noteNames.find(key(target));
        return found == m_noteNames.end() ? std::nullopt : std::optional(found->second);
    }
    [[nodiscard]] std::optional<std::string> file(const std::string& target) const
    {
        const auto found = m_fileNames.find(key(target));
        return found == m_fileNames.end() ? std::nullopt : std::optional(found->second);
    }

private:
    std::set<std::string> m_notes;
    std::set<std::string> m_others;
    std::map<std::string, std::string> m_noteNames;
    std::map<std::string, std::string> m_fileNames;
};

// Where a note goes: the note it updates, or the id it will have.
struct Plan
{
    std::string id;
    bool existing = false;
};

std::int64_t modifiedMillis(const fs::path& path)
{
    std::error_code error;
    const auto written = fs::last_write_time(path, error);
    if (error) {
        return nowMillis();
    }
    const auto system = std::chrono::file_clock::to_sys(written);
    return std::chrono::duration_cast<std::chrono::milliseconds>(system.time_since_epoch()).count();
}

class Importer final
{
public:
    Importer(Notebook& notebook, const MarkdownFolder& folder, const MarkdownImportOptions& options)
        : m_notebook(notebook), m_folder(folder), m_index(folder), m_options(options)
    {
    }

    // Decides each note's id before any is written, so links can name notes written later.
    void plan(const std::vector<MarkdownNote>& notes)
    {
        std::set<std::string> planned;
        for (const MarkdownNote& note : notes) {
            Plan plan;
            if (const auto found = existing(note)) {
                plan = {*found, true};
            } else {
                plan.id = note.fromBanthuek && !planned.contains(note.id) ? note.id : newUuid();
            }
            planned.insert(plan.id);
            m_plans.emplace(note.file, plan);
        }
    }

    // Writes one note, or (on any failure) nothing of it.
    MarkdownImported write(const MarkdownNote& note)
    {
        return guarded([&] { return std::vector<MarkdownImported>{writeNote(note)}; }).front();
    }

    // Writes a run of notes as one savepoint, or (on any failure) none of them.
    std::vector<MarkdownImported> writeAll(const MarkdownNote* first, const MarkdownNote* last)
    {
        return guarded([&] {
            std::vector<MarkdownImported> done;
            for (const MarkdownNote* note = first; note != last; ++note) {
                done.push_back(writeNote(*note));
            }
            return done;
        });
    }

private:
    // Runs `write` as one savepoint whose writes open none of their own (FTS5 writes out its
    // pending index at every savepoint); on failure, forgets the files it stored.
    template <typename Write> std::vector<MarkdownImported> guarded(Write write)
    {
        m_storedNow.clear();
        try {
            Transaction savepoint(m_notebook.database());
            std::vector<MarkdownImported> done;
            {
                const FlatNesting flat(m_notebook.database());
                done = write();
            }
            savepoint.commit();
            return done;
        } catch (...) {
            for (const std::string& relative : m_storedNow) {
                m_stored.erase(relative); // rolled back with the notes
            }
            m_named.clear(); // names added in the run are gone with it
            throw;
        }
    }

    MarkdownImported writeNote(const MarkdownNote& note)
    {
        const Plan& plan = m_plans.at(note.file);
        MarkdownImported done{
            note.file, plan.id, note.title, ImportOutcome::Created, static_cast<int>(note.comments.size()),
            0,         0};
        NoteDraft draft = plan.existing ? m_notebook.notes().get(plan.id).content : NoteDraft{};
        fill(note, plan.existing, draft);
        draft.body = body(note, done.files);
        if (plan.existing) {
            bool changed = m_notebook.notes().save(plan.id, draft).changed.any();
            if (m_notebook.notes().get(plan.id).trashedMs) {
                m_notebook.notes().restore(plan.id); // imported again: wanted again
                changed = true;
            }
            done.outcome = changed ? ImportOutcome::Updated : ImportOutcome::Unchanged;
        } else {
            (void)m_notebook.notes().create(draft, {plan.id, note.record});
            const std::int64_t created = note.createdMs.value_or(modifiedMillis(m_folder.root / note.file));
            m_notebook.notes().setTimes(plan.id, created, note.updatedMs.value_or(created));
        }
        if (const auto source = sourceOf(note); source && !m_notebook.notes().source(plan.id)) {
            m_notebook.notes().setSource(plan.id, *source);
        }
        std::vector<CommentStore::Written> comments;
        for (const MarkdownComment& comment : note.comments) {
            comments.push_back({comment.author, comment.body, comment.writtenMs});
        }
        done.commentsAdded = m_notebook.comments().addMissing(plan.id, comments);
        if (done.commentsAdded > 0 && done.outcome == ImportOutcome::Unchanged) {
            done.outcome = ImportOutcome::Updated;
        }

        return done;
    }

    [[nodiscard]] std::optional<std::string> existing(const MarkdownNote& note) const
    {
        auto row = m_notebook.database().cached("SELECT 1 FROM notes WHERE id = ?1");
        if (note.fromBanthuek && row->bind(1, note.id).step()) {
            return note.id;
        }
        if (auto found = m_notebook.notes().findBySource(kSite, (m_folder.root / note.file).string())) {
            return found;
        }
        const std::int64_t number = gotoKnowNumber(note.source);
        return number > 0 ? m_notebook.notes().findBySource("gotoknow", std::to_string(number))
                          : std::nullopt;
    }

    [[nodiscard]] std::optional<NoteSource> sourceOf(const MarkdownNote& note) const
    {
        if (const std::int64_t number = gotoKnowNumber(note.source); number > 0) {
            return NoteSource{"gotoknow", std::to_string(number), note.source, std::nullopt, std::nullopt};
        }
        if (note.fromBanthuek && note.source.empty()) {
            return std::nullopt; // our own note coming back: it came from nowhere else
        }
        return NoteSource{kSite, (m_folder.root / note.file).string(), note.source, std::nullopt,
                          std::nullopt};
    }

    // The note's fields from its file. Our own files say everything; others add to what is there.
    void fill(const MarkdownNote& note, bool existing, NoteDraft& draft)
    {
        draft.title = note.title;
        draft.kind = note.kind.value_or(existing ? draft.kind : m_options.kind);
        draft.author = note.author.value_or(existing ? draft.author : m_options.author);
        draft.published = note.published.value_or(existing && draft.published);
        draft.licence = note.licence.value_or(draft.licence);
        if (note.date) {
            draft.eventDate = note.date;
        } else if (!existing && !note.fromBanthuek) {
            const std::int64_t created = note.createdMs.value_or(modifiedMillis(m_folder.root / note.file));
            draft.eventDate = parseIsoDate(isoThaiInstant(created).substr(0, 10));
        }
        if (note.fromBanthuek) {
            draft.placeCodes.clear();
            draft.themeIds.clear();
            draft.personIds.clear();
            draft.organisationIds.clear();
        }
        for (const std::string& code : placeCodes(note)) {
            addUnique(draft.placeCodes, code);
        }
        std::vector<std::string> themes = note.themes;
        if (!note.fromBanthuek) {
            for (const std::string& tag : hashTags(note.body)) {
                themes.push_back(tag);
            }
        }
        for (const std::string& name : themes) {
            if (normalizeLine(name).empty()) {
                continue;
            }
            addUnique(draft.themeIds,
                      named('t', name, [&] { return m_notebook.themes().findOrAdd(name).id; }));
        }
        for (const std::string& name : note.people) {
            addUnique(draft.personIds,
                      named('p', name, [&] { return m_notebook.people().findOrAdd(name).id; }));
        }
        for (const std::string& name : note.organisations) {
            addUnique(draft.organisationIds,
                      named('o', name, [&] { return m_notebook.organisations().findOrAdd(name).id; }));
        }
    }

    // The id a theme, person or organisation name stands for, looked up once per import (the
    // stores compare a name with every entry).
    template <typename Find> std::string named(char kind, const std::string& name, Find find)
    {
        const std::string key = kind + matchKey(name);
        if (const auto known = m_named.find(key); known != m_named.end()) {
            return known->second;
        }
        std::string id = find();
        m_named.emplace(key, id);
        return id;
    }

    // The places' codes, a village the notebook lacks added under its subdistrict.
    std::vector<std::string> placeCodes(const MarkdownNote& note)
    {
        std::vector<std::string> codes = m_options.placeCodes;
        for (const std::string& written : note.places) {
            const std::string code = written.substr(0, written.find(' '));
            if (!m_notebook.places().find(code)) {
                addVillage(note, code);
            }
            codes.push_back(code);
        }
        return codes;
    }

    void addVillage(const MarkdownNote& note, const std::string& code)
    {
        for (const std::string& village : note.villages) {
            const std::size_t space = village.find(' ');
            const bool digits = code.size() == 8 && std::all_of(code.begin(), code.end(),
                                                                [](char c) { return c >= '0' && c <= '9'; });
            if (digits && space != std::string::npos && village.substr(0, space) == code &&
                m_notebook.places().find(code.substr(0, 6))) {
                (void)m_notebook.places().addVillage(code.substr(0, 6), std::stoi(code.substr(6)),
                                                     village.substr(space + 1));
                return;
            }
        }
        throw Error(ErrorCategory::InvalidInput, "There is no place with the code \"%1\".", {code});
    }

    static void addUnique(std::vector<std::string>& to, const std::string& value)
    {
        if (std::find(to.begin(), to.end(), value) == to.end()) {
            to.push_back(value);
        }
    }

    // The text with its links made the notebook's own, and fields not understood kept after it.
    std::string body(const MarkdownNote& note, int& files)
    {
        std::set<std::string> named;
        std::string text = note.body;
        if (!note.fromBanthuek) {
            text = rewriteWikiLinks(text, [&](const WikiLink& link) { return wikiLink(link, named); });
        }
        text = rewriteLinkTargets(text, [&](const LinkTarget& link) -> std::optional<std::string> {
            const auto relative = resolve(note.file, link);
            if (!relative) {
                return std::nullopt;
            }
            if (m_index.isNote(*relative)) {
                return noteLinkTarget(m_plans.at(*relative).id);
            }
            if (!m_index.isFile(*relative)) {
                return std::nullopt; // missing: the link stays as written
            }
            const StoredFile file = store(*relative, link.line, link.target);
            named.insert(file.sha256);
            return std::string(kFileScheme) + file.sha256;
        });
        files = static_cast<int>(named.size());
        if (!note.unknownFields.empty()) {
            text += "\n\n```yaml\n";
            for (const std::string& field : note.unknownFields) {
                text += field + "\n";
            }
            text += "```";
        }
        return text;
    }

    std::optional<std::string> wikiLink(const WikiLink& link, std::set<std::string>& named)
    {
        const std::string target = link.target.substr(0, link.target.find('#'));
        if (target.empty()) {
            return std::nullopt; // a heading of the same note
        }
        if (const auto note = m_index.note(target)) {
            const std::string label = link.label.empty() ? link.target : link.label;
            return "[" + escapedLabel(label) + "](" + noteLinkTarget(m_plans.at(*note).id) + ")";
        }
        const auto relative = m_index.file(target);
        if (!relative) {
            return std::nullopt;
        }
        const StoredFile file = store(*relative, link.line, link.target);
        named.insert(file.sha256);
        const std::string name = fs::path(*relative).filename().string();
        return link.embed && file.isImage()
                   ? imageMarkdown(file.sha256, name)
                   : linkMarkdown(file.sha256, link.label.empty() ? name : link.label);
    }

    static std::string escapedLabel(const std::string& label)
    {
        std::string out;
        for (const char c : label) {
            out += (c == '[' || c == ']' || c == '\\') ? std::string("\\") + c : std::string(1, c);
        }
        return out;
    }

    // The folder's file a relative link names; nullopt for addresses. Throws when it leaves the folder.
    static std::optional<std::string> resolve(const std::string& noteFile, const LinkTarget& link)
    {
        const std::string& target = link.target;
        if (target.empty() || target.starts_with('#') || hasScheme(target)) {
            return std::nullopt;
        }
        std::string path = percentDecoded(target.substr(0, target.find_first_of("#?")));
        std::replace(path.begin(), path.end(), '\\', '/');
        if (path.empty()) {
            return std::nullopt;
        }
        if (path.starts_with('/') || (path.size() > 1 && path[1] == ':')) {
            throw outside(link.line, target);
        }
        const fs::path joined = (fs::path(noteFile).parent_path() / path).lexically_normal();
        if (joined.empty() || *joined.begin() == "..") {
            throw outside(link.line, target);
        }
        return joined.generic_string();
    }

    StoredFile store(const std::string& relative, int line, const std::string& target)
    {
        if (const auto done = m_stored.find(relative); done != m_stored.end()) {
            return done->second;
        }
        std::error_code error;
        const fs::path real = fs::canonical(m_folder.root / relative, error);
        const auto [mismatch, rootEnd] =
            std::mismatch(real.begin(), real.end(), m_folder.root.begin(), m_folder.root.end());
        if (error || rootEnd != m_folder.root.end()) {
            throw outside(line, target); // a symbolic link to elsewhere
        }
        StoredFile file = m_notebook.files().add(real.string(), fs::path(relative).filename().string());
        m_storedNow.push_back(relative);
        m_stored.emplace(relative, file);
        return file;
    }

    Notebook& m_notebook;
    const MarkdownFolder& m_folder;
    FolderIndex m_index;
    const MarkdownImportOptions& m_options;
    std::map<std::string, Plan> m_plans;        // by file
    std::map<std::string, StoredFile> m_stored; // by file
    std::vector<std::string> m_storedNow;       // stored for the notes being written
    std::map<std::string, std::string> m_named; // kind and name key -> id
};

} // namespace

MarkdownImport importMarkdown(Notebook& notebook, const std::string& folder,
                              const MarkdownImportOptions& options,
                              const std::function<void(int done, int total)>& progress)
{
    for (const std::string& code : options.placeCodes) {
        if (!notebook.places().find(code)) {
            throw Error(ErrorCategory::InvalidInput, "unknown place code \"%1\"", {code});
        }
    }
    const MarkdownFolder listed = listMarkdownFolder(folder);
    MarkdownImport result;
    std::vector<MarkdownNote> notes;
    for (const std::string& file : listed.notes) {
        try {
            notes.push_back(readMarkdownNote(file, readText(listed.root / file)));
        } catch (const Error& error) {
            result.problems.push_back({file, error.message()});
        }
    }
    const LargeCache cache(notebook.database());
    Transaction transaction(notebook.database());
    // New notes are indexed once at the end, not note by note (see SearchBulkLoad).
    SearchBulkLoad indexes(notebook.database());
    Importer importer(notebook, listed, options);
    importer.plan(notes);
    const auto count = [&notebook](const char* sql) {
        auto row = notebook.database().cached(sql);
        return row->step() ? static_cast<int>(row->integer(0)) : 0;
    };
    const int themesBefore = count("SELECT count(*) FROM themes");
    const int filesBefore = count("SELECT count(*) FROM files");
    // A run of notes goes in as one savepoint; a run with a bad note goes again note by note,
    // so every problem is found and (with skipBad) the good notes of the run still go in.
    for (std::size_t first = 0; first < notes.size(); first += kNotesPerRun) {
        const std::size_t last = std::min(first + kNotesPerRun, notes.size());
        try {
            const auto written = importer.writeAll(notes.data() + first, notes.data() + last);
            result.notes.insert(result.notes.end(), written.begin(), written.end());
        } catch (const Error&) {
            for (std::size_t i = first; i < last; ++i) {
                try {
                    result.notes.push_back(importer.write(notes[i]));
                } catch (const Error& error) {
                    result.problems.push_back({notes[i].file, error.message()});
                }
            }
        }
        if (progress) {
            progress(static_cast<int>(last), static_cast<int>(notes.size()));
        }
    }
    result.themesCreated = count("SELECT count(*) FROM themes") - themesBefore;
    result.filesStored = count("SELECT count(*) FROM files") - filesBefore;
    const bool stopped = !result.problems.empty() && !options.skipBad;
    if (!stopped && !options.dryRun && !result.notes.empty()) {
        indexes.finish();
        transaction.commit();
        result.written = true;
    }
    return result; // not committed: the transaction puts everything back
}

} // namespace banthuek::core
