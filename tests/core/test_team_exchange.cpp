// SPDX-License-Identifier: GPL-3.0-or-later
// Team exchange: identity and team codes, the table-coverage rule, bundles that converge in any
// order and repetition, and bundles that are refused whole.
#include "core/edits/edits.h"
#include "core/error.h"
#include "core/exchange/bundlefile.h"
#include "core/exchange/dump.h"
#include "core/exchange/exchange.h"
#include "core/exchange/history.h"
#include "core/exchange/team.h"
#include "core/schema/exchangetables.h"
#include "core/schema/functions.h"
#include "core/schema/migrations.h"
#include "core/spelling/wordlist.h"
#include "core/storage/ids.h"
#include "core/text/normalize.h"
#include "tests/support/freshnotebook.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>

using namespace banthuek::core;
using banthuek::test::readBytes;
using banthuek::test::TempDir;

namespace {

std::string dumpOf(Notebook& notebook)
{
    std::ostringstream out;
    dumpSharedContent(notebook.database(), out);
    return out.str();
}

// A team of notebooks in one folder: the first creates the team, the others join.
struct Team
{
    TempDir dir;
    std::vector<std::unique_ptr<Notebook>> notebooks;
    int bundles = 0;

    explicit Team(int size)
    {
        for (int i = 0; i < size; ++i) {
            notebooks.push_back(Notebook::create(dir.file("n" + std::to_string(i) + ".banthuek")));
        }
        const std::string code = createTeam(notebooks[0]->database(), "ทีมทดสอบ").code;
        for (int i = 1; i < size; ++i) {
            (void)joinTeam(notebooks[i]->database(), code);
        }
    }
    Notebook& operator[](std::size_t i) { return *notebooks[i]; }

