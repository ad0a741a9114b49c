// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notebook/notebook.h"

#include "core/error.h"
#include "core/overview/tallies.h"
#include "core/schema/functions.h"
#include "core/schema/migrations.h"
#include "core/storage/ids.h"
#include "core/storage/notebookfile.h"
#include "core/text/dates.h"

#include <chrono>

namespace banthuek::core {
namespace {

// Everything that can be decided from the header, before SQLite touches the file.
void refuseUnlessNotebook(const std::string& path, const FileProbe& probe, Notebook::Access access)
{
    switch (probe.kind) {
    case FileProbe::Kind::Missing:
        throw Error(ErrorCategory::NotFound, "There is no notebook at %1.", {path});
    case FileProbe::Kind::Empty:
        throw Error(ErrorCategory::NotANotebook,
                    "%1 is an empty file, not a Banthuek notebook. The file was not changed.", {path});
    case FileProbe::Kind::NotSqlite:
        throw Error(ErrorCategory::NotANotebook,
                    "%1 is not a Banthuek notebook (it is not an SQLite database). The file was not changed.",
                    {path});
    case FileProbe::Kind::Truncated:
        throw Error(ErrorCategory::Corrupt,
                    "%1 is a damaged notebook: the file is truncated (%2 bytes). Restore it from a backup. "
                    "The file was not changed.",
                    {path, std::to_string(probe.size)});
    case FileProbe::Kind::Sqlite:
        break;
    }
    if (access == Notebook::Access::ReadWrite && probe.onReadOnlyMedia) {
        throw Error(ErrorCategory::ReadOnly,
                    "The notebook %1 is on a disk that cannot be written (read-only media, such as a "
                    "locked memory card). Copy it to this computer to change it, or open it read-only. "
                    "The file was not changed.",
                    {path});
    }
    if (access == Notebook::Access::ReadWrite && !probe.writable) {
        throw Error(ErrorCategory::ReadOnly,
                    "The notebook %1 is read-only (no permission to write it). Make it writable, or open it "
                    "read-only. The file was not changed.",
                    {path});
    }
}

// What only SQLite can tell: the identity and version that may sit in a WAL not yet
// checkpointed into the header, and whether the schema can be read at all.
void refuseUnlessCompatible(const std::string& path, Database& db)
{
    std::int64_t applicationId = 0;
    std::int64_t version = 0;
    try {
        applicationId = db.pragmaInteger("application_id");
        version = db.pragmaInteger("user_version");
        auto schema = db.prepare("SELECT count(*) FROM sqlite_schema");
        [[maybe_unused]] const bool row = schema.step();
    } catch (const Error& error) {
        throw Error(ErrorCategory::Corrupt, "%1 is a damaged notebook: %2 The file was not changed.",
                    {path, error.what()});
    }
    if (applicationId != kApplicationId) {
        throw Error(ErrorCategory::NotANotebook,
                    "%1 is an SQLite database of another application, not a Banthuek notebook. The file was "
                    "not changed.",
                    {path});
    }
    if (version > latestSchemaVersion()) {
        throw Error(ErrorCategory::NewerSchema,
                    "%1 was written by a newer Banthuek (notebook format %2; this Banthuek reads up to %3). "
                    "Update Banthuek to open it. The file was not changed.",
                    {path, std::to_string(version), std::to_string(latestSchemaVersion())});
    }
    if (version < 1) {
        throw Error(ErrorCategory::Corrupt,
                    "%1 is an unfinished notebook (it has no schema). The file was not changed.", {path});
    }
}

void configure(Database& db)
{
    db.exec("PRAGMA foreign_keys = ON");
    // 64 MB of page cache: large saves and imports (and the search index's merges) spill to
    // the log far less often than with SQLite's 2 MB default.
    db.exec("PRAGMA cache_size = -65536");
    if (!db.readOnly()) {
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = NORMAL"); // durable with WAL across application crashes
    }
}

} // namespace

Notebook::Notebook(std::unique_ptr<WriterLock> lock, std::unique_ptr<Database> db)
    : m_lock(std::move(lock)), m_db(std::move(db)), m_notes(*m_db), m_comments(*m_db), m_people(*m_db),
      m_organisations(*m_db), m_links(*m_db), m_minutes(*m_db, m_notes), m_actions(*m_db), m_places(*m_db),
      m_plans(*m_db), m_themes(*m_db), m_search(*m_db, m_notes, m_places, m_themes),
      m_overview(*m_db, m_notes, m_places, m_themes), m_files(*m_db)
{
}

Notebook::~Notebook()
{
    m_db.reset();
    m_lock.reset();
}

std::unique_ptr<Notebook> Notebook::create(const std::string& path)
{
    if (probeFile(path).kind != FileProbe::Kind::Missing) {
        throw Error(ErrorCategory::InvalidInput, "A file already exists at %1; choose another name.", {path});
    }
    auto lock = std::make_unique<WriterLock>(path);
    removeSidecarFiles(path); // a -wal left by a notebook deleted earlier would be replayed
    std::unique_ptr<Database> db;
    try {
        db = std::make_unique<Database>(path, Database::Mode::Create);
        registerSchemaFunctions(*db);
        // 16 KB pages (SQLite's default is 4 KB): a quarter of the writes for the same data,
        // and search index segments that fit a page more often. Only a new file can choose.
        db->exec("PRAGMA page_size = 16384");
        db->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        configure(*db);
        migrate(*db, 0);
        Transaction transaction(*db);
        db->cached("INSERT INTO notebook_meta (key, value) VALUES ('id', ?1), ('created_ms', ?2)")
            ->bind(1, newUuid())
            .bind(2, std::to_string(nowMillis()))
            .run();
        transaction.commit();
    } catch (...) {
        db.reset();
        removeNotebookFiles(path); // a half-made notebook is no notebook
        throw;
    }
    return std::unique_ptr<Notebook>(new Notebook(std::move(lock), std::move(db)));
}

std::unique_ptr<Notebook> Notebook::open(const std::string& path, Access access)
{
    refuseUnlessNotebook(path, probeFile(path), access);
    std::unique_ptr<WriterLock> lock;
    if (access == Access::ReadWrite) {
        lock = std::make_unique<WriterLock>(path);
    }
    auto db = std::make_unique<Database>(path, access == Access::ReadWrite ? Database::Mode::ReadWrite
                                                                           : Database::Mode::ReadOnly);
    registerSchemaFunctions(*db);
    refuseUnlessCompatible(path, *db);
    configure(*db);
    const int version = static_cast<int>(db->pragmaInteger("user_version"));
    if (version < latestSchemaVersion()) {
        if (access == Access::ReadOnly) {
            // A reader of an older notebook upgrades it first (in one transaction, under the
            // writer lock), then reads the current format; a file it may not write stays as it is.
            db.reset();
            if (!probeFile(path).writable) {
                throw Error(ErrorCategory::ReadOnly,
                            "The notebook %1 uses an older format (%2) and is read-only, so it cannot be "
                            "upgraded to be read.",
                            {path, std::to_string(version)});
            }
            (void)open(path, Access::ReadWrite);
            return open(path, Access::ReadOnly);
        }
        migrate(*db, version);
    }
    return std::unique_ptr<Notebook>(new Notebook(std::move(lock), std::move(db)));
}

std::unique_ptr<Notebook> Notebook::secondConnection() const
{
    if (readOnly()) {
        throw Error(ErrorCategory::ReadOnly, "The notebook %1 is open read-only.", {path()});
    }
    auto db = std::make_unique<Database>(path(), Database::Mode::ReadWrite);
    registerSchemaFunctions(*db);
    configure(*db);
    return std::unique_ptr<Notebook>(new Notebook(nullptr, std::move(db)));
}

std::unique_ptr<Notebook> Notebook::openOrCreate(const std::string& path)
{
    if (probeFile(path).kind != FileProbe::Kind::Missing) {
        return open(path);
    }
    makeParentFolder(path);
    return create(path);
}

int Notebook::schemaVersion() const
{
    return static_cast<int>(m_db->pragmaInteger("user_version"));
}

void Notebook::setAutomaticCheckpoints(bool on)
{
    m_db->exec(on ? "PRAGMA wal_autocheckpoint = 1000" : "PRAGMA wal_autocheckpoint = 0");
}

void Notebook::setBusyWait(int milliseconds)
{
    m_db->setBusyTimeout(milliseconds);
}

Rebuilt Notebook::rebuildDerived(const std::function<void(double)>& progress)
{
    // The counts take about a seventh of the time (3.2 of 26.8 s at 20,000 notes).
    constexpr double kIndexShare = 0.88;
    using Clock = std::chrono::steady_clock;
    const auto seconds = [](Clock::time_point since) {
        return std::chrono::duration<double>(Clock::now() - since).count();
    };
    Rebuilt rebuilt;
    const auto started = Clock::now();
    rebuilt.textBytes = m_search.reindex([&progress](double done) {
        if (progress) {
            progress(done * kIndexShare);
        }
    });
    rebuilt.indexSeconds = seconds(started);
    const auto counting = Clock::now();
    recountTallies(*m_db);
    rebuilt.countSeconds = seconds(counting);
    if (progress) {
        progress(1.0);
    }
    return rebuilt;
}

void Notebook::checkpoint()
{
    if (!m_db->readOnly()) {
        m_db->exec("PRAGMA wal_checkpoint(PASSIVE)"); // never waits for readers
    }
}

} // namespace banthuek::core
