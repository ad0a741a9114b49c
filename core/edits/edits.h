// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edits/typednames.h"
#include "core/exchange/exchange.h"
#include "core/exchange/history.h"
#include "core/exchange/team.h"
#include "core/formats/gotoknowimport.h"
#include "core/formats/markdownimport.h"
#include "core/formats/plancsv.h"
#include "core/notebook/notebook.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace banthuek::core {

// The named operations that change what a team shares. The window writes only through these
// (ui::Session holds one); each is one transaction, so a failure anywhere leaves the notebook
// as it was. They are the doors where team exchange records changes: a new kind of write is a
// new operation here, with a core test, never a Transaction opened by a caller.
class Edits final
{
public:
    explicit Edits(Notebook& notebook) : m_notebook(notebook) {}

    // Notes
    [[nodiscard]] Note createNote(const NoteDraft& draft);
    // A note with tags given by name, as `banthuek add` takes them: a new theme or person is
    // added with the note (said in `added`), an organisation must be registered. All or none.
    struct NamedTags
    {
        std::vector<std::string> themes;
        std::vector<std::string> people;
        std::vector<std::string> organisations;
    };
    struct NoteAdded
    {
        Note note;
        std::vector<std::string> newThemes; // as stored
        std::vector<std::string> newPeople;
    };
    [[nodiscard]] NoteAdded addNote(NoteDraft draft, const NamedTags& tags);
    [[nodiscard]] NoteSaved saveNote(const std::string& id, const NoteDraft& draft);
    void trashNote(const std::string& id);
    void restoreNote(const std::string& id);
    // Deletes the notes in the Trash, and the files no other note names. How many notes.
    std::int64_t emptyTrash();
    [[nodiscard]] Note restoreRevision(std::int64_t revisionId);

    // Minutes: the note and its meeting record together, names typed for the first time
    // joining the register. `registered` tells how many entries joined.
    struct MeetingSaved
    {
        NoteSaved saved;
        MeetingRecord record;
        std::int64_t registered = 0;
    };
    [[nodiscard]] MeetingSaved saveMeeting(const std::string& id, const NoteDraft& draft,
                                           const MeetingEntry& entry);
    [[nodiscard]] Note startNextMeeting(const std::string& seriesId, const MinutesStore::NextMeeting& next);
    [[nodiscard]] ActionItem saveAction(const ActionItem& item);

    // Files in notes (core/files). An attachment is shown in the text: an image inline with its
    // caption when `inlineImage` (the caller's decoder read it), anything else as a link named by
    // the caption or the file's name.
    struct Attachment
    {
        std::string path;
        std::string caption;
        bool inlineImage = true;
    };
    // Stores the files and adds them, in order, at the end of the note's text. All or none.
    [[nodiscard]] std::vector<StoredFile> attachFiles(const std::string& noteId,
                                                      const std::vector<Attachment>& attachments,
                                                      std::int64_t limit = kDefaultFileLimit);
    // Stores a file for the editor to show where the cursor is (it saves the note after).
    [[nodiscard]] StoredFile addFile(const std::string& path, const std::string& name,
                                     std::int64_t limit = kDefaultFileLimit);
    [[nodiscard]] StoredFile addFileBytes(std::string_view bytes, const std::string& name,
                                          std::int64_t limit = kDefaultFileLimit);
    // A picture made from a file, cached on this laptop only (it never travels).
    void keepPicture(const std::string& sha256, int edge, std::string_view bytes);

    // Comments
    [[nodiscard]] Comment addComment(const std::string& noteId, const std::string& author,
                                     const std::string& body);
    [[nodiscard]] Comment editComment(const std::string& commentId, const std::string& body);
    void removeComment(const std::string& commentId);

    // Tags
    [[nodiscard]] Theme findOrAddTheme(const std::string& name);
    [[nodiscard]] Place addVillage(const std::string& subdistrictCode, int moo, const std::string& nameTh);

    // The register of people and organisations
    [[nodiscard]] Person addPerson(const Person& person);
    [[nodiscard]] Person savePerson(const Person& person);
    [[nodiscard]] Organisation addOrganisation(const Organisation& organisation);
    [[nodiscard]] Organisation saveOrganisation(const Organisation& organisation);
    // Removes every one of them, or (on any failure) none.
    void removePeople(const std::vector<std::string>& ids);
    void removeOrganisations(const std::vector<std::string>& ids);
    void mergePeople(const std::string& kept, const std::string& duplicate);
    void mergeOrganisations(const std::string& kept, const std::string& duplicate);

    // Community master plans
    [[nodiscard]] Plan savePlan(const Plan& plan);
    // The plan page's save: details, items (unchanged ones keep their time; rows gone are
    // removed), ranked problems and the survey.
    void savePlanEdits(const PlanEdits& edits);
    // Links (true) or unlinks (false) a note to plan items.
    void linkPlanItems(const std::string& noteId, const std::vector<std::pair<std::string, bool>>& links);
    // A dry run checks every line and previews, and writes nothing.
    [[nodiscard]] PlanImport importPlanCsv(const std::string& data, bool dryRun);

    // Writing from elsewhere (core/formats): GotoKnow posts, all or none unless told to skip.
    [[nodiscard]] GotoKnowImport importGotoKnow(const std::vector<std::string>& paths,
                                                const GotoKnowImportOptions& options);
    // A folder of Markdown notes (a Banthuek export, an Obsidian vault, a Joplin export).
    [[nodiscard]] MarkdownImport
    importMarkdown(const std::string& folder, const MarkdownImportOptions& options,
                   const std::function<void(int done, int total)>& progress = {});

    // The notebook's dictionary: words its spelling check takes as right (core/spelling).
    void addDictionaryWord(const std::string& word);
    void removeDictionaryWord(const std::string& word);

    // Team exchange (core/exchange): this laptop, its team, and the bundles it sends and takes.
    [[nodiscard]] TeamInfo team() const;
    void setIdentity(const std::string& deviceName, const std::string& userName, const std::string& userRole);
    // The name shown in the window's title and reports' headers instead of the file's.
    void setTeamName(const std::string& name);
    [[nodiscard]] Joined createTeam(const std::string& name);
    [[nodiscard]] Joined joinTeam(const std::string& code);
    [[nodiscard]] std::string teamCode() const;
    [[nodiscard]] ExportedBundle exportBundle(const std::string& path, bool all);
    [[nodiscard]] BundleImport importBundles(const std::vector<std::string>& paths);
    [[nodiscard]] SyncSummary syncFolder(const std::string& folder);
    // A note's texts, oldest first, with the laptop that wrote each and its conflicts.
    [[nodiscard]] std::vector<HistoryEntry> history(const std::string& noteId) const;
    [[nodiscard]] std::vector<std::string> unreadNotes() const;
    [[nodiscard]] std::vector<std::pair<std::int64_t, std::string>> notesInConflict() const;
    // Opening a note reads it: true when it was unread.
    bool markRead(const std::string& noteId);
    // The user chose which text stays after a conflict: its conflict revisions are resolved.
    void resolveConflicts(const std::string& noteId);

private:
    Notebook& m_notebook;
};

// Whether two versions of a plan item differ in what a user edits (not its notes or times).
[[nodiscard]] bool samePlanItem(const PlanItem& a, const PlanItem& b);

} // namespace banthuek::core