    std::string bundleFrom(std::size_t i, bool all = false)
    {
        const std::string path = dir.file("b" + std::to_string(bundles++) + kBundleSuffix);
        (void)exportBundle(notebooks[i]->database(), path, all);
        return path;
    }
    BundleImport deliver(const std::string& bundle, std::size_t to)
    {
        return importBundles(notebooks[to]->database(), {bundle});
    }
    // Every notebook sends what its peers may lack; every other notebook takes it in. Twice: a
    // laptop no one has heard from yet is known to the others after the first exchange.
    void fullRound()
    {
        exchangeAll();
        exchangeAll();
    }
    void exchangeAll()
    {
        std::vector<std::string> sent;
        for (std::size_t i = 0; i < notebooks.size(); ++i) {
            sent.push_back(bundleFrom(i));
        }
        for (std::size_t to = 0; to < notebooks.size(); ++to) {
            for (std::size_t from = 0; from < notebooks.size(); ++from) {
                if (from != to) {
                    (void)deliver(sent[from], to);
                }
            }
        }
    }
};

Note addNote(Notebook& notebook, const std::string& title, const std::string& body = {})
{
    NoteDraft draft;
    draft.title = title;
    draft.body = body;
    Edits edits(notebook);
    return edits.createNote(draft);
}

void writeBytes(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

} // namespace

TEST_CASE("Every table of the schema travels in team exchange or is declared local-only", "[exchange]")
{
    banthuek::test::FreshNotebook nb;
    std::set<std::string> exchanged;
    for (const ExchangedTable& table : exchangedTables()) {
        exchanged.insert(table.name);
    }
    std::set<std::string> local(localOnlyTables().begin(), localOnlyTables().end());
    local.insert(contentTables().begin(), contentTables().end()); // travel as files, by hash
    Statement tables =
        nb->database().prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    int count = 0;
    while (tables.step()) {
        const std::string name = tables.text(0);
        INFO("table " << name
                      << ": add it to exchangedTables(), localOnlyTables() or contentTables() in "
                         "core/schema/exchangetables.cpp");
        CHECK(exchanged.contains(name) != local.contains(name));
        if (exchanged.contains(name)) {
            Statement trigger =
                nb->database().prepare("SELECT 1 FROM sqlite_schema WHERE type = 'trigger' AND name = ?1");
            CHECK(trigger.bind(1, "exchange_" + name + "_born").step());
        }
        ++count;
    }
    CHECK(count > 40);
    for (const std::string& name : exchanged) {
        Statement found =
            nb->database().prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
        INFO("exchanged table " << name << " is not in the schema");
        CHECK(found.bind(1, name).step());
    }
}

TEST_CASE("A team code carries the team's secret and catches a mistyped character", "[exchange]")
{
    const TeamSecret secret = TeamSecret::random();
    const std::string code = secret.code();
    CHECK(code.size() == 34);
    std::string relaxed = code;
    std::transform(relaxed.begin(), relaxed.end(), relaxed.begin(),
                   [](char c) { return c == '-' ? ' ' : char(std::tolower(c)); });
    CHECK(TeamSecret::fromCode(relaxed).teamId() == secret.teamId());
    CHECK(TeamSecret::fromCode(code).key() == secret.key());
    std::string typo = code;
    typo[5] = typo[5] == 'A' ? 'B' : 'A';
    CHECK_THROWS_WITH(TeamSecret::fromCode(typo), Catch::Contains("is wrong"));
    CHECK_THROWS_WITH(TeamSecret::fromCode("ABCD"), Catch::Contains("28 letters"));
    CHECK_THROWS_WITH(TeamSecret::fromCode(code + "U"), Catch::Contains("never have"));
}

TEST_CASE("Joining a team renumbers this laptop's notes into its own slot, teammates never clash",
          "[exchange]")
{
    Team team(2);
    const TeamInfo first = teamInfo(team[0].database());
    const TeamInfo second = teamInfo(team[1].database());
    CHECK(first.teamId == second.teamId);
    CHECK(first.deviceId != second.deviceId);
    CHECK(first.recordSlot >= 1);
    CHECK(first.recordSlot <= 999);

    TempDir dir;
    auto alone = Notebook::create(dir.file("alone.banthuek"));
    (void)addNote(*alone, "หนึ่ง");
    (void)addNote(*alone, "สอง");
    CHECK(alone->notes().findByRecord(1));
    const Joined joined = joinTeam(alone->database(), TeamSecret::random().code());
    CHECK(joined.renumbered == 2);
    const std::int64_t slot = teamInfo(alone->database()).recordSlot;
    CHECK(alone->notes().findByRecord(kTeamRecordBase + slot));
    CHECK(alone->notes().findByRecord(kTeamRecordBase + 1000 + slot));
    CHECK(addNote(*alone, "สาม").record == kTeamRecordBase + 2000 + slot);
}

TEST_CASE("A bundle is told from a notebook by its first bytes, as a desktop's double-click needs",
          "[exchange]")
{
    Team team(2);
    (void)addNote(team[0], "บันทึกของเอ", "ย่อหน้าแรก");
    const std::string bundle = team.bundleFrom(0);
    CHECK(isBundleFile(bundle));
    CHECK_FALSE(isBundleFile(team[0].path()));
    CHECK_FALSE(isBundleFile(bundle + ".missing"));
    const std::string cut = team.dir.file("cut" + std::string(kBundleSuffix));
    std::ofstream(cut, std::ios::binary) << readBytes(bundle).substr(0, 8);
    CHECK_FALSE(isBundleFile(cut));
}

TEST_CASE("Notes, comments, tags and the Trash travel, bundles merge in any order and any number of times",
          "[exchange]")
{
    Team team(3);
    const Note a = addNote(team[0], "บันทึกของเอ", "ย่อหน้าแรก");
    const Note b = addNote(team[1], "บันทึกของบี", "ของบี");
    const std::string fromA = team.bundleFrom(0);
    const std::string fromB = team.bundleFrom(1);
    const BundleImport first = team.deliver(fromA, 2);
    CHECK(first.changes.notesNew == 1);
    const BundleImport again = team.deliver(fromA, 2);
    CHECK(again.changes.notesNew == 0);
    CHECK(again.changes.alreadyKnown > 0);
    (void)team.deliver(fromB, 2);
    (void)team.deliver(fromB, 0);
    (void)team.deliver(fromA, 1);
    CHECK(dumpOf(team[0]) == dumpOf(team[1]));
    CHECK(dumpOf(team[1]) == dumpOf(team[2]));
    CHECK(team[2].notes().get(b.id).record == b.record);

    // Different fields of one note edited apart merge; a comment and the Trash travel.
    Edits edits0(team[0]);
    Edits edits1(team[1]);
    NoteDraft retitled = team[0].notes().get(b.id).content;
    retitled.title = "บันทึกของบี (แก้ชื่อโดยเอ)";
    (void)edits0.saveNote(b.id, retitled);
    NoteDraft dated = team[1].notes().get(b.id).content;
    dated.eventDate = CivilDate{2026, 11, 30};
    (void)edits1.saveNote(b.id, dated);
    (void)edits1.addComment(a.id, "สมชาย", "ขอบคุณครับ");
    edits0.trashNote(a.id);
    team.fullRound();
    for (std::size_t i = 0; i < 3; ++i) {
        const Note merged = team[i].notes().get(b.id);
        CHECK(merged.content.title == "บันทึกของบี (แก้ชื่อโดยเอ)");
        CHECK(merged.content.eventDate == CivilDate{2026, 11, 30});
        CHECK(team[i].notes().get(a.id).trashedMs.has_value());
        CHECK(team[i].comments().forNote(a.id).size() == 1);
    }
    CHECK(dumpOf(team[0]) == dumpOf(team[2]));

    // Deleting forever travels too.
    team[0].notes().deleteForever(a.id);
    team.fullRound();
    CHECK_THROWS_AS(team[2].notes().get(a.id), Error);
    CHECK(dumpOf(team[1]) == dumpOf(team[0]));
    CHECK(team[2].check().sound());
}

TEST_CASE(
    "Random edits on three to five notebooks, bundles delivered in random order with repeats and losses, "
    "end identical after a full round with no edit lost",
    "[exchange][property]")
{
    for (unsigned seed = 1; seed <= 12; ++seed) {
        std::mt19937 random(seed);
        const int size = 3 + static_cast<int>(seed % 3);
        Team team(size);
        std::vector<std::pair<std::size_t, std::string>> notes; // owner, id
        std::vector<std::string> bundles;
        std::set<std::string> comments;
        std::vector<std::pair<std::string, std::string>> paragraphs; // note id, text appended
        const std::vector<std::string> themes = {"สุขภาพชุมชน", "การจัดการน้ำ",
                                                 "ประเด็นใหม่ " + std::to_string(seed)};
        auto pick = [&](std::size_t n) {
            return std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
        };
        for (int step = 0; step < 40; ++step) {
            const std::size_t who = pick(team.notebooks.size());
            Notebook& notebook = team[who];
            Edits edits(notebook);
            const std::size_t action = pick(6);
            INFO("seed " << seed << " step " << step << " action " << action << " by " << who);
            if (action == 0 || notes.empty()) {
                NoteDraft draft;
                draft.title = "บันทึก " + std::to_string(seed) + "-" + std::to_string(step);
                draft.body = "ย่อหน้าแรกของ " + draft.title;
                draft.placeCodes = {pick(2) == 0 ? "800801" : "100101"};
                draft.themeIds = {edits.findOrAddTheme(themes[pick(2)]).id};
                notes.emplace_back(who, edits.createNote(draft).id);
            } else if (action == 1) {
                // Anyone appends to a note they have: edits of one body made apart meet here.
                const std::string id = notes[pick(notes.size())].second;
                try {
                    NoteDraft draft = notebook.notes().get(id).content;
                    const std::string paragraph =
                        "ย่อหน้า " + std::to_string(seed) + "-" + std::to_string(step);
                    draft.body += "\n\n" + paragraph;
                    (void)edits.saveNote(id, draft);
                    paragraphs.emplace_back(id, paragraph);
                } catch (const Error&) { // the note has not reached this laptop yet
                }
            } else if (action == 2) {
                const std::string id = notes[pick(notes.size())].second;
                try {
                    const std::string text = "ความเห็น " + std::to_string(seed) + "-" + std::to_string(step);
                    (void)edits.addComment(id, "ผู้ร่วมทีม", text);
                    comments.insert(text);
                } catch (const Error&) { // the note has not reached this laptop yet
                }
            } else if (action == 3) {
                const auto& [owner, id] = notes[pick(notes.size())];
                Edits own(team[owner]);
                const Note note = team[owner].notes().get(id);
                note.trashedMs ? own.restoreNote(id) : own.trashNote(id);
            } else if (action == 4) {
                bundles.push_back(team.bundleFrom(who, pick(5) == 0));
            } else if (!bundles.empty()) {
                // Delivered to someone, maybe again, in any order; some are never delivered.
                (void)team.deliver(bundles[pick(bundles.size())], who);
            }
        }
        team.fullRound();
        const std::string expected = dumpOf(team[0]);
        for (std::size_t i = 1; i < team.notebooks.size(); ++i) {
            INFO("seed " << seed << " notebook " << i);
            CHECK(dumpOf(team[i]) == expected);
        }
        for (const std::string& text : comments) {
            INFO("seed " << seed << ": comment " << text);
            CHECK(expected.find(text) != std::string::npos);
        }
        // No edit lost: every paragraph is in its note's text or in one of its revisions.
        for (const auto& [id, paragraph] : paragraphs) {
            INFO("seed " << seed << ": " << paragraph);
            bool found = team[0].notes().get(id).content.body.find(paragraph) != std::string::npos;
            for (const Revision& revision : team[0].notes().revisions(id)) {
                found = found || revision.body.find(paragraph) != std::string::npos;
            }
            CHECK(found);
        }
        for (const auto& [owner, id] : notes) {
            CHECK(team[0].notes().get(id).trashedMs.has_value() ==
                  team[owner].notes().get(id).trashedMs.has_value());
        }
        CHECK(team[1].check().sound());
    }
}

TEST_CASE(
    "A damaged, cut-short, foreign, newer or non-bundle file is refused whole, the notebook is untouched",
    "[exchange][hostile]")
{
    Team team(2);
    for (int i = 0; i < 5; ++i) {
        (void)addNote(team[0], "บันทึกที่ " + std::to_string(i), std::string(2000, 'x'));
    }
    const std::string good = readBytes(team.bundleFrom(0, true));
    const std::string path = team.dir.file("bad" + std::string(kBundleSuffix));
    const std::string before = dumpOf(team[1]);
    team[1].checkpoint();
    const std::string fileBefore = readBytes(team[1].path());
    auto refused = [&](const std::string& bytes) {
        writeBytes(path, bytes);
        bool threw = false;
        try {
            (void)team.deliver(path, 1);
        } catch (const Error& error) {
            threw = true;
            CHECK(std::string(error.what()).find(path) != std::string::npos);
        }
        return threw;
    };
    // Every byte range: flipped, and the file cut there.
    std::mt19937 random(7);
    for (std::size_t at = 0; at < good.size(); at += 1 + good.size() / 97) {
        std::string flipped = good;
        flipped[at] = static_cast<char>(flipped[at] ^ (1 + random() % 255));
        INFO("byte " << at << " of " << good.size());
        CHECK(refused(flipped));
        CHECK(refused(good.substr(0, at)));
    }
    CHECK(refused(good + "x"));
    CHECK(refused(std::string(5000, '\0')));
    CHECK(refused("just some text\n"));
    CHECK_THROWS_WITH(team.deliver(path, 1), Catch::Contains("not a Banthuek bundle"));

    // From another team: its own key, its own id.
    Team other(1);
    (void)addNote(other[0], "ของทีมอื่น");
    CHECK_THROWS_WITH(team.deliver(other.bundleFrom(0), 1), Catch::Contains("another team"));

    // From a newer Banthuek: the format is read before anything else.
    BundleHeader newer;
    newer.format = kBundleFormat + 1;
    newer.teamId = teamInfo(team[0].database()).teamId;
    newer.senderId = "x";
    writeBytes(path, sealBundle(newer, "{}", teamSecret(team[0].database()).key()));
    CHECK_THROWS_WITH(team.deliver(path, 1), Catch::Contains("newer Banthuek"));

    // A batch with one bad file imports nothing.
    writeBytes(path, good.substr(0, good.size() / 2));
    const std::string fine = team.dir.file("fine" + std::string(kBundleSuffix));
    writeBytes(fine, good);
    CHECK_THROWS_WITH(importBundles(team[1].database(), {fine, path}), Catch::Contains("incomplete bundle"));

    CHECK(dumpOf(team[1]) == before);
    team[1].checkpoint();
    CHECK(readBytes(team[1].path()) == fileBefore);
    CHECK(importBundles(team[1].database(), {fine}).changes.notesNew == 5);
}

TEST_CASE("A shared folder keeps a team in step: half-written files and conflict copies do no harm",
          "[exchange]")
{
    Team team(3);
    const std::string folder = team.dir.file("shared");
    std::filesystem::create_directories(folder);
    for (std::size_t i = 0; i < 3; ++i) {
        (void)addNote(team[i], "จากเครื่อง " + std::to_string(i));
    }
    for (std::size_t i = 0; i < 3; ++i) {
        (void)syncFolder(team[i].database(), folder);
    }
    // Someone's sync tool is half-way through a file, and made a conflict copy of another.
    const std::string device = teamInfo(team[0].database()).deviceId;
    writeBytes(folder + "/" + device + "/.changes.banthuek-bundle.tmp", "BANTHUEK-BUNDLE\n12");
    writeBytes(folder + "/" + device + "/changes.sync-conflict-20261205-101010-ABCDEF.banthuek-bundle",
               readBytes(folder + "/" + device + "/changes.banthuek-bundle").substr(0, 100));
    for (int round = 0; round < 2; ++round) {
        for (std::size_t i = 0; i < 3; ++i) {
            const SyncSummary summary = syncFolder(team[i].database(), folder);
            CHECK(summary.written.rows >= 0);
        }
    }
    CHECK(dumpOf(team[0]) == dumpOf(team[1]));
    CHECK(dumpOf(team[1]) == dumpOf(team[2]));
    CHECK(team[2].notes().count({}) == 3);
}

TEST_CASE("A notebook from before team exchange gives its starter themes the keys every notebook shares",
          "[exchange][migration]")
{
    TempDir dir;
    const std::string path = dir.file("old.banthuek");
    {
        auto made = Notebook::create(path);
    }
    const std::string shared = stableUuid("banthuek starter theme:สุขภาพชุมชน");
    {
        // Make it look like a version 13 notebook whose starter theme had a random key.
        Database db(path, Database::Mode::ReadWrite);
        registerSchemaFunctions(db);
        db.exec("PRAGMA foreign_keys = ON");
        Transaction transaction(db);
        for (const ExchangedTable& table : exchangedTables()) {
            db.exec("DROP TRIGGER exchange_" + table.name + "_born; DROP TRIGGER exchange_" + table.name +
                    "_gone; DROP TRIGGER exchange_" + table.name +
                    "_rekeyed; DROP TRIGGER IF EXISTS exchange_" + table.name + "_changed");
        }
        db.exec(
            "DROP TABLE exchange_devices; DROP TABLE exchange_rows; DROP TABLE exchange_columns; "
            "DROP TABLE exchange_seen; DROP TABLE exchange_unread; DROP INDEX note_revisions_uid; DROP INDEX "
            "plan_item_changes_uid; "
            "DROP TRIGGER plan_item_added; DROP TRIGGER plan_item_moved; "
            "ALTER TABLE note_revisions DROP COLUMN uid; ALTER TABLE note_revisions DROP COLUMN conflict; "
            "ALTER TABLE plan_item_changes DROP COLUMN uid; "
            "CREATE TRIGGER plan_item_added AFTER INSERT ON plan_items BEGIN SELECT 1; END; "
            "CREATE TRIGGER plan_item_moved AFTER UPDATE ON plan_items BEGIN SELECT 1; END; "
            "DROP TRIGGER note_files_born; DROP TRIGGER note_files_edited; DROP TRIGGER note_files_revision; "
            "DROP TABLE files; DROP TABLE file_chunks; DROP TABLE note_files; DROP TABLE file_thumbs; "
            "DROP TABLE note_sources; DROP TABLE dictionary_words; DROP TRIGGER note_titles_insert; "
            "DROP TRIGGER note_titles_update; DROP TRIGGER note_titles_delete; DROP TABLE note_titles");
        // Version 19's word-index triggers back to version 4's (without the bulk-load pause).
        for (const char* table : {"note_search", "comment_search"}) {
            const std::string name(table);
            const std::string source = name == "note_search" ? "notes" : "comments";
            const std::string columns = name == "note_search" ? "title, body" : "body";
            const std::string values = name == "note_search" ? "new.title, new.body" : "new.body";
            const std::string old = name == "note_search" ? "old.title, old.body" : "old.body";
            db.exec("DROP TRIGGER " + name + "_insert; DROP TRIGGER " + name + "_update; DROP TRIGGER " +
                    name + "_delete; CREATE TRIGGER " + name + "_insert AFTER INSERT ON " + source +
                    " BEGIN INSERT INTO " + name + " (rowid, " + columns + ") VALUES (new.rowid, " + values +
                    "); END; CREATE TRIGGER " + name + "_update AFTER UPDATE ON " + source +
                    " BEGIN INSERT INTO " + name + " (" + name + ", rowid, " + columns +
                    ") VALUES ('delete', old.rowid, " + old + "); INSERT INTO " + name + " (rowid, " +
                    columns + ") VALUES (new.rowid, " + values + "); END; CREATE TRIGGER " + name +
                    "_delete AFTER DELETE ON " + source + " BEGIN INSERT INTO " + name + " (" + name +
                    ", rowid, " + columns + ") VALUES ('delete', old.rowid, " + old + "); END; ");
        }
        db.exec("DROP TABLE search_paused");
        db.prepare("DELETE FROM themes WHERE id = ?1").bind(1, shared).run();
        db.prepare("INSERT INTO themes (id, name_th, name_en, key, created_ms) VALUES ('old-random-key', "
                   "'สุขภาพชุมชน', 'Community health', ?1, 5)")
            .bind(1, matchKey("สุขภาพชุมชน"))
            .run();
        db.exec("INSERT INTO notes (id, record, kind, title, created_ms, updated_ms) VALUES ('n1', 1, "
                "'field_note', "
                "'เก่า', 1, 1)");
        db.exec("INSERT INTO note_themes (note_id, theme_id) VALUES ('n1', 'old-random-key')");
        db.exec("PRAGMA user_version = 13");
        transaction.commit();
    }
    auto upgraded = Notebook::open(path);
    CHECK(upgraded->schemaVersion() == latestSchemaVersion());
    CHECK(upgraded->notes().get("n1").content.themeIds == std::vector<std::string>{shared});
    CHECK(upgraded->check().sound());
    Statement stamped =
        upgraded->database().prepare("SELECT count(*) FROM exchange_rows WHERE tbl IN ('notes', 'themes')");
    CHECK(stamped.step());
    CHECK(stamped.integer(0) == 2); // the note, and the theme (now the user's, stamped as theirs)
}

TEST_CASE(
    "Two laptops editing one note's text apart: the later edit is current, the other is kept as a conflict "
    "revision on every laptop",
    "[exchange]")
{
    Team team(3);
    const Note note = addNote(team[0], "บันทึกร่วม", "ย่อหน้าเดิม");
    team.fullRound();
    Edits edits0(team[0]);
    Edits edits1(team[1]);
    NoteDraft mine = team[0].notes().get(note.id).content;
    mine.body = "ย่อหน้าเดิม แก้โดยเอ";
    (void)edits0.saveNote(note.id, mine);
    NoteDraft theirs = team[1].notes().get(note.id).content;
    theirs.body = "ย่อหน้าเดิม แก้โดยบี";
    (void)edits1.saveNote(note.id, theirs);
    const std::string fromA = team.bundleFrom(0);
    const std::string fromB = team.bundleFrom(1);
    // The third laptop hears them in the other order from the first two.
    CHECK(team.deliver(fromA, 1).changes.bodyConflicts == 1);
    CHECK(team.deliver(fromB, 0).changes.bodyConflicts == 1);
    (void)team.deliver(fromB, 2);
    (void)team.deliver(fromA, 2);
    team.fullRound();
    const std::string current = team[0].notes().get(note.id).content.body;
    const std::string lost = current == mine.body ? theirs.body : mine.body;
    CHECK((current == mine.body || current == theirs.body));
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(team[i].notes().get(note.id).content.body == current);
        const auto revisions = team[i].notes().revisions(note.id);
        CHECK(std::count_if(revisions.begin(), revisions.end(),
                            [&](const Revision& r) { return r.body == lost; }) == 1);
    }
    CHECK(dumpOf(team[0]) == dumpOf(team[1]));
    CHECK(dumpOf(team[1]) == dumpOf(team[2]));
}

