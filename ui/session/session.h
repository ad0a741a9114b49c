// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edits/edits.h"
#include "core/error.h"
#include "core/formats/markdownexport.h"
#include "core/formats/sitepublish.h"
#include "core/notebook/notebook.h"
#include "ui/session/errortext.h"

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace banthuek::ui {

// The open notebook as the UI sees it: every edit goes through here, so one set of typed
// signals tells every view what changed. Core errors are caught here and reported through
// failed(); no exception ever crosses into a Qt slot or the event loop.
class Session final : public QObject
{
    Q_OBJECT

public:
    explicit Session(std::unique_ptr<core::Notebook> notebook, QObject* parent = nullptr);
    ~Session() override;

    // Reads only: every write is a named operation of Session (core::Edits underneath).
    [[nodiscard]] const core::Notebook& notebook() const { return *m_notebook; }
    [[nodiscard]] QString path() const;
    // Opened read-only (read-only media or a file marked read-only): every write is refused.
    [[nodiscard]] bool readOnly() const { return m_notebook->readOnly(); }
    // Why the last operation failed, in the user's words (what failed() last said).
    [[nodiscard]] const QString& lastFailure() const { return m_lastFailure; }
    // A checked copy of the whole notebook as a new file (never over one), e.g. to write in a
    // notebook opened read-only from a memory card.
    bool saveCopy(const QString& newPath);

    // Writes, each a named operation of core::Edits (one transaction): each returns the
    // result, or nothing after emitting failed(), and emits the signal that says what changed.
    std::optional<core::Note> createNote(const core::NoteDraft& draft);
    std::optional<core::Note> saveNote(const QString& id, const core::NoteDraft& draft);
    // Saves a minutes note and its meeting record in one transaction; names typed for the first
    // time join the register, so a failure anywhere writes nothing.
    std::optional<core::Note> saveMeeting(const QString& id, const core::NoteDraft& draft,
                                          const core::MeetingEntry& entry);
    std::optional<core::Note> startNextMeeting(const std::string& seriesId,
                                               const core::MinutesStore::NextMeeting& next);
    bool trashNote(const QString& id);
    bool restoreNote(const QString& id);
    bool emptyTrash();
    std::optional<core::Note> restoreRevision(std::int64_t revisionId);
    std::optional<core::Comment> addComment(const QString& noteId, const QString& author,
                                            const QString& body);
    bool editComment(const QString& noteId, const QString& commentId, const QString& body);
    bool removeComment(const QString& noteId, const QString& commentId);
    std::optional<core::Theme> findOrAddTheme(const QString& name);
    std::optional<core::Place> addVillage(const QString& subdistrictCode, int moo, const QString& name);
    // Action items: actionsChanged() tells the views.
    std::optional<core::ActionItem> saveAction(const core::ActionItem& item);
    // The people and organisations register: registerChanged() tells the views.
    std::optional<core::Person> addPerson(const core::Person& person);
    std::optional<core::Person> savePerson(const core::Person& person);
    std::optional<core::Organisation> addOrganisation(const core::Organisation& organisation);
    std::optional<core::Organisation> saveOrganisation(const core::Organisation& organisation);
    bool removePeople(const std::vector<std::string>& ids);
    bool removeOrganisations(const std::vector<std::string>& ids);
    bool mergePeople(const std::string& kept, const std::string& duplicate);
    bool mergeOrganisations(const std::string& kept, const std::string& duplicate);
    // Master plans: plansChanged() tells the views.
    std::optional<core::Plan> savePlan(const core::Plan& plan);
    bool savePlanEdits(const core::PlanEdits& edits);
    bool linkPlanItems(const std::string& noteId, const std::vector<std::pair<std::string, bool>>& links);
    // A dry run previews and writes nothing (and tells nobody).
    std::optional<core::PlanImport> importPlanCsv(const std::string& data, bool dryRun);
    // GotoKnow posts: what was read and written; every view hears (everythingChanged) when
    // something was written.
    std::optional<core::GotoKnowImport> importGotoKnow(const QStringList& paths,
                                                       const core::GotoKnowImportOptions& options);
    // A folder of Markdown notes: the same, all or nothing unless told to skip bad files.
    std::optional<core::MarkdownImport> importMarkdown(const QString& folder,
                                                       const core::MarkdownImportOptions& options);
    // Writes the notes the filter lets through as a Markdown folder (reads only).
    std::optional<core::MarkdownExport> exportMarkdown(const QString& folder,
                                                       const core::MarkdownExportOptions& options);
    // Writes the published notes as a website (reads only).
    std::optional<core::Published> publishSite(const QString& folder, const core::PublishOptions& options);

    // Files in notes (core/files): stored, or nothing after failed() names the file and why.
    std::optional<core::StoredFile> addFile(const QString& path, std::int64_t limit);
    std::optional<core::StoredFile> addFileBytes(const QByteArray& bytes, const QString& name,
                                                 std::int64_t limit);
    // The picture of an image file fitting `edge` pixels, upright: made once, then kept in the
    // notebook. Null when the file is missing or does not decode.
    [[nodiscard]] QImage picture(const QString& sha256, int edge);
    // Keeps a picture made elsewhere (off the GUI thread), so it is made once. Quietly not kept
    // when the notebook is read-only or cannot be written.
    void keepPicture(const QString& sha256, int edge, const QByteArray& jpeg);
    [[nodiscard]] std::optional<core::StoredFile> file(const QString& sha256);
    // A copy of the file in a temporary folder, for the system's application to open.
    [[nodiscard]] std::optional<QString> copyForOpening(const QString& sha256);

    // Team exchange. Bundles that bring changes tell every view (everythingChanged).
    [[nodiscard]] std::optional<core::TeamInfo> team();
    bool setIdentity(const QString& deviceName, const QString& userName, const QString& userRole);
    // The notebook's dictionary (spelling): dictionaryChanged() tells the checkers.
    bool addDictionaryWord(const QString& word);
    bool removeDictionaryWord(const QString& word);
    [[nodiscard]] QStringList dictionaryWords();
    // The team's name (Notebook properties); displayName() shows it, else the file's name.
    bool setTeamName(const QString& name);
    [[nodiscard]] QString displayName();
    std::optional<core::Joined> createTeam(const QString& name);
    std::optional<core::Joined> joinTeam(const QString& code);
    [[nodiscard]] std::optional<QString> teamCode();
    std::optional<core::ExportedBundle> exportBundle(const QString& path, bool all);
    std::optional<core::BundleImport> importBundles(const QStringList& paths);
    std::optional<core::SyncSummary> syncFolder(const QString& folder);
    [[nodiscard]] std::vector<core::HistoryEntry> history(const QString& noteId);
    bool resolveConflicts(const QString& noteId);
    [[nodiscard]] QSet<QString> unreadNotes();
    [[nodiscard]] QStringList notesInConflict(); // "record title", by record
    void markRead(const QString& noteId);        // emits noteRead when it was unread

    // Full-text search; an error is reported (failed) and gives nullopt.
    [[nodiscard]] std::optional<core::SearchResults> search(const core::SearchRequest& request);

    // Reads that views share.
    [[nodiscard]] QString placeName(const QString& code) const; // Thai name, "หมู่ที่ N ..." for villages
    [[nodiscard]] QString themeName(const QString& id) const;
    // The register's names for completion: people's names, organisations' short names.
    [[nodiscard]] QStringList personNames();
    [[nodiscard]] QStringList organisationShortNames();

    // While a BackgroundTask writes the notebook on its second connection (the search indexes
    // rebuilt from the window): the merges and checkpoints of the pauses wait, and a write here
    // fails at once as busy instead of waiting on the task's lock, which would freeze the window.
    void holdWrites();
    // The task is over; `changed`: it wrote, so every view hears everythingChanged().
    void releaseWrites(bool changed);
    [[nodiscard]] bool writesHeld() const { return m_writesHeld; }

    // Runs a read and reports an error instead of throwing. Writes are the operations above.
    template <typename Function> auto read(Function&& function) -> std::optional<decltype(function())>
    {
        try {
            return function();
        } catch (const core::Error& error) {
            m_lastFailure = userMessage(error);
            emit failed(m_lastFailure);
            return std::nullopt;
        } catch (const std::exception& error) { // e.g. out of memory: reported, never thrown into Qt
            reportUnexpected(error);
            return std::nullopt;
        }
    }

signals:
    void noteSaved(const QString& id, const core::NoteChanges& changed); // one note's content changed
    void notesChanged(); // notes were added, trashed, restored or deleted
    void commentsChanged(const QString& noteId);
    void tagsChanged();                  // themes or places were added
    void registerChanged();              // people or organisations were added, edited or merged
    void actionsChanged();               // action items were added, edited or marked done
    void plansChanged();                 // master plans, their items or surveys changed
    void failed(const QString& message); // a user-facing error
    void noteRead(const QString& id);    // a note new or changed by teammates was opened
    void everythingChanged();            // bundles came in: notes, tags, register, plans may all differ
    void nameChanged();                  // the team's name, as the title and reports show it
    void dictionaryChanged();            // a word was added to or removed from the notebook's dictionary
    void searchIndexMerged();            // a pause's merging of the search index came to its end

private:
    // Runs a write and, when it succeeded, emits `signal`.
    template <typename Function, typename Signal> auto writeThen(Function&& function, Signal signal)
    {
        auto result = read(std::forward<Function>(function));
        if (result) {
            emit(this->*signal)();
        }
        return result;
    }
    template <typename Function, typename Signal> bool doneThen(Function&& function, Signal signal)
    {
        return writeThen(
                   [&] {
                       function();
                       return true;
                   },
                   signal)
            .has_value();
    }
    void loadNames();
    void announceArrivals();
    void reportUnexpected(const std::exception& error);

    std::unique_ptr<core::Notebook> m_notebook;
    core::Edits m_edits;
    QString m_lastFailure;
    void mergeIndexStep();

    QTimer m_checkpoint;
    QElapsedTimer m_lastCheckpoint;
    QTimer m_merge; // search-index merging, a step at a time while the user pauses
    bool m_writesHeld = false;
    QHash<QString, QString> m_placeNames;
    QHash<QString, QString> m_themeNames;
};

} // namespace banthuek::ui
