// SPDX-License-Identifier: GPL-3.0-or-later
// `salvage`: every row a damaged notebook still has, copied into a new, sound notebook.
#include "core/backup/salvage.h"
#include "core/error.h"
#include "core/generate/generator.h"
#include "core/notebook/notebook.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "tests/support/randombytes.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>

using namespace banthuek::core;
using banthuek::test::randomBytes;
using banthuek::test::readBytes;
using banthuek::test::TempDir;
using banthuek::test::writeBytes;

namespace {

constexpr std::size_t kPage = 16384;

struct Original
{
    std::string path;
    std::map<std::string, std::pair<std::string, std::string>> notes; // id -> title, body
    std::set<std::size_t> schemaPages; // 0-based; the list of tables, which salvage must have
};

// One generated notebook for every case (generating it is most of their time).
const Original& original()
{
    static const TempDir dir;
    static const Original made = [&] {
        Original o;
        o.path = dir.file("original.banthuek");
        auto notebook = Notebook::create(o.path);
        (void)generateNotes(*notebook, {1000, 11, {}});
        for (const NoteSummary& note : notebook->notes().list({})) {
            const Note full = notebook->notes().get(note.id);
            o.notes[full.id] = {full.content.title, full.content.body};
        }
        // The list of tables spans more than page 1 once the schema is large; the layout varies
        // from run to run (ids and times are new each time), so it is read, not assumed.
        Statement pages =
            notebook->database().prepare("SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'");
        while (pages.step()) {
            o.schemaPages.insert(static_cast<std::size_t>(pages.integer(0) - 1));
        }
        return o;
    }();
    return made;
}

// Writes random bytes over `pages` pages picked at random (never those of the list of tables,
// without which nothing can be found), as a failing disk or a torn write would leave them.
std::string damaged(const TempDir& dir, const Original& source, unsigned seed, int pages)
{
    std::string bytes = readBytes(source.path);
    std::mt19937 pick(seed);
    const std::size_t count = bytes.size() / kPage;
    for (int i = 0; i < pages; ++i) {
        std::size_t page = pick() % count;
        while (source.schemaPages.count(page) != 0) {
            page = pick() % count;
        }
        const std::string noise = randomBytes(kPage - 200, seed * 100 + static_cast<unsigned>(i));
        bytes.replace(page * kPage + 100, noise.size(), noise);
    }
    const std::string path = dir.file("damaged-" + std::to_string(seed) + ".banthuek");
    writeBytes(path, bytes);
    return path;
}

// A copy of the original with the second leaf page of `part` (a table or index) overwritten.
std::string damagedPart(const TempDir& dir, const Original& source, const std::string& part)
{
    std::size_t page = 0;
    {
        auto notebook = Notebook::open(source.path, Notebook::Access::ReadOnly);
        Statement leaf = notebook->database().prepare("SELECT pageno FROM dbstat WHERE name = ?1 AND "
                                                      "pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 1");
        leaf.bind(1, part);
        REQUIRE(leaf.step());
        page = static_cast<std::size_t>(leaf.integer(0) - 1);
    }
    std::string bytes = readBytes(source.path);
    const std::string noise = randomBytes(kPage - 200, static_cast<unsigned>(page));
    bytes.replace(page * kPage + 100, noise.size(), noise);
    const std::string path = dir.file("damaged-" + part + ".banthuek");
    writeBytes(path, bytes);
    return path;
}

std::vector<std::string> damageSaid(const CheckReport& report)
{
    std::vector<std::string> said;
    for (const Message& problem : report.problems) {
        UNSCOPED_INFO(problem.english());
        if (problem.english().starts_with("Damaged: ")) {
            said.push_back(problem.english());
        }
    }
    return said;
}

} // namespace