TEST_CASE("A note deleted forever on one laptop while another edits it stays, in the Trash, with the edit",
          "[exchange]")
{
    Team team(3);
    const Note note = addNote(team[0], "จะถูกลบ", "ข้อความ");
    Edits edits0(team[0]);
    (void)edits0.addComment(note.id, "มาลี", "ความเห็นก่อนลบ");
    team.fullRound();
    edits0.trashNote(note.id);
    team[0].notes().deleteForever(note.id);
    Edits edits1(team[1]);
    NoteDraft draft = team[1].notes().get(note.id).content;
    draft.body += "\n\nเพิ่มหลังจากอีกเครื่องลบไปแล้ว";
    (void)edits1.saveNote(note.id, draft);
    team.fullRound();
    for (std::size_t i = 0; i < 3; ++i) {
        INFO("notebook " << i);
        const Note kept = team[i].notes().get(note.id);
        CHECK(kept.trashedMs.has_value());
        CHECK(kept.content.body.find("เพิ่มหลังจาก") != std::string::npos);
        CHECK(team[i].comments().forNote(note.id).size() == 1);
        CHECK(team[i].check().sound());
    }
    CHECK(dumpOf(team[0]) == dumpOf(team[1]));
    CHECK(dumpOf(team[1]) == dumpOf(team[2]));
}

