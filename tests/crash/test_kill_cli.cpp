// SPDX-License-Identifier: GPL-3.0-or-later
// The real program, killed with SIGKILL at random moments while it writes: after each kill the
// notebook is sound (as 'banthuek check' says) and the operation is wholly there or wholly absent.
// Each case runs kills for a bounded time (BANTHUEK_KILL_SECONDS, 20 s by default) and prints
// how many landed while the program was still working.
#include "core/exchange/exchange.h"
#include "core/exchange/team.h"
#include "core/notebook/notebook.h"
#include "tests/crash/killer.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <random>
#include <set>

using namespace banthuek;
using banthuek::test::TempDir;
namespace fs = std::filesystem;

namespace {

constexpr double kDefaultBudgetSeconds = 20;
constexpr std::int64_t kNotes = 400; // import-jsonl
constexpr std::size_t kItems = 300;  // import-plan
constexpr int kEdits = 40;           // the add series
const std::string kProgram = BANTHUEK_EXECUTABLE;

void writeFile(const std::string& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

std::string program()
{
    return kProgram;
}

// Runs the uncut operation once on a copy of `baseline` (so its end state is known and its
// length measured), then, until the budget is spent, copies the baseline again, starts the
// operation, kills it at a random moment within that length and hands the copy to `verify`.
struct KillRun
{
    std::string name;
    std::string baseline;
    std::vector<std::string> args; // "{nb}" stands for the notebook's path
    std::string programPath = kProgram;
    std::function<void(const std::string& notebook, bool finished)> verify = {};

    void run(TempDir& dir, unsigned seed) const
    {
        const std::string notebook = dir.file("killed.banthuek");
        const auto fresh = [&] {
            for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
                fs::remove(notebook + suffix);
            }
            fs::copy_file(baseline, notebook);
        };
        const auto argsFor = [&] {
            std::vector<std::string> out;
            for (const std::string& arg : args) {
                out.push_back(arg == "{nb}" ? notebook : arg);
            }
            return out;
        };
        fresh();
        const auto begun = std::chrono::steady_clock::now();
        REQUIRE(test::waitForExit(test::startProcess(programPath, argsFor())) == 0);
        const auto length =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - begun);
        verify(notebook, true);

        std::mt19937 random(seed);
        std::uniform_int_distribution<long> moment(0, length.count() + 20);
        const double budget = test::killBudgetSeconds(kDefaultBudgetSeconds);
        const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(budget);
        int kills = 0;
        int midway = 0;
        while (kills < 3 || std::chrono::steady_clock::now() < until) {
            fresh();
            const pid_t process = test::startProcess(programPath, argsFor());
            const bool landed = test::killAfter(process, std::chrono::milliseconds(moment(random)));
            ++kills;
            midway += landed ? 1 : 0;
            INFO(name << ": kill " << kills << (landed ? " during the work" : " after it ended"));
            verify(notebook, !landed);
        }
        std::cout << name << ": " << kills << " kills (" << midway
                  << " while it was writing; the uncut run took " << length.count() << " ms), 0 damaged\n";
        CHECK(midway > 0); // the kills did land inside the work, not only after it
    }
};

// Opens the killed copy as the program would next time (the write-ahead log recovered), and
// checks it as 'banthuek check' does.
std::unique_ptr<core::Notebook> openSound(const std::string& path)
{
    auto notebook = core::Notebook::open(path);
    const auto report = notebook->check();
    if (!report.sound()) {
        for (const auto& problem : report.problems) {
            UNSCOPED_INFO("problem: " << problem.text);
        }
    }
    REQUIRE(report.sound());
    return notebook;
}

} // namespace

TEST_CASE("Killed during import-jsonl, a notebook is sound and holds all of the import or none", "[crash]")
{
    TempDir dir;
    const std::string baseline = dir.file("baseline.banthuek");
    REQUIRE(test::waitForExit(test::startProcess(program(), {"new", baseline})) == 0);
    std::string lines;
    for (int i = 0; i < kNotes; ++i) {
        lines +=
            R"({"title": "บันทึกลงพื้นที่ครั้งที่ )" + std::to_string(i) +
            R"(", "body": "ชาวบ้านเล่าเรื่องน้ำท่วมและกองทุนปุ๋ยอินทรีย์ ชาวบ้านเล่าเรื่องน้ำท่วม", )"
            R"("places": ["800801"], "themes": ["น้ำ"], "comments": [{"author": "มาลี", "body": "ขอบคุณค่ะ"}]})"
            "\n";
    }
    writeFile(dir.file("notes.jsonl"), lines);
    KillRun run{"import-jsonl", baseline, {"import-jsonl", "{nb}", dir.file("notes.jsonl")}};
    run.verify = [](const std::string& path, bool finished) {
        auto notebook = openSound(path);
        const auto notes = notebook->notes().count({});
        const auto comments = notebook->comments().count();
        if (finished) {
            CHECK(notes == kNotes);
        }
        CHECK((notes == 0 || notes == kNotes));
        CHECK(comments == notes); // each note came with its one comment, or neither came
    };
    run.run(dir, 20);
}

