// SPDX-License-Identifier: GPL-3.0-or-later
// Backups: made while the notebook is open, checked before they count, rotated 7/4/12, and
// restored as a new file beside the notebook, never over one.
#include "core/backup/backups.h"
#include "core/edits/edits.h"
#include "core/error.h"
#include "core/storage/stopsignal.h"
#include "tests/support/freshnotebook.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <set>
#include <thread>

using namespace banthuek;
using banthuek::test::FreshNotebook;

namespace {

void addNotes(core::Notebook& notebook, int count)
{
    core::Edits edits(notebook);
    for (int i = 0; i < count; ++i) {
        core::NoteDraft draft;
        draft.title = "บันทึกลงพื้นที่ " + std::to_string(i);
        draft.body = "ประชุมกลุ่มออมทรัพย์";
        (void)edits.createNote(draft);
    }
}

std::int64_t localNoon(int year, int month, int day)
{
    std::tm parts{};
    parts.tm_year = year - 1900;
    parts.tm_mon = month - 1;
    parts.tm_mday = day;
    parts.tm_hour = 12;
    parts.tm_isdst = -1;
    return static_cast<std::int64_t>(std::mktime(&parts));
}

constexpr std::int64_t kDay = 24 * 60 * 60;

} // namespace

TEST_CASE("A backup is made while the notebook is open and holds what was saved", "[backup]")
{
    FreshNotebook f;
    addNotes(*f.notebook, 5);
    const std::string folder = f.dir.file("backups");
    const core::BackupResult result = core::makeBackup(f.path, folder);
    CHECK(result.made.notes == 5);
    CHECK(result.made.bytes > 0);
    CHECK(std::filesystem::path(result.made.path).parent_path() == folder);
    CHECK_THAT(std::filesystem::path(result.made.path).filename().string(), Catch::StartsWith("test "));
    CHECK(result.removed.empty());

    addNotes(*f.notebook, 1); // the window goes on writing; the backup does not change
    const auto backup = core::Notebook::open(result.made.path, core::Notebook::Access::ReadOnly);
    CHECK(backup->notes().count({}) == 5);
    CHECK(backup->check().sound());

    const auto listed = core::listBackups(f.path, folder, true);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].path == result.made.path);
    CHECK(listed[0].notes == 5);
    // No half-made copy is left behind, and another notebook's backups are not this one's.
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        CHECK(entry.path().extension() == ".banthuek");
    }
    CHECK(core::listBackups(f.dir.file("other.banthuek"), folder).empty());
}

TEST_CASE("A backup stopped on the way keeps nothing, and pushes out no backup", "[backup]")
{
    FreshNotebook f;
    addNotes(*f.notebook, 20);
    const std::string folder = f.dir.file("backups");
    const core::BackupResult kept = core::makeBackup(f.path, folder);
    const auto folderHolds = [&folder] {
        std::set<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(folder)) {
            names.insert(entry.path().filename().string());
        }
        return names;
    };
    const auto before = folderHolds();
    REQUIRE(before.size() == 1);

    core::StopSignal stopped;
    stopped.stop();
    CHECK_THROWS_WITH(core::makeBackup(f.path, folder, {}, &stopped),
                      "The backup was stopped before it was finished; nothing was kept.");
    CHECK(folderHolds() == before);

    // Stopped from another thread while it copies or checks: either it was finished first, or
    // it stops and leaves nothing (no .partial) behind. Which one is a matter of timing; that
    // nothing half-made stays is not.
    int stoppedOnTheWay = 0;
    for (int delayMs : {0, 1, 2, 5, 10, 20, 40}) {
        core::StopSignal signal;
        std::thread stopper([&signal, delayMs] {
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
            signal.stop();
        });
        try {
            const core::BackupResult made = core::makeBackup(f.path, folder, {}, &signal);
            CHECK(core::Notebook::open(made.made.path, core::Notebook::Access::ReadOnly)->check().sound());
        } catch (const core::Error& error) {
            CHECK(std::string(error.what()) ==
                  "The backup was stopped before it was finished; nothing was kept.");
            ++stoppedOnTheWay;
        }
        stopper.join();
        for (const std::string& name : folderHolds()) {
            CHECK(name.find(".partial") == std::string::npos);
        }
    }
    CHECK(stoppedOnTheWay > 0);
    CHECK(folderHolds().count(std::filesystem::path(kept.made.path).filename().string()) == 1);
}

TEST_CASE("A second backup in the same second gets its own name", "[backup]")
{
    FreshNotebook f;
    const std::string folder = f.dir.file("backups");
    const std::int64_t now = localNoon(2026, 12, 6);
    const auto first = core::makeBackup(f.path, folder, {}, now);
    const auto second = core::makeBackup(f.path, folder, {}, now);
    CHECK(first.made.path != second.made.path);
    CHECK(core::listBackups(f.path, folder).size() == 2);
    CHECK(second.made.takenAt == now);
}