TEST_CASE(
    "Bundles sealed with the team's key but holding hostile changes are refused or merged, never a crash",
    "[exchange][hostile]")
{
    // A teammate's laptop (or a broken build of it) can seal anything: the payload parser is
    // fuzzed with mutations of a real payload, each sealed with the real key.
    Team team(2);
    const Note note = addNote(team[0], "บันทึก", "ข้อความ");
    Edits edits(team[0]);
    (void)edits.addComment(note.id, "มาลี", "ความเห็น");
    const std::string payload = collectChanges(team[0].database(), {}).payload;
    const TeamKey key = teamSecret(team[0].database()).key();
    BundleHeader header;
    header.teamId = teamInfo(team[0].database()).teamId;
    header.senderId = teamInfo(team[0].database()).deviceId;
    const std::string path = team.dir.file("fuzz" + std::string(kBundleSuffix));
    const std::vector<std::string> replacements = {"null",
                                                   "0",
                                                   "-1",
                                                   "1e308",
                                                   "\"\"",
                                                   "[]",
                                                   "{}",
                                                   "[[[[[[[[1]]]]]]]]",
                                                   "\"notes\"",
                                                   "\"places\"",
                                                   "9223372036854775807",
                                                   "true",
                                                   "{\"x\":\"zz\"}",
                                                   "\"'; DROP TABLE notes; --\""};
    std::mt19937 random(11);
    int refused = 0;
    int merged = 0;
    for (int round = 0; round < 1500; ++round) {
        std::string mutated = payload;
        const int changes = 1 + static_cast<int>(random() % 4);
        for (int e = 0; e < changes; ++e) {
            // Replace a JSON value (from a ':' or ',' or '[' to the next ',' ']' or '}') or cut bytes.
            const std::size_t at = random() % mutated.size();
            const std::size_t start = mutated.find_first_of(":,[", at);
            if (start == std::string::npos || random() % 5 == 0) {
                mutated.erase(at, std::min<std::size_t>(1 + random() % 8, mutated.size() - at));
                continue;
            }
            const std::size_t end = mutated.find_first_of(",]}", start + 1);
            if (end == std::string::npos) {
                continue;
            }
            mutated.replace(start + 1, end - start - 1, replacements[random() % replacements.size()]);
        }
        header.payloadBytes = static_cast<std::int64_t>(mutated.size());
        writeBytes(path, sealBundle(header, mutated, key));
        try {
            (void)team.deliver(path, 1);
            ++merged;
        } catch (const Error& error) {
            ++refused;
            CHECK(std::string(error.what()).find(path) != std::string::npos);
        }
    }
    INFO(merged << " merged, " << refused << " refused");
    CHECK(refused > 0);
    CHECK(team[1].check().sound());
    // What a hostile payload could not do: take a table or reach a path. (It may add notes: a
    // laptop that holds the team's key may; one numbered like another is numbered apart.)
    Statement tables = team[1].database().prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                                  "AND name IN ('notes', 'comments', 'places')");
    REQUIRE(tables.step());
    CHECK(tables.integer(0) == 3);
    CHECK(team[1].places().find("800801").has_value());
}

