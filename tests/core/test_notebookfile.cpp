// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.h"
#include "core/notebook/notebook.h"
#include "core/schema/functions.h"
#include "core/schema/migrations.h"
#include "core/storage/notebookfile.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>

using namespace banthuek::core;
using banthuek::test::readBytes;
using banthuek::test::TempDir;
using banthuek::test::writeBytes;

namespace {

ErrorCategory openFailure(const std::string& path, Notebook::Access access = Notebook::Access::ReadWrite,
                          std::string* message = nullptr)
{
    try {
        (void)Notebook::open(path, access);
    } catch (const Error& error) {
        if (message) {
            *message = error.what();
        }
        return error.category();
    }
    FAIL("the notebook opened");
    return ErrorCategory::Database;
}

// A notebook closed cleanly, so its bytes are all in the main file.
std::string makeNotebook(const TempDir& dir, const std::string& name = "nb.banthuek")
{
    const std::string path = dir.file(name);
    auto notebook = Notebook::create(path);
    NoteDraft draft;
    draft.title = "บันทึกแรก";
    (void)notebook->notes().create(draft);
    return path;
}

} // namespace

TEST_CASE("A new notebook carries Banthuek's id, WAL, foreign keys and the latest schema", "[notebook]")
{
    TempDir dir;
    auto notebook = Notebook::create(dir.file("new.banthuek"));
    Database& db = notebook->database();
    CHECK(db.pragmaInteger("application_id") == kApplicationId);
    CHECK(db.pragmaInteger("foreign_keys") == 1);
    CHECK(notebook->schemaVersion() == latestSchemaVersion());
    auto mode = db.prepare("PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == "wal");
    CHECK(notebook->check().sound());
}

TEST_CASE("Creating over an existing file is refused", "[notebook]")
{
    TempDir dir;
    writeBytes(dir.file("taken"), "mine");
    CHECK_THROWS_AS(Notebook::create(dir.file("taken")), Error);
    CHECK(readBytes(dir.file("taken")) == "mine");
}

TEST_CASE("Files that are not sound notebooks are refused and left untouched", "[notebook]")
{
    TempDir dir;
    std::string message;

    SECTION("a text file")
    {
        writeBytes(dir.file("notes.txt"), "ลงพื้นที่ท่าศาลา\n");
        CHECK(openFailure(dir.file("notes.txt"), Notebook::Access::ReadWrite, &message) ==
              ErrorCategory::NotANotebook);
        CHECK_THAT(message, Catch::Contains("not an SQLite database"));
        CHECK(readBytes(dir.file("notes.txt")) == "ลงพื้นที่ท่าศาลา\n");
    }
    SECTION("an empty file")
    {
        writeBytes(dir.file("empty.banthuek"), "");
        CHECK(openFailure(dir.file("empty.banthuek"), Notebook::Access::ReadWrite, &message) ==
              ErrorCategory::NotANotebook);
        CHECK_THAT(message, Catch::Contains("empty file"));
        CHECK(std::filesystem::file_size(dir.file("empty.banthuek")) == 0);
        CHECK_FALSE(std::filesystem::exists(dir.file("empty.banthuek-wal")));
    }
    SECTION("a truncated notebook")
    {
        const std::string path = makeNotebook(dir);
        const std::string bytes = readBytes(path);
        const std::string cut = bytes.substr(0, bytes.size() / 2 + 100);
        writeBytes(path, cut);
        CHECK(openFailure(path, Notebook::Access::ReadWrite, &message) == ErrorCategory::Corrupt);
        CHECK_THAT(message, Catch::Contains("truncated"));
        CHECK(readBytes(path) == cut);
    }
    SECTION("another application's SQLite database")
    {
        {
            Database other(dir.file("other.db"), Database::Mode::Create);
            other.exec("CREATE TABLE t (x)");
        }
        const std::string before = readBytes(dir.file("other.db"));
        CHECK(openFailure(dir.file("other.db"), Notebook::Access::ReadWrite, &message) ==
              ErrorCategory::NotANotebook);
        CHECK_THAT(message, Catch::Contains("another application"));
        CHECK(readBytes(dir.file("other.db")) == before);
    }
    SECTION("a notebook from a newer Banthuek")
    {
        const std::string path = makeNotebook(dir);
        {
            Database raw(path, Database::Mode::ReadWrite);
            raw.exec("PRAGMA user_version = " + std::to_string(latestSchemaVersion() + 1));
            raw.exec("PRAGMA journal_mode = DELETE"); // leave every byte in the main file
        }
        const std::string before = readBytes(path);
        CHECK(openFailure(path, Notebook::Access::ReadWrite, &message) == ErrorCategory::NewerSchema);
        CHECK_THAT(message, Catch::Contains("newer Banthuek"));
        CHECK(readBytes(path) == before);
    }
    SECTION("a read-only notebook opened for writing")
    {
        const std::string path = makeNotebook(dir);
        const std::string before = readBytes(path);
        std::filesystem::permissions(path,
                                     std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
        CHECK(openFailure(path, Notebook::Access::ReadWrite, &message) == ErrorCategory::ReadOnly);
        CHECK_THAT(message, Catch::Contains("read-only"));
        CHECK(readBytes(path) == before);
        // Reading it is still possible.
        auto reader = Notebook::open(path, Notebook::Access::ReadOnly);
        CHECK(reader->notes().count() == 1);
        CHECK_THROWS_AS(reader->notes().trash(reader->notes().list().front().id), Error);
    }
    SECTION("a missing file")
    {
        CHECK(openFailure(dir.file("nowhere.banthuek")) == ErrorCategory::NotFound);
        CHECK_FALSE(std::filesystem::exists(dir.file("nowhere.banthuek")));
    }
}

TEST_CASE("A corrupt page is reported by check", "[notebook]")
{
    TempDir dir;
    const std::string path = makeNotebook(dir);
    std::string bytes = readBytes(path);
    // Scribble over a whole page in the middle (not the header page), as a failing disk would.
    // The page size is the file's own (header bytes 16-17, big-endian): half a page could fall
    // in its unused part, which no check can see.
    const std::size_t page = (static_cast<std::size_t>(static_cast<unsigned char>(bytes[16])) << 8) |
                             static_cast<unsigned char>(bytes[17]);
    REQUIRE(page >= 512);
    const std::size_t middle = (bytes.size() / page / 2) * page;
    for (std::size_t i = middle; i < middle + page; ++i) {
        bytes[i] = static_cast<char>(0xA5);
    }
    writeBytes(path, bytes);
    bool reported = false;
    try {
        auto notebook = Notebook::open(path, Notebook::Access::ReadOnly);
        reported = !notebook->check().sound();
    } catch (const Error& error) {
        reported = error.category() == ErrorCategory::Corrupt;
    }
    CHECK(reported);
}

TEST_CASE("A notebook open in one Banthuek cannot be opened for writing by another", "[notebook]")
{
    TempDir dir;
    const std::string path = makeNotebook(dir);
    {
        auto first = Notebook::open(path);
        std::string message;
        CHECK(openFailure(path, Notebook::Access::ReadWrite, &message) == ErrorCategory::Locked);
        CHECK_THAT(message, Catch::Contains("already open"));
        // Readers are safe beside the writer (WAL) and are let in.
        auto reader = Notebook::open(path, Notebook::Access::ReadOnly);
        CHECK(reader->notes().count() == 1);
    }
    auto again = Notebook::open(path); // the lock went with the first notebook
    CHECK(again->notes().count() == 1);
}

TEST_CASE(
    "A second connection writes beside the open notebook; with no busy wait, a write meanwhile fails at once",
    "[notebook]")
{
    TempDir dir;
    const std::string path = makeNotebook(dir);
    auto first = Notebook::open(path);
    auto second = first->secondConnection(); // the writer lock is the first's: not refused
    CHECK(second->notes().count() == 1);
    NoteDraft draft;
    draft.title = "เขียนจากอีกเส้นทาง";
    (void)second->notes().create(draft);
    CHECK(first->notes().count() == 2); // one file

    first->setBusyWait(0);
    {
        Transaction writing(second->database()); // the second holds the write lock
        second->database().exec("UPDATE notebook_meta SET value = value WHERE key = 'id'");
        CHECK(first->notes().count() == 2); // reads go on (WAL)
        draft.title = "รอไม่ได้";
        const auto started = std::chrono::steady_clock::now();
        try {
            (void)first->notes().create(draft);
            FAIL("a write beside another connection's went through");
        } catch (const Error& error) {
            CHECK(error.category() == ErrorCategory::Locked);
        }
        // At once, not after the default five seconds.
        CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(2));
    }
    (void)first->notes().create(draft); // the lock is free again
    CHECK(first->notes().count() == 3);

    // Another process still may not write; a read-only notebook has no second connection.
    CHECK(openFailure(path, Notebook::Access::ReadWrite) == ErrorCategory::Locked);
    auto reader = Notebook::open(path, Notebook::Access::ReadOnly);
    CHECK_THROWS_AS(reader->secondConnection(), Error);
}

TEST_CASE("The default notebook lives in the XDG data directory", "[notebook]")
{
    const char* saved = std::getenv("XDG_DATA_HOME");
    const std::string restore = saved ? saved : "";
    setenv("XDG_DATA_HOME", "/tmp/xdg-test", 1);
    CHECK(defaultNotebookPath() == "/tmp/xdg-test/banthuek/notebook.banthuek");
    unsetenv("XDG_DATA_HOME");
    CHECK(defaultNotebookPath() ==
          std::string(std::getenv("HOME")) + "/.local/share/banthuek/notebook.banthuek");
    if (saved) {
        setenv("XDG_DATA_HOME", restore.c_str(), 1);
    }
}

TEST_CASE("openOrCreate makes the folder and the notebook on first start, then reopens it", "[notebook]")
{
    TempDir dir;
    const std::string path = dir.file("deep/er/notebook.banthuek");
    {
        auto notebook = Notebook::openOrCreate(path);
        NoteDraft draft;
        draft.title = "first";
        (void)notebook->notes().create(draft);
    }
    auto reopened = Notebook::openOrCreate(path);
    CHECK(reopened->notes().count() == 1);
}

TEST_CASE("Migrations are numbered without gaps and each upgrades the schema before it", "[migrations]")
{
    const auto all = migrations();
    REQUIRE_FALSE(all.empty());
    for (std::size_t i = 0; i < all.size(); ++i) {
        CHECK(all[i].version == static_cast<int>(i + 1));
    }
    // Each migration N is tested by opening a notebook made with the schema before it
    // (N-1, with a note in it where notes exist) and checking it upgrades soundly.
    for (const Migration& migration : all) {
        DYNAMIC_SECTION("migration " << migration.version)
        {
            TempDir dir;
            const std::string path = dir.file("old.banthuek");
            {
                Database db(path, Database::Mode::Create);
                registerSchemaFunctions(db);
                db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
                migrate(db, 0, migration.version - 1);
                if (migration.version > 1) {
                    // Code-point order puts ไก่ after ขนม; Thai order puts it first.
                    // The first links to the second, as the editor writes links.
                    db.exec("INSERT INTO notes (id, record, kind, title, body, created_ms, updated_ms) "
                            "VALUES ('old-note', 1, 'field_note', 'ขนม', 'ดู [ไก่](banthuek:note/old-note-2)', "
                            "1, 1), "
                            "('old-note-2', 2, 'field_note', 'ไก่', '', 1, 1)");
                    db.exec("INSERT INTO note_places (note_id, place_code) VALUES ('old-note', '800801'), "
                            "('old-note-2', '800801'), ('old-note-2', '800807')");
                }
            }
            if (migration.version == 1) {
                // Before migration 1 there is no schema: such a file is an unfinished notebook.
                CHECK(openFailure(path) == ErrorCategory::Corrupt);
                continue;
            }
            auto notebook = Notebook::open(path);
            CHECK(notebook->schemaVersion() == latestSchemaVersion());
            CHECK(notebook->notes().get("old-note").content.title == "ขนม");
            NoteFilter byTitle;
            byTitle.sort = NoteSort::TitleThai;
            const auto sorted = notebook->notes().list(byTitle);
            REQUIRE(sorted.size() == 2);
            if (migration.version <= 3) { // from 3 on, title keys are written by the store, not raw SQL
                CHECK(sorted[0].title == "ไก่");
            }
            // Notes written before the search index existed are found (migration 4 indexes them).
            const auto found = notebook->search().search("ขนม");
            REQUIRE(found.size() == 1);
            CHECK(found[0].noteId == "old-note");
            // Links written before links were recorded are found (migration 7 records them; the
            // raw SQL above bypasses the store, so after 7 nothing records them).
            if (migration.version <= 7) {
                const auto backlinks = notebook->links().backlinks("old-note-2");
                REQUIRE(backlinks.size() == 1);
                CHECK(backlinks[0].id == "old-note");
            }
            CHECK_FALSE(notebook->organisations().find("พอช.").empty());
            // Notes tagged before the tallies existed are counted (migration 13 counts them).
            CHECK(notebook->overview().placeActivity("8008").fieldNotes == 2);
            CHECK(notebook->overview().placeActivity("800807").fieldNotes == 1);
            CHECK(notebook->check().sound()); // the tallies agree with the notes
        }
    }
}

TEST_CASE("Reading an older notebook upgrades it first, a read-only older notebook is refused",
          "[notebook][migrations]")
{
    TempDir dir;
    const std::string path = dir.file("older.banthuek");
    {
        Database db(path, Database::Mode::Create);
        registerSchemaFunctions(db);
        db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        migrate(db, 0, latestSchemaVersion() - 1);
    }
    const std::string before = readBytes(path);
    std::filesystem::permissions(path, std::filesystem::perms::owner_read);
    std::string message;
    CHECK(openFailure(path, Notebook::Access::ReadOnly, &message) == ErrorCategory::ReadOnly);
    CHECK_THAT(message, Catch::Contains("older format"));
    CHECK(readBytes(path) == before);
    std::filesystem::permissions(path,
                                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    auto reader = Notebook::open(path, Notebook::Access::ReadOnly);
    CHECK(reader->readOnly());
    CHECK(reader->schemaVersion() == latestSchemaVersion());
}
