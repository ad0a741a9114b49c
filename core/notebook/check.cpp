// SPDX-License-Identifier: GPL-3.0-or-later
// Notebook::check: what `banthuek check` and the notebook properties dialog report.
#include "core/error.h"
#include "core/notebook/notebook.h"
#include "core/overview/tallies.h"
#include "core/schema/migrations.h"
#include "core/storage/notebookfile.h"

namespace banthuek::core {
namespace {

void checkIntegrity(Database& db, CheckReport& report)
{
    auto rows = db.prepare("PRAGMA integrity_check");
    int problems = 0;
    while (rows.step()) {
        const std::string line = rows.text(0);
        if (line != "ok") {
            report.problems.push_back("Integrity: " + line);
            ++problems;
        }
    }
    if (problems == 0) {
        report.facts.push_back("SQLite integrity check: ok");
    }
}

void checkForeignKeys(Database& db, CheckReport& report)
{
    auto rows = db.prepare("PRAGMA foreign_key_check");
    int problems = 0;
    while (rows.step()) {
        if (++problems <= 20) {
            report.problems.push_back("Broken link: a row of " + rows.text(0) + " (row " + rows.text(1) +
                                      ") refers to a missing row of " + rows.text(2) + ".");
        }
    }
    if (problems > 20) {
        report.problems.push_back("... and " + std::to_string(problems - 20) + " more broken links.");
    }
    if (problems == 0) {
        report.facts.push_back("Links between notes, places, themes and comments: ok");
    }
}

void checkTallies(Database& db, CheckReport& report)
{
    if (const std::int64_t wrong = tallyMismatches(db); wrong > 0) {
        report.problems.push_back("Counts of notes by place and theme: " + std::to_string(wrong) +
                                  " rows disagree with the notes (`banthuek reindex` counts them again).");
    } else {
        report.facts.push_back("Counts of notes by place and theme: ok");
    }
}

void checkContent(Notebook& notebook, CheckReport& report)
{
    const auto provinces = notebook.places().count(PlaceLevel::Province);
    const auto districts = notebook.places().count(PlaceLevel::District);
    const auto subdistricts = notebook.places().count(PlaceLevel::Subdistrict);
    if (provinces < 77 || districts < 928 || subdistricts < 7436) {
        report.problems.push_back("Gazetteer incomplete: " + std::to_string(provinces) + " provinces, " +
                                  std::to_string(districts) + " districts, " + std::to_string(subdistricts) +
                                  " subdistricts (expected 77, 928, 7436).");
    } else {
        report.facts.push_back("Gazetteer: " + std::to_string(provinces) + " provinces, " +
                               std::to_string(districts) + " districts, " + std::to_string(subdistricts) +
                               " subdistricts");
    }
    NoteFilter all;
    all.trash = TrashFilter::Include;
    report.facts.push_back("Notes: " + std::to_string(notebook.notes().count(all)) + " (" +
                           std::to_string(notebook.notes().count({})) + " not in the Trash)");
}

} // namespace

CheckReport Notebook::check() const
{
    CheckReport report;
    auto& self = const_cast<Notebook&>(*this); // checking reads only; the stores' API is not const
    Database& db = *m_db;
    report.schemaVersion = schemaVersion();
    if (db.pragmaInteger("application_id") != kApplicationId) {
        report.problems.push_back("The file does not carry Banthuek's application id.");
    }
    report.facts.push_back("Notebook format: " + std::to_string(report.schemaVersion) + " (current " +
                           std::to_string(latestSchemaVersion()) + ")");
    try {
        checkIntegrity(db, report);
        checkForeignKeys(db, report);
        if (report.schemaVersion >= 13) {
            checkTallies(db, report);
        }
        checkContent(self, report);
    } catch (const Error& error) {
        report.problems.push_back(error.what());
    }
    return report;
}

} // namespace banthuek::core
