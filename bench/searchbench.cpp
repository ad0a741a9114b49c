// SPDX-License-Identifier: GPL-3.0-or-later
// Search against the scan: for a fixed set of Thai whole-word, part-word and English queries,
// Banthuek's search, its word index alone and a LIKE scan, each checked against the ground
// truth (the notes whose folded text contains the folded query) and timed in the same run.
#include "bench/bench.h"
#include "core/notebook/notebook.h"
#include "core/notes/notestore.h"
#include "core/search/searchquery.h"
#include "core/search/searchstore.h"
#include "core/search/searchtext.h"
#include "core/storage/database.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <numeric>
#include <set>
#include <unordered_set>

namespace banthuek::bench {
namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto at = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(at, values.size() - 1)];
}

struct Query
{
    const char* text;
    const char* kind;
};

// Words from the kind of notes teams write, parts of words (ICU keeps them inside longer
// words), numbers in both digit sets, and English.
const Query kQueries[] = {
    {"ชุมชน", "word"},    {"การ", "word"},          {"ครัวเรือน", "word"},      {"ยางพารา", "word"},
    {"เป้าหมาย", "word"}, {"กองทุนสวัสดิการ", "word"}, {"สภาองค์กรชุมชน", "word"}, {"แผนแม่บทชุมชน", "word"},
    {"ท่าศาลา", "word"},  {"บูรณาการ", "word"},      {"ภูมิปัญญา", "word"},       {"มังคุด", "word"},
    {"ปุ๋ยหมัก", "word"},   {"๑๒๐", "number"},        {"8,500", "number"},      {"300", "number"},
    {"ชน", "part"},      {"มชน", "part"},          {"าหมา", "part"},         {"องทุ", "part"},
    {"ียนรู้", "part"},     {"วัสดิ", "part"},          {"ณาการ", "part"},        {"ุมช", "part"},
    {"KM", "english"},   {"BAR", "english"},       {"aar", "english"},       {"kM", "english"},
};

struct Corpus
{
    std::vector<std::pair<std::string, std::vector<std::string>>> notes; // id, folded fields
    std::int64_t textBytes = 0;
};

Corpus loadCorpus(core::Database& db)
{
    Corpus corpus;
    auto rows = db.cached(
        "SELECT n.id, n.title, n.body, (SELECT json_group_array(body) FROM (SELECT body FROM comments "
        "WHERE note_id = n.id ORDER BY rowid)) FROM notes n WHERE n.trashed_ms IS NULL");
    while (rows->step()) {
        std::vector<std::string> fields{core::searchText(rows->text(1)), core::searchText(rows->text(2))};
        corpus.textBytes += static_cast<std::int64_t>(rows->text(1).size() + rows->text(2).size());
        // The comments come as one JSON array, read back with SQLite's json_each.
        auto comments = db.cached("SELECT value FROM json_each(?1)");
        comments->bind(1, rows->text(3));
        while (comments->step()) {
            corpus.textBytes += static_cast<std::int64_t>(comments->text(0).size());
            fields.push_back(core::searchText(comments->text(0)));
        }
        corpus.notes.emplace_back(rows->text(0), std::move(fields));
    }
    return corpus;
}

struct Quality
{
    std::size_t truth = 0;
    std::size_t found = 0;
    std::size_t correct = 0;

    [[nodiscard]] double recall() const
    {
        return truth ? static_cast<double>(correct) / static_cast<double>(truth) : 1;
    }
    [[nodiscard]] double precision() const
    {
        return found ? static_cast<double>(correct) / static_cast<double>(found) : 1;
    }
    void add(const Quality& q)
    {
        truth += q.truth;
        found += q.found;
        correct += q.correct;
    }
};

Quality compare(const std::set<std::string>& truth, const std::set<std::string>& found)
{
    Quality q{truth.size(), found.size(), 0};
    for (const std::string& id : found) {
        q.correct += truth.contains(id) ? 1 : 0;
    }
    return q;
}