TEST_CASE("Two laptops editing different paragraphs of one note apart: both edits are in the text everywhere",
          "[exchange]")
{
    Team team(3);
    const Note note = addNote(team[0], "บันทึกร่วม", "ที่มา\n\nกิจกรรม\n\nผลที่ได้");
    team.fullRound();
    Edits edits0(team[0]);
    Edits edits1(team[1]);
    NoteDraft mine = team[0].notes().get(note.id).content;
    mine.body = "ที่มา แก้โดยเอ\n\nกิจกรรม\n\nผลที่ได้";
    (void)edits0.saveNote(note.id, mine);
    NoteDraft theirs = team[1].notes().get(note.id).content;
    theirs.body = "ที่มา\n\nกิจกรรม\n\nผลที่ได้ แก้โดยบี";
    (void)edits1.saveNote(note.id, theirs);
    const std::string fromA = team.bundleFrom(0);
    const std::string fromB = team.bundleFrom(1);
    CHECK(team.deliver(fromB, 0).changes.bodiesMerged == 1);
    CHECK(team.deliver(fromA, 1).changes.bodiesMerged == 1);
    (void)team.deliver(fromA, 2);
    (void)team.deliver(fromB, 2);
    team.fullRound();
    for (std::size_t i = 0; i < 3; ++i) {
        INFO("notebook " << i);
        CHECK(team[i].notes().get(note.id).content.body == "ที่มา แก้โดยเอ\n\nกิจกรรม\n\nผลที่ได้ แก้โดยบี");
        const auto history = noteHistory(team[i].database(), note.id);
        CHECK(std::none_of(history.begin(), history.end(), [](const HistoryEntry& e) { return e.conflict; }));
    }
    CHECK(dumpOf(team[0]) == dumpOf(team[1]));
    CHECK(dumpOf(team[1]) == dumpOf(team[2]));
}

