// SPDX-License-Identifier: GPL-3.0-or-later
// Notebook::check: what `banthuek check` and the notebook properties dialog report.
#include "core/error.h"
#include "core/notebook/notebook.h"
#include "core/overview/tallies.h"
#include "core/schema/migrations.h"
#include "core/search/searchstore.h"
#include "core/storage/damage.h"
#include "core/storage/notebookfile.h"

#include <algorithm>

namespace banthuek::core {
namespace {

// Structures Banthuek makes again from the notes (salvage and reindex rebuild them): damage
// in them loses nothing that is not kept elsewhere in the file.
bool madeFromNotes(const std::string& table)
{
    for (const std::string& index : searchIndexNames()) {
        if (table.starts_with(index)) {
            return true;
        }
    }
    return table.find("_tally") != std::string::npos || table == "theme_paths" || table == "file_thumbs" ||
           table == "note_files" || table.starts_with("sqlite_stat");
}

// Names what integrity_check's complaints are about, in words: which table's rows, which index.
void nameDamage(Database& db, const std::vector<std::string>& complaints, CheckReport& report)
{
    for (const DamagedPart& part : locateDamage(db, complaints)) {
        const std::string count = std::to_string(std::max(part.complaints, 1));
        if (part.index) {
            report.problems.push_back(Message{"Damaged: the index %1 of the table %2 (%3 problems). It is "
                                              "made from the table's rows: a salvaged copy has it whole.",
                                              {part.name, part.table, count}});
        } else if (madeFromNotes(part.table)) {
            report.problems.push_back(Message{"Damaged: %1, which Banthuek makes from the notes (%2 "
                                              "problems). A salvaged copy makes it again.",
                                              {part.name, count}});
        } else {
            report.problems.push_back(
                Message{"Damaged: rows of the table %1 (%2 problems). `banthuek salvage` "
                        "copies every row that can still be read into a new notebook.",
                        {part.name, count}});
        }
    }
}

void checkIntegrity(Database& db, CheckReport& report)
{
    constexpr std::size_t kShown = 20;
    std::vector<std::string> complaints;
    auto rows = db.prepare("PRAGMA integrity_check");
    while (rows.step()) {
        // A row may hold many complaints, one a line, under a "*** in database main ***" head.
        const std::string text = rows.text(0);
        std::size_t start = 0;
        while (start <= text.size()) {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            std::string line = text.substr(start, end - start);
            if (!line.empty() && line != "ok" && !line.starts_with("*** in database")) {
                complaints.push_back(std::move(line));
            }
            start = end + 1;
        }
    }
    if (complaints.empty()) {
        report.facts.push_back(Message{"SQLite integrity check: ok", {}});
        return;
    }
    nameDamage(db, complaints, report); // what is damaged first, then SQLite's own words
    for (std::size_t i = 0; i < std::min(complaints.size(), kShown); ++i) {
        report.problems.push_back(Message{"Integrity: %1", {complaints[i]}});
    }
    if (complaints.size() > kShown) {
        report.problems.push_back(
            Message{"... and %1 more integrity problems.", {std::to_string(complaints.size() - kShown)}});
    }
}

void checkForeignKeys(Database& db, CheckReport& report)
{
    auto rows = db.prepare("PRAGMA foreign_key_check");
    int problems = 0;
    while (rows.step()) {
        if (++problems <= 20) {
            report.problems.push_back(
                Message{"Broken link: a row of %1 (row %2) refers to a missing row of %3.",
                        {rows.text(0), rows.text(1), rows.text(2)}});
        }
    }
    if (problems > 20) {
        report.problems.push_back(Message{"... and %1 more broken links.", {std::to_string(problems - 20)}});
    }
    if (problems == 0) {
        report.facts.push_back(Message{"Links between notes, places, themes and comments: ok", {}});
    }
}

void checkTallies(Database& db, CheckReport& report)
{
    if (const std::int64_t wrong = tallyMismatches(db); wrong > 0) {
        report.problems.push_back(Message{"Counts of notes by place and theme: %1 rows disagree with the "
                                          "notes (`banthuek reindex` counts them "
                                          "again).",
                                          {std::to_string(wrong)}});
    } else {
        report.facts.push_back(Message{"Counts of notes by place and theme: ok", {}});
    }
}

void checkSearchIndexes(Database& db, CheckReport& report)
{
    bool whole = true;
    for (const SearchIndexGap& gap : searchIndexGaps(db)) {
        if (gap.missing > 0 || gap.stale > 0) {
            whole = false;
            report.problems.push_back(Message{
                "Search index %1: %2 of %3 texts are missing from it and %4 entries are left from texts "
                "that are gone (`banthuek reindex` builds the search indexes again).",
                {gap.index, std::to_string(gap.missing), std::to_string(gap.texts),
                 std::to_string(gap.stale)}});
        }
    }
    if (whole) {
        report.facts.push_back(Message{"Search indexes: every note and comment is in them", {}});
    }
}

void checkContent(Notebook& notebook, CheckReport& report)
{
    const auto provinces = notebook.places().count(PlaceLevel::Province);
    const auto districts = notebook.places().count(PlaceLevel::District);
    const auto subdistricts = notebook.places().count(PlaceLevel::Subdistrict);
    if (provinces < 77 || districts < 928 || subdistricts < 7436) {
        report.problems.push_back(Message{
            "Gazetteer incomplete: %1 provinces, %2 districts, %3 subdistricts (expected 77, 928, 7436).",
            {std::to_string(provinces), std::to_string(districts), std::to_string(subdistricts)}});
    } else {
        report.facts.push_back(
            Message{"Gazetteer: %1 provinces, %2 districts, %3 subdistricts",
                    {std::to_string(provinces), std::to_string(districts), std::to_string(subdistricts)}});
    }
    NoteFilter all;
    all.trash = TrashFilter::Include;
    report.facts.push_back(
        Message{"Notes: %1 (%2 not in the Trash)",
                {std::to_string(notebook.notes().count(all)), std::to_string(notebook.notes().count({}))}});
}

// Every file's bytes hashed again; notes that name a file this notebook does not hold.
void checkFiles(Notebook& notebook, CheckReport& report)
{
    const FileStore& files = notebook.files();
    const std::vector<std::string> damaged = files.damaged();
    for (const std::string& sha : damaged) {
        const StoredFile file = files.get(sha);
        report.problems.push_back(
            Message{"The file %1 (%2) is damaged: its bytes no longer match its SHA-256.", {file.name, sha}});
    }
    Statement missing = notebook.database().prepare(
        "SELECT count(DISTINCT note_files.sha256) FROM note_files JOIN notes ON notes.id = "
        "note_files.note_id "
        "WHERE NOT EXISTS (SELECT 1 FROM files WHERE files.sha256 = note_files.sha256)");
    const std::int64_t absent = missing.step() ? missing.integer(0) : 0;
    if (absent > 0) {
        report.problems.push_back(
            Message{"%1 files named in notes are not in this notebook (a teammate's bundle will bring them).",
                    {std::to_string(absent)}});
    }
    if (damaged.empty()) {
        report.facts.push_back(
            Message{"Files: %1 (%2 bytes), every one matches its SHA-256",
                    {std::to_string(files.all().size()), std::to_string(files.totalBytes())}});
    }
}

} // namespace

CheckReport Notebook::check(CheckDepth depth) const
{
    CheckReport report;
    auto& self = const_cast<Notebook&>(*this); // checking reads only; the stores' API is not const
    Database& db = *m_db;
    report.schemaVersion = schemaVersion();
    if (db.pragmaInteger("application_id") != kApplicationId) {
        report.problems.push_back(Message{"The file does not carry Banthuek's application id.", {}});
    }
    report.facts.push_back(
        Message{"Notebook format: %1 (current %2)",
                {std::to_string(report.schemaVersion), std::to_string(latestSchemaVersion())}});
    try {
        checkIntegrity(db, report);
        checkForeignKeys(db, report);
        if (report.schemaVersion >= 13 && depth == CheckDepth::Full) {
            checkTallies(db, report);
        }
        if (report.schemaVersion >= 18 && depth == CheckDepth::Full) {
            checkSearchIndexes(db, report);
        }
        checkContent(self, report);
        if (report.schemaVersion >= 15) {
            checkFiles(self, report);
        }
    } catch (const Error& error) {
        report.problems.push_back(error.message());
    }
    return report;
}

} // namespace banthuek::core