std::set<std::string> idsOf(core::Database& db, const std::string& sql, const std::string& argument)
{
    std::set<std::string> ids;
    auto rows = db.cached(sql);
    rows->bind(1, argument);
    while (rows->step()) {
        ids.insert(rows->text(0));
    }
    return ids;
}

struct SaveFigures
{
    std::vector<double> saves;      // each save, ms
    double checkpoint = 0;          // the checkpoint after them, ms
    std::vector<double> mergeSteps; // each idle merge step after them, ms (merges in pauses only)
};

// Saving one 6 KB note, index and tallies included: the real save path, each save its own
// transaction. `mergesInPauses` as the app runs (FTS5's merges left to idle steps, measured
// after the saves), or as FTS5 does by default (merging as part of the save that fills a level).
SaveFigures measureSaves(core::Notebook& notebook, bool mergesInPauses)
{
    core::NoteDraft draft;
    draft.title = "บันทึกทดสอบความเร็วการบันทึก";
    while (draft.body.size() < 6000) {
        draft.body += "ชุมชนตั้งเป้าหมายว่าจะเป็นชุมชนพึ่งตนเองภายในหกปีตามแนวทางชุมชนอินทรีย์ ";
    }
    // Tagged as field notes are, so the tallies' triggers run too (ท่าศาลา, the busiest province).
    draft.eventDate = core::today();
    draft.placeCodes = {"800801", "800807"};
    for (const core::Theme& theme : notebook.themes().list()) {
        if (draft.themeIds.size() < 2 && theme.parentId) {
            draft.themeIds.push_back(theme.id);
        }
    }
    for (const core::TagCount& person : notebook.notes().countsByPerson()) {
        if (draft.personIds.size() < 2) {
            draft.personIds.push_back(person.key);
        }
    }
    const core::Note note = notebook.notes().create(draft);
    notebook.setAutomaticCheckpoints(false); // as the app runs: checkpoints wait for a pause
    notebook.search().setAutomaticMerges(!mergesInPauses);
    SaveFigures figures;
    (void)notebook.notes().update(note.id, draft); // warm, as an open editor is
    for (int i = 0; i < 60; ++i) {
        draft.body += std::to_string(i);
        const auto start = Clock::now();
        (void)notebook.notes().update(note.id, draft);
        figures.saves.push_back(msSince(start));
    }
    auto start = Clock::now();
    notebook.checkpoint();
    figures.checkpoint = msSince(start); // the checkpoint the app makes in a pause
    for (bool more = mergesInPauses; more && figures.mergeSteps.size() < 100000;) {
        start = Clock::now();
        more = notebook.search().mergeStep(64); // the app's step
        figures.mergeSteps.push_back(msSince(start));
    }
    notebook.search().setAutomaticMerges(true);
    notebook.setAutomaticCheckpoints(true);
    notebook.notes().trash(note.id);
    notebook.notes().deleteForever(note.id);
    return figures;
}

void printSaves(const char* label, const SaveFigures& figures)
{
    std::printf("%-44s %8.2f ms median, %.2f ms p95, %.2f ms max\n", label, percentile(figures.saves, 0.5),
                percentile(figures.saves, 0.95), percentile(figures.saves, 1.0));
}

// The first page of one query, `runs` times after a warming run (the app has the notebook open).
std::vector<double> timeQuery(core::Notebook& notebook, const char* text, int runs)
{
    (void)notebook.search().search(text, 20);
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        const auto t = Clock::now();
        const auto page = notebook.search().search(text, 20);
        times.push_back(msSince(t));
    }
    return times;
}

// Every query's times together, each query's line printed when `print`.
std::vector<double> timeAllQueries(core::Notebook& notebook, int runs, bool print)
{
    std::vector<double> all;
    for (const Query& query : kQueries) {
        const std::vector<double> times = timeQuery(notebook, query.text, runs);
        all.insert(all.end(), times.begin(), times.end());
        if (print) {
            std::printf("%-16s %-8s %8.2f %8.2f %8.2f\n", query.text, query.kind, percentile(times, 0.5),
                        percentile(times, 0.95), percentile(times, 1.0));
        }
    }
    return all;
}

} // namespace