TEST_CASE("Two laptops adding a theme of the same name apart keep both, with every tag", "[exchange]")
{
    Team team(3);
    std::vector<std::string> notes;
    for (std::size_t i = 0; i < 2; ++i) {
        Edits edits(team[i]);
        NoteDraft draft;
        draft.title = "น้ำเสียที่เครื่อง " + std::to_string(i);
        draft.themeIds = {edits.findOrAddTheme("น้ำเสีย").id};
        notes.push_back(edits.createNote(draft).id);
    }
    team.fullRound();
    for (std::size_t i = 0; i < 3; ++i) {
        INFO("notebook " << i);
        for (const std::string& id : notes) {
            CHECK(team[i].notes().get(id).content.themeIds.size() == 1);
        }
        CHECK(team[i].notes().get(notes[0]).content.themeIds !=
              team[i].notes().get(notes[1]).content.themeIds);
        CHECK(team[i].check().sound());
    }
    CHECK(dumpOf(team[0]) == dumpOf(team[1]));
    CHECK(dumpOf(team[1]) == dumpOf(team[2]));
}

TEST_CASE("Files travel with their notes, each once, and a receiver that has one skips it",
          "[exchange][files]")
{
    Team team(3);
    team.fullRound(); // every laptop has heard of the others
    const Note note = addNote(team[0], "ฝายมีชีวิต", "ชาวบ้านช่วยกันสร้างฝาย\n");
    const std::string photoPath = team.dir.file("weir.jpg");
    std::string photo = std::string("\xFF\xD8\xFF\xDB", 4);
    for (int i = 0; i < 300'000; ++i) {
        photo += static_cast<char>((static_cast<std::int64_t>(i) * 7919) % 251);
    }
    writeBytes(photoPath, photo);
    Edits edits(team[0]);
    const auto stored = edits.attachFiles(note.id, {{photoPath, "ฝาย", true}});
    const std::string sha = stored.front().sha256;

    const std::string first = team.bundleFrom(0);
    const BundleImport taken = team.deliver(first, 1);
    CHECK(taken.files.stored == 1);
    REQUIRE(team[1].files().find(sha));
    CHECK(team[1].files().bytes(sha) == photo);
    CHECK(team[1].files().find(sha)->name == "weir.jpg");
    CHECK(team[1].files().notesUsing(sha) == std::vector<std::string>{note.id});
    CHECK(team.deliver(first, 1).files.known == 1); // read twice: stored once

    // The second laptop passes the note on to the third: the file goes with it, once.
    const std::string passedOn = team.bundleFrom(1);
    CHECK(team.deliver(passedOn, 2).files.stored == 1);
    CHECK(team[2].files().bytes(sha) == photo);

    // Once every laptop has told the others what it holds, no bundle carries the file again.
    team.fullRound();
    for (std::size_t i = 0; i < 3; ++i) {
        const std::string again = team.bundleFrom(i);
        CHECK(team.deliver(again, (i + 1) % 3).files.stored == 0);
        CHECK(readBytes(again).size() < photo.size() / 2);
        CHECK(team[i].check().sound());
    }
}