TEST_CASE("Killed during import-plan, a notebook is sound and holds all of the plan or none", "[crash]")
{
    TempDir dir;
    const std::string baseline = dir.file("baseline.banthuek");
    REQUIRE(test::waitForExit(test::startProcess(program(), {"new", baseline})) == 0);
    std::string csv = "community,plan,period,title,theme,budget_requested,fiscal_year,status,progress\n";
    for (std::size_t i = 0; i < kItems; ++i) {
        csv += "800801,แผนแม่บทชุมชนท่าศาลา,2567-2569,โครงการที่ " + std::to_string(i) +
               ",เกษตรอินทรีย์,30000,2567,กำลังดำเนินการ,40\n";
    }
    writeFile(dir.file("plan.csv"), csv);
    KillRun run{"import-plan", baseline, {"import-plan", "{nb}", dir.file("plan.csv")}};
    run.verify = [](const std::string& path, bool finished) {
        auto notebook = openSound(path);
        const auto items = notebook->plans().itemsUnder("800801").size();
        if (finished) {
            CHECK(items == kItems);
        }
        CHECK((items == 0 || items == kItems));
    };
    run.run(dir, 21);
}

TEST_CASE("Killed during reindex, a notebook is sound and its search finds what it found before", "[crash]")
{
    TempDir dir;
    const std::string baseline = dir.file("baseline.banthuek");
    REQUIRE(test::waitForExit(test::startProcess(program(), {"generate", baseline, "--notes", "500"})) == 0);
    std::size_t before = 0;
    {
        auto notebook = openSound(baseline);
        before = notebook->search().search("น้ำ", 100000).size();
    }
    REQUIRE(before > 0);
    KillRun run{"reindex", baseline, {"reindex", "{nb}"}};
    run.verify = [before](const std::string& path, bool) {
        auto notebook = openSound(path);
        CHECK(notebook->search().search("น้ำ", 100000).size() == before);
    };
    run.run(dir, 22);
}

TEST_CASE("Killed during a long series of edits, every note written is whole and in order", "[crash]")
{
    TempDir dir;
    const std::string baseline = dir.file("baseline.banthuek");
    REQUIRE(test::waitForExit(test::startProcess(program(), {"new", baseline})) == 0);
    const std::string body = "ผู้ใหญ่บ้านเล่าว่าปีนี้น้ำมาเร็ว กลุ่มออมทรัพย์จะประชุมเดือนหน้า\n\nย่อหน้าที่สอง";
    writeFile(dir.file("body.md"), body);
    // One program run per note, as a script or a cron job adds them: the shell dies with it.
    const std::string script = "i=1; while [ $i -le " + std::to_string(kEdits) +
                               " ]; do \"$0\" add \"$1\" --title \"ลำดับ $i\" " +
                               "--body-file \"$2\" --theme น้ำ > /dev/null || exit 1; i=$((i+1)); done";
    KillRun run{"add series", baseline, {"-c", script, program(), "{nb}", dir.file("body.md")}, "/bin/sh"};
    run.verify = [&body](const std::string& path, bool finished) {
        auto notebook = openSound(path);
        core::NoteFilter all;
        auto notes = notebook->notes().list(all);
        if (finished) {
            CHECK(notes.size() == kEdits);
        }
        std::set<std::string> titles;
        for (const auto& summary : notes) {
            const core::Note note = notebook->notes().get(summary.id);
            CHECK(note.content.body == body);
            CHECK(note.content.themeIds.size() == 1);
            titles.insert(note.content.title);
        }
        for (std::size_t i = 1; i <= notes.size(); ++i) { // no gap: 1..n, each once
            CHECK(titles.count("ลำดับ " + std::to_string(i)) == 1);
        }
    };
    run.run(dir, 23);
}

TEST_CASE("Killed during import-bundle, a notebook is sound and holds all of the teammate's bundle or none",
          "[crash]")
{
    TempDir dir;
    // A teammate's notebook of generated notes (with comments, places and themes), all of it in
    // one bundle, and this laptop's notebook in the same team with a note of its own.
    const std::string theirs = dir.file("theirs.banthuek");
    REQUIRE(test::waitForExit(test::startProcess(program(), {"generate", theirs, "--notes", "300"})) == 0);
    const std::string bundle = dir.file("theirs.banthuek-bundle");
    std::int64_t theirNotes = 0;
    std::int64_t theirComments = 0;
    std::string code;
    {
        auto notebook = core::Notebook::open(theirs);
        code = core::createTeam(notebook->database(), "ทีมอำเภอท่าศาลา").code;
        (void)core::exportBundle(notebook->database(), bundle, true);
        theirNotes = notebook->notes().count({});
        theirComments = notebook->comments().count();
    }
    const std::string baseline = dir.file("baseline.banthuek");
    REQUIRE(test::waitForExit(test::startProcess(program(), {"new", baseline})) == 0);
    REQUIRE(test::waitForExit(test::startProcess(program(), {"add", baseline, "--title", "บันทึกของฉัน"})) == 0);
    {
        auto notebook = core::Notebook::open(baseline);
        (void)core::joinTeam(notebook->database(), code);
    }
    KillRun run{"import-bundle", baseline, {"import-bundle", "{nb}", bundle}};
    run.verify = [theirNotes, theirComments](const std::string& path, bool finished) {
        auto notebook = openSound(path);
        const auto notes = notebook->notes().count({});
        const auto comments = notebook->comments().count();
        if (finished) {
            CHECK(notes == theirNotes + 1);
        }
        CHECK((notes == 1 || notes == theirNotes + 1)); // ours alone, or ours and all of theirs
        CHECK(comments == (notes == 1 ? 0 : theirComments));
        CHECK(notebook->search().search("บันทึกของฉัน", 10).size() == 1);
    };
    run.run(dir, 24);
}
