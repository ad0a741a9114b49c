// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comments/commentstore.h"
#include "core/error.h"
#include "core/files/filestore.h"
#include "core/minutes/actionstore.h"
#include "core/minutes/minutesstore.h"
#include "core/notes/notelinks.h"
#include "core/notes/notestore.h"
#include "core/organisations/organisationstore.h"
#include "core/overview/overview.h"
#include "core/people/personstore.h"
#include "core/places/placestore.h"
#include "core/plans/planstore.h"
#include "core/search/searchstore.h"
#include "core/storage/database.h"
#include "core/themes/themestore.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace banthuek::core {

class WriterLock;

// The result of `banthuek check`: every problem found, in words a user can act on.
struct CheckReport
{
    int schemaVersion = 0;
    std::vector<Message> problems;
    std::vector<Message> facts; // what was checked and found sound
    [[nodiscard]] bool sound() const { return problems.empty(); }
};

// What Notebook::rebuildDerived() made again.
struct Rebuilt
{
    std::int64_t textBytes = 0; // of the notes and comments indexed
    double indexSeconds = 0;
    double countSeconds = 0;
};

// One open notebook file: validates, locks and migrates it, and owns the stores that
// read and write it. The GUI, the CLI and tests all go through this class.
class Notebook final
{
public:
    enum class Access { ReadWrite, ReadOnly };

    // Creates a new notebook with the gazetteer and starter themes. Refuses an existing file.
    [[nodiscard]] static std::unique_ptr<Notebook> create(const std::string& path);
    // Opens an existing notebook. A file that is not a notebook, is damaged, comes from a newer
    // Banthuek, is read-only (for ReadWrite) or is open in another Banthuek is refused with an
    // Error saying which, before anything is written. An older notebook is upgraded (ReadWrite).
    [[nodiscard]] static std::unique_ptr<Notebook> open(const std::string& path,
                                                        Access access = Access::ReadWrite);
    // Opens the notebook at `path`, creating it (and its folder) when it does not exist.
    [[nodiscard]] static std::unique_ptr<Notebook> openOrCreate(const std::string& path);

    // A second connection to this notebook, for writing on another thread while this one stays
    // open (the window rebuilding its search indexes): it does not take the writer lock, which
    // this Notebook holds. The two take turns writing (SQLite's lock; see setBusyWait).
    [[nodiscard]] std::unique_ptr<Notebook> secondConnection() const;

    ~Notebook();
    Notebook(const Notebook&) = delete;
    Notebook& operator=(const Notebook&) = delete;

    [[nodiscard]] const std::string& path() const noexcept { return m_db->path(); }
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] bool readOnly() const noexcept { return m_db->readOnly(); }
    // What check() reads. StoredData leaves out what is derived (`banthuek reindex` makes it
    // again): the counts of notes by place and theme, whose recount takes most of a large
    // notebook's check (25 of 34 s at 100,000 notes), and the search indexes' coverage. A
    // backup's copy skips them: a gap there is mended from the copy's own notes.
    enum class CheckDepth { Full, StoredData };
    // Integrity, foreign-key and content check (reads the whole file).
    [[nodiscard]] CheckReport check(CheckDepth depth = CheckDepth::Full) const;

    // Moving the write-ahead log into the file (a checkpoint) costs tens of milliseconds at
    // 100,000 notes. SQLite does it on the commit that fills the log, so an unlucky save waits
    // for it. An application that calls checkpoint() when the user pauses can turn that off.
    void setAutomaticCheckpoints(bool on);
    void checkpoint();
    // How long a write waits for another connection's to finish before it fails as busy: 5 s by
    // default; none while the window's own second connection writes, so the window never
    // freezes waiting for it.
    void setBusyWait(int milliseconds);

    // Makes again what Banthuek derives from the notes: the search indexes, then the counts of
    // notes by place and theme, each in one transaction (`banthuek reindex`, and the window's
    // "Rebuild search indexes"). `progress` hears 0 to 1 and may throw to stop: the transaction
    // running is rolled back, and what is derived stays as it was (or, after the indexes, with
    // the new indexes and the old counts).
    Rebuilt rebuildDerived(const std::function<void(double)>& progress = {});

    // For core services that read with SQL. ui/ never calls it (a layering test greps for it):
    // the window writes through core::Edits only.
    [[nodiscard]] Database& database() const noexcept { return *m_db; }
    [[nodiscard]] NoteStore& notes() noexcept { return m_notes; }
    [[nodiscard]] const NoteStore& notes() const noexcept { return m_notes; }
    [[nodiscard]] CommentStore& comments() noexcept { return m_comments; }
    [[nodiscard]] const CommentStore& comments() const noexcept { return m_comments; }
    [[nodiscard]] PersonStore& people() noexcept { return m_people; }
    [[nodiscard]] const PersonStore& people() const noexcept { return m_people; }
    [[nodiscard]] OrganisationStore& organisations() noexcept { return m_organisations; }
    [[nodiscard]] const OrganisationStore& organisations() const noexcept { return m_organisations; }
    [[nodiscard]] const NoteLinks& links() const noexcept { return m_links; }
    [[nodiscard]] MinutesStore& minutes() noexcept { return m_minutes; }
    [[nodiscard]] const MinutesStore& minutes() const noexcept { return m_minutes; }
    [[nodiscard]] ActionStore& actions() noexcept { return m_actions; }
    [[nodiscard]] const ActionStore& actions() const noexcept { return m_actions; }
    [[nodiscard]] PlaceStore& places() noexcept { return m_places; }
    [[nodiscard]] const PlaceStore& places() const noexcept { return m_places; }
    [[nodiscard]] PlanStore& plans() noexcept { return m_plans; }
    [[nodiscard]] const PlanStore& plans() const noexcept { return m_plans; }
    [[nodiscard]] ThemeStore& themes() noexcept { return m_themes; }
    [[nodiscard]] const ThemeStore& themes() const noexcept { return m_themes; }
    [[nodiscard]] SearchStore& search() noexcept { return m_search; }
    [[nodiscard]] const SearchStore& search() const noexcept { return m_search; }
    [[nodiscard]] const Overview& overview() const noexcept { return m_overview; }
    [[nodiscard]] FileStore& files() noexcept { return m_files; }
    [[nodiscard]] const FileStore& files() const noexcept { return m_files; }

private:
    Notebook(std::unique_ptr<WriterLock> lock, std::unique_ptr<Database> db);

    std::unique_ptr<WriterLock> m_lock; // released after the database closes
    std::unique_ptr<Database> m_db;
    NoteStore m_notes;
    CommentStore m_comments;
    PersonStore m_people;
    OrganisationStore m_organisations;
    NoteLinks m_links;
    MinutesStore m_minutes;
    ActionStore m_actions;
    PlaceStore m_places;
    PlanStore m_plans;
    ThemeStore m_themes;
    SearchStore m_search;
    Overview m_overview;
    FileStore m_files;
};

} // namespace banthuek::core