TEST_CASE("A bundle whose file section lies is refused whole and the notebook keeps nothing of it",
          "[exchange][files]")
{
    Team team(1);
    Database& db = team[0].database();
    const std::string good(200, 'x');
    const std::string sha =
        "51e3d5e7a7df2b3a1ba0f3f0f70a1fd2bd2ff8d01cd2b18ef6ef3cd5e4dda5c5"; // not of `good`
    const std::string section = R"([{"h":")" + sha + R"(","n":"a.jpg","z":200,"c":1,"s":[5,"dev"]}])";
    for (const std::string& tail : {section + std::string(1, '\0') + good,                // wrong hash
                                    section + std::string(1, '\0') + good.substr(0, 100), // cut short
                                    section + std::string(1, '\0') + good + "extra",      // bytes left over
                                    std::string("[{\"h\":1}]") + std::string(1, '\0'),    // not a file
                                    std::string("not json") + std::string(1, '\0'), section}) {
        std::string payload = R"({"devices":[],"rows":[]})" + std::string(1, '\0') + tail;
        Transaction transaction(db);
        CHECK_THROWS_WITH(takeFiles(db, payload, "bad.banthuek-bundle"),
                          Catch::Contains("bad.banthuek-bundle"));
    }
    Statement files = db.prepare("SELECT (SELECT count(*) FROM files) + (SELECT count(*) FROM file_chunks)");
    REQUIRE(files.step());
    CHECK(files.integer(0) == 0);
}