int runSearchTimes(const std::string& path, int runs)
{
    auto notebook = core::Notebook::open(path);
    std::printf("Search times on %s (%d runs per query; no ground truth, no scan)\n", path.c_str(), runs);
    std::printf("%-16s %-8s %8s %8s %8s\n", "query", "kind", "p50 ms", "p95 ms", "max ms");
    const std::vector<double> all = timeAllQueries(*notebook, runs, true);
    std::printf("%-25s %8.2f %8.2f %8.2f\n", "all queries", percentile(all, 0.5), percentile(all, 0.95),
                percentile(all, 1.0));
    return 0;
}

std::vector<Figure> measureSearchTimes(const std::string& path, int runs)
{
    auto notebook = core::Notebook::open(path);
    const std::vector<double> all = timeAllQueries(*notebook, runs, false);
    return {{"search, first 20, p50", percentile(all, 0.5), "ms"},
            {"search, first 20, p95", percentile(all, 0.95), "ms"}};
}

int runSearchBench(const std::string& path, int runs, bool rebuild)
{
    auto notebook = core::Notebook::open(path);
    core::Database& db = notebook->database();
    std::printf("Search benchmark on %s (%d runs per query)\n", path.c_str(), runs);
    auto start = Clock::now();
    const Corpus corpus = loadCorpus(db);
    std::printf("Loaded and folded %zu notes (%.0f MB of text) for the ground truth in %.1f s\n\n",
                corpus.notes.size(), static_cast<double>(corpus.textBytes) / 1e6, msSince(start) / 1000);

    std::printf("%-16s %-8s %7s | %7s %7s %8s %8s | %7s %7s | %7s %8s\n", "query", "kind", "truth", "recall",
                "precis.", "p50 ms", "p95 ms", "w.recall", "w.prec.", "scan rc", "scan ms");
    Quality banthuekTotal;
    Quality wordsTotal;
    Quality scanTotal;
    double worstRecall = 1;
    double worstPrecision = 1;
    std::vector<double> searchTimes;
    std::vector<double> scanTimes;
    for (const Query& query : kQueries) {
        const core::ParsedQuery parsed = core::parseQuery(query.text);
        const std::string needle = parsed.clauses.front().anyOf.front().text;
        std::set<std::string> truth;
        for (const auto& [id, fields] : corpus.notes) {
            if (std::any_of(fields.begin(), fields.end(),
                            [&](const std::string& f) { return f.find(needle) != std::string::npos; })) {
                truth.insert(id);
            }
        }
        const std::vector<double> times = timeQuery(*notebook, query.text, runs);
        searchTimes.insert(searchTimes.end(), times.begin(), times.end());
        std::set<std::string> found;
        for (const core::SearchHit& hit : notebook->search().search(query.text, 1 << 30)) {
            found.insert(hit.noteId);
        }
        // The word index alone, as most note apps search (here with ICU's Thai words).
        std::set<std::string> words = idsOf(db,
                                            "SELECT n.id FROM note_search s JOIN notes n ON n.rowid = "
                                            "s.rowid WHERE note_search MATCH ?1 AND n.trashed_ms IS NULL "
                                            "UNION SELECT n.id FROM comment_search s JOIN comments c ON "
                                            "c.rowid = s.rowid JOIN notes n ON n.id = c.note_id "
                                            "WHERE comment_search MATCH ?1 AND n.trashed_ms IS NULL",
                                            core::wordsExpression(parsed));
        // The scan a note app without a Thai index falls back on.
        const auto scanStart = Clock::now();
        std::set<std::string> scanned =
            idsOf(db,
                  "SELECT n.id FROM notes n WHERE n.trashed_ms IS NULL AND (n.title LIKE ?1 OR n.body LIKE "
                  "?1 OR EXISTS "
                  "(SELECT 1 FROM comments c WHERE c.note_id = n.id AND c.body LIKE ?1))",
                  std::string("%") + query.text + "%");
        scanTimes.push_back(msSince(scanStart));

        const Quality b = compare(truth, found);
        const Quality w = compare(truth, words);
        const Quality s = compare(truth, scanned);
        banthuekTotal.add(b);
        wordsTotal.add(w);
        scanTotal.add(s);
        worstRecall = std::min(worstRecall, b.recall());
        worstPrecision = std::min(worstPrecision, b.precision());
        std::printf("%-16s %-8s %7zu | %7.3f %7.3f %8.2f %8.2f | %7.3f %7.3f | %7.3f %8.1f\n", query.text,
                    query.kind, truth.size(), b.recall(), b.precision(), percentile(times, 0.5),
                    percentile(times, 0.95), w.recall(), w.precision(), s.recall(), scanTimes.back());
    }

    const double p50 = percentile(searchTimes, 0.5);
    const double p95 = percentile(searchTimes, 0.95);
    const double scan50 = percentile(scanTimes, 0.5);
    const double scan95 = percentile(scanTimes, 0.95);
    std::printf("\n%-44s %12s %12s %12s\n", "method (all queries)", "recall", "precision", "p50 / p95 ms");
    std::printf("%-44s %12.3f %12.3f %6.2f / %.2f\n", "Banthuek search (first 20, with snippets)",
                banthuekTotal.recall(), banthuekTotal.precision(), p50, p95);
    std::printf("%-44s %12.3f %12.3f %12s\n", "ICU word index alone", wordsTotal.recall(),
                wordsTotal.precision(), "-");
    std::printf("%-44s %12.3f %12.3f %6.1f / %.1f\n", "LIKE scan (title, body, comments)", scanTotal.recall(),
                scanTotal.precision(), scan50, scan95);
    std::printf("%-44s %12.3f %12.3f\n", "worst single query (Banthuek)", worstRecall, worstPrecision);
    std::printf("%-44s %12.1fx %11.1fx\n", "scan / search (p50, p95)", scan50 / std::max(p50, 1e-3),
                scan95 / std::max(p95, 1e-3));

    // Both ways in one run, the default first: 60 saves each, then the pause that follows them.
    const SaveFigures merging = measureSaves(*notebook, false);
    const SaveFigures pausing = measureSaves(*notebook, true);
    printSaves("save one 6 KB note, FTS5 merging as it saves", merging);
    printSaves("save one 6 KB note, merges in pauses (app)", pausing);
    std::printf("%-44s %8.2f ms\n", "checkpoint after them (the app, in a pause)", pausing.checkpoint);
    std::printf("%-44s %8zu steps, %.2f ms max, %.0f ms in all\n",
                "then merging in the pause, 64 pages a step", pausing.mergeSteps.size(),
                percentile(pausing.mergeSteps, 1.0),
                std::accumulate(pausing.mergeSteps.begin(), pausing.mergeSteps.end(), 0.0));
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const auto fileBytes = static_cast<double>(std::filesystem::file_size(path));
    std::printf("%-44s %8.0f MB, %.2fx the text\n", "notebook size", fileBytes / 1e6,
                fileBytes / static_cast<double>(corpus.textBytes));
    if (rebuild) {
        const auto t = Clock::now();
        const std::int64_t bytes = notebook->search().reindex();
        const double seconds = msSince(t) / 1000;
        std::printf("%-44s %8.1f MB/s (%.0f MB in %.1f s)\n", "rebuild every search index",
                    static_cast<double>(bytes) / 1e6 / seconds, static_cast<double>(bytes) / 1e6, seconds);
    }
    return banthuekTotal.recall() == 1.0 && banthuekTotal.precision() == 1.0 ? 0 : 1;
}

} // namespace banthuek::bench