TEST_CASE("Check names the table or index whose pages are damaged, and what can mend it", "[salvage][check]")
{
    const Original& before = original();
    TempDir dir;
    SECTION("rows of a table")
    {
        auto notebook = Notebook::open(damagedPart(dir, before, "comments"), Notebook::Access::ReadOnly);
        const auto said = damageSaid(notebook->check());
        REQUIRE(said.size() == 1);
        CHECK(said[0].starts_with("Damaged: rows of the table comments ("));
        CHECK(said[0].find("`banthuek salvage` copies every row") != std::string::npos);
    }
    SECTION("an index of a table")
    {
        std::string index;
        {
            auto notebook = Notebook::open(before.path, Notebook::Access::ReadOnly);
            Statement largest = notebook->database().prepare(
                "SELECT name FROM dbstat WHERE name IN (SELECT name FROM sqlite_schema WHERE type = 'index' "
                "AND "
                "tbl_name = 'notes') AND pagetype = 'leaf' GROUP BY name ORDER BY count(*) DESC LIMIT 1");
            REQUIRE(largest.step());
            index = largest.text(0);
        }
        auto notebook = Notebook::open(damagedPart(dir, before, index), Notebook::Access::ReadOnly);
        const auto said = damageSaid(notebook->check());
        REQUIRE(said.size() == 1);
        CHECK(said[0].starts_with("Damaged: the index " + index + " of the table notes ("));
    }
    SECTION("a search index, which salvage makes again")
    {
        auto notebook =
            Notebook::open(damagedPart(dir, before, "note_search_data"), Notebook::Access::ReadOnly);
        const auto said = damageSaid(notebook->check());
        REQUIRE(said.size() == 1);
        CHECK(said[0].starts_with("Damaged: note_search_data, which Banthuek makes from the notes ("));
    }
    CHECK(damageSaid(Notebook::open(before.path, Notebook::Access::ReadOnly)->check()).empty());
}

TEST_CASE("Salvage copies every readable note of a notebook with random pages overwritten, and nothing else",
          "[salvage]")
{
    const Original& before = original();
    TempDir dir;
    int damagedRuns = 0;
    for (unsigned seed = 1; seed <= 6; ++seed) {
        CAPTURE(seed);
        const std::string path = damaged(dir, before, seed, 6);
        const std::string bytes = readBytes(path);
        const std::string out = dir.file("salvaged-" + std::to_string(seed) + ".banthuek");
        const SalvageReport report = salvageNotebook(path, out);
        CHECK(readBytes(path) == bytes); // the damaged file is only read
        CHECK(report.problems.empty());
        damagedRuns += report.anyDamage() ? 1 : 0;

        auto salvaged = Notebook::open(out, Notebook::Access::ReadOnly);
        CHECK(salvaged->check().sound());
        const auto notes = salvaged->notes().list({});
        CHECK(report.notes == static_cast<std::int64_t>(notes.size()));
        CHECK(notes.size() * 10 >= before.notes.size() * 9); // six pages lose a few notes at most
        int same = 0;
        for (const NoteSummary& summary : notes) {
            const Note note = salvaged->notes().get(summary.id);
            const auto found = before.notes.find(note.id);
            REQUIRE(found != before.notes.end()); // nothing made up
            same += found->second == std::pair{note.content.title, note.content.body} ? 1 : 0;
        }
        CHECK(same == static_cast<int>(notes.size())); // every note salvaged is whole
    }
    CHECK(damagedRuns > 0); // the pages hit held rows, not only free space
}

TEST_CASE("Salvage of a sound notebook copies all of it, into a folder it makes", "[salvage]")
{
    const Original& before = original();
    TempDir dir;
    const std::string out = dir.file("rescued/today/copy.banthuek"); // folders made as restore does
    const SalvageReport report = salvageNotebook(before.path, out);
    CHECK(std::filesystem::exists(out));
    CHECK_FALSE(report.anyDamage());
    CHECK(report.problems.empty());
    CHECK(report.notes == static_cast<std::int64_t>(before.notes.size()));
}

TEST_CASE("Salvage refuses a notebook whose list of tables is gone, and never writes over a file",
          "[salvage]")
{
    const Original& before = original();
    TempDir dir;
    std::string bytes = readBytes(before.path);
    bytes.replace(100, kPage - 100, randomBytes(kPage - 100, 3)); // page 1: the list of tables
    const std::string path = dir.file("headless.banthuek");
    writeBytes(path, bytes);
    const std::string out = dir.file("out.banthuek");
    try {
        (void)salvageNotebook(path, out);
        FAIL("a notebook without its list of tables was salvaged");
    } catch (const Error& error) {
        CHECK(error.category() == ErrorCategory::Corrupt);
        CHECK_THAT(error.what(), Catch::Contains("list of tables"));
    }
    CHECK_FALSE(std::filesystem::exists(out));
    CHECK_FALSE(std::filesystem::exists(out + ".partial"));

    writeBytes(out, "kept");
    CHECK_THROWS_AS(salvageNotebook(before.path, out), Error);
    CHECK(readBytes(out) == "kept");
}