TEST_CASE("Where an imported note came from travels with it, so a teammate's import of it updates it",
          "[exchange]")
{
    Team team(2);
    const Note note = addNote(team[0], "บันทึกจาก GotoKnow", "ข้อความ");
    team[0].notes().setSource(
        note.id, {"gotoknow", "73826", "https://www.gotoknow.org/posts/73826", 1169457960000, 1328954820000});
    team.fullRound();
    CHECK(team[1].notes().findBySource("gotoknow", "73826") == note.id);
    CHECK(team[1].notes().source(note.id) == team[0].notes().source(note.id));
    // A later change of the source's address reaches the other laptop too.
    team[1].notes().setSource(note.id, {"gotoknow", "73826", "https://gotoknow.org/posts/73826", {}, {}});
    team.fullRound();
    CHECK(team[0].notes().source(note.id)->url == "https://gotoknow.org/posts/73826");
    CHECK_FALSE(team[0].notes().source(note.id)->writtenMs.has_value());
}

TEST_CASE("Two laptops that drew the same record slot keep both notes of a number, numbered alike everywhere",
          "[exchange]")
{
    Team team(3);
    for (std::size_t i = 0; i < 2; ++i) { // the one-in-a-thousand draw, made certain
        team[i].database().exec("UPDATE notebook_meta SET value = '83' WHERE key = 'record_slot'");
        team[i].database().exec("UPDATE exchange_devices SET slot = 83 WHERE num = 1");
    }
    const Note mine = addNote(team[0], "ของเอ");
    const Note theirs = addNote(team[1], "ของบี");
    REQUIRE(mine.record == theirs.record);
    team.fullRound();
    for (std::size_t i = 0; i < 3; ++i) {
        INFO("notebook " << i);
        REQUIRE_NOTHROW(team[i].notes().get(mine.id));
        REQUIRE_NOTHROW(team[i].notes().get(theirs.id));
        CHECK(team[i].notes().get(mine.id).record != team[i].notes().get(theirs.id).record);
        CHECK(team[i].check().sound());
    }
    CHECK(dumpOf(team[1]) == dumpOf(team[0]));
    CHECK(dumpOf(team[2]) == dumpOf(team[0]));
    // The note with the smaller id keeps the number both had.
    const Note& keeper = mine.id < theirs.id ? mine : theirs;
    CHECK(team[2].notes().get(keeper.id).record == mine.record);
    // The next note on either laptop takes a number no one has.
    const Note next = addNote(team[1], "ถัดไป");
    team.fullRound();
    CHECK(team[0].notes().get(next.id).record == next.record);
    CHECK(dumpOf(team[2]) == dumpOf(team[0]));
}

TEST_CASE("The notebook's dictionary travels: a word one laptop adds or removes is the team's",
          "[exchange][spelling]")
{
    Team team(2);
    Edits(team[0]).addDictionaryWord("ปัทมา");
    Edits(team[0]).addDictionaryWord("โมคลาน");
    team.fullRound();
    CHECK(dictionaryWords(team[1]) == std::vector<std::string>{"ปัทมา", "โมคลาน"});
    Edits(team[1]).removeDictionaryWord("ปัทมา");
    team.fullRound();
    CHECK(dictionaryWords(team[0]) == std::vector<std::string>{"โมคลาน"});
    CHECK(dumpOf(team[0]) == dumpOf(team[1]));
}