TEST_CASE("Rotation keeps the newest of the last 7 days, 4 weeks and 12 months", "[backup]")
{
    // One backup a day for 400 days, the newest on 6 December 2026.
    std::vector<core::Backup> backups;
    const std::int64_t newest = localNoon(2026, 12, 6);
    for (int day = 0; day < 400; ++day) {
        backups.push_back(core::Backup{"b" + std::to_string(day), newest - day * kDay, 1, -1});
    }
    const auto removed = core::backupsToRemove(backups, {});
    const std::set<std::string> gone(removed.begin(), removed.end());
    std::set<std::string> kept;
    for (const auto& backup : backups) {
        if (!gone.contains(backup.path)) {
            kept.insert(backup.path);
        }
    }
    for (int day = 0; day < 7; ++day) {
        CHECK(kept.contains("b" + std::to_string(day))); // every one of the last 7 days
    }
    CHECK(kept.contains("b6")); // and the newest of each month: 30 Nov is b6, 31 Oct is b36
    CHECK(kept.contains("b36"));
    CHECK(kept.contains("b67")); // 30 Sep
    CHECK_FALSE(kept.contains("b37"));
    CHECK(kept.size() <= 7 + 4 + 12);
    CHECK(kept.size() >= 12 + 1);
    CHECK_FALSE(kept.contains("b399"));

    // Fewer backups than the policy keeps: none goes.
    backups.resize(3);
    CHECK(core::backupsToRemove(backups, {}).empty());
}

TEST_CASE("Daily backups over two months leave 7 days, 4 weeks and the months in the folder", "[backup]")
{
    FreshNotebook f;
    const std::string folder = f.dir.file("backups");
    const std::int64_t start = localNoon(2026, 10, 1);
    for (int day = 0; day < 60; ++day) {
        (void)core::makeBackup(f.path, folder, {}, start + day * kDay);
        CHECK(core::listBackups(f.path, folder).size() <= 7 + 4 + 12);
    }
    const auto left = core::listBackups(f.path, folder);
    CHECK(left.front().takenAt == start + 59 * kDay);
    CHECK(left.size() >= 7);
    CHECK(left.size() <= 7 + 4 + 3);
    CHECK_FALSE(core::backupDue(f.path, folder, start + 59 * kDay + kDay / 2));
    CHECK(core::backupDue(f.path, folder, start + 61 * kDay));
    CHECK(core::backupDue(f.path, f.dir.file("empty"), start));
}

TEST_CASE("A copy that fails its check is not kept and pushes out no good backup", "[backup]")
{
    FreshNotebook f;
    addNotes(*f.notebook, 2);
    const std::string folder = f.dir.file("backups");
    const std::int64_t start = localNoon(2026, 11, 1);
    for (int day = 0; day < 30; ++day) {
        (void)core::makeBackup(f.path, folder, {}, start + day * kDay);
    }
    const auto before = core::listBackups(f.path, folder);

    // A link to a note that does not exist: the notebook is no longer sound.
    f->database().exec("PRAGMA foreign_keys = OFF");
    f->database().exec("INSERT INTO note_places (note_id, place_code) VALUES ('no-such-note', '800801')");
    f->database().exec("PRAGMA foreign_keys = ON");
    try {
        (void)core::makeBackup(f.path, folder, {}, start + 40 * kDay);
        FAIL("a damaged copy was kept");
    } catch (const core::Error& error) {
        CHECK(error.category() == core::ErrorCategory::Corrupt);
        CHECK_THAT(error.what(), Catch::Contains("failed its check"));
    }
    const auto after = core::listBackups(f.path, folder);
    REQUIRE(after.size() == before.size());
    for (std::size_t i = 0; i < after.size(); ++i) {
        CHECK(after[i].path == before[i].path);
    }
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        CHECK(entry.path().extension() == ".banthuek"); // no .partial left
    }
}

TEST_CASE("A backup is restored as a new notebook, never over a file", "[backup]")
{
    FreshNotebook f;
    addNotes(*f.notebook, 3);
    const std::string folder = f.dir.file("backups");
    const auto made = core::makeBackup(f.path, folder);
    addNotes(*f.notebook, 2);

    const std::string restored = f.dir.file("restored/test (restored).banthuek");
    core::restoreBackup(made.made.path, restored);
    {
        const auto notebook = core::Notebook::open(restored);
        CHECK(notebook->notes().count({}) == 3);
        CHECK(notebook->check().sound());
        addNotes(*notebook, 1); // a restored notebook is an ordinary notebook
    }
    CHECK_THROWS_AS(core::restoreBackup(made.made.path, f.path), core::Error);
    CHECK(f->notes().count({}) == 5); // the notebook it refused to overwrite is untouched
    CHECK_THROWS_AS(core::restoreBackup(f.dir.file("nothing.banthuek"), f.dir.file("new.banthuek")),
                    core::Error);
    CHECK_FALSE(std::filesystem::exists(f.dir.file("new.banthuek")));
}

TEST_CASE("Each notebook has its own default backup folder, outside its own folder", "[backup]")
{
    const std::string a = core::defaultBackupFolder("/home/somsri/a/notes.banthuek");
    const std::string b = core::defaultBackupFolder("/home/somsri/b/notes.banthuek");
    CHECK(a != b);
    CHECK_THAT(a, Catch::Contains("/banthuek/backups/notes-"));
    CHECK(a == core::defaultBackupFolder("/home/somsri/a/./notes.banthuek"));
}
