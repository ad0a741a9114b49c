// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/bench.h"
#include "core/formats/jsonlimport.h"
#include "core/generate/generator.h"
#include "core/notebook/notebook.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <sstream>

namespace banthuek::bench {
namespace {

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Exports a notebook's notes as JSON Lines the way a user's import file looks.
std::string asJsonl(core::Notebook& notebook, int limit)
{
    core::NoteFilter filter;
    filter.limit = limit;
    std::ostringstream out;
    for (const core::NoteSummary& summary : notebook.notes().list(filter)) {
        const core::Note note = notebook.notes().get(summary.id);
        nlohmann::json line = {{"title", note.content.title},
                               {"body", note.content.body},
                               {"kind", std::string(core::kindName(note.content.kind))},
                               {"author", note.content.author},
                               {"places", note.content.placeCodes},
                               {"themes", summary.themeNames}};
        if (note.content.eventDate) {
            line["date"] = note.content.eventDate->iso();
        }
        out << line.dump() << '\n';
    }
    return out.str();
}

} // namespace

std::vector<Figure> measureCore(const std::string& dir, int notes, double* textBytes)
{
    std::vector<Figure> figures;
    const std::string path = dir + "/generated-" + std::to_string(notes) + ".banthuek";
    std::filesystem::remove(path);
    auto notebook = core::Notebook::create(path);
    auto start = std::chrono::steady_clock::now();
    const core::GenerateSummary generated = core::generateNotes(*notebook, {notes, 42, {}});
    const double generateSeconds = secondsSince(start);
    if (textBytes != nullptr) {
        *textBytes = static_cast<double>(generated.textBytes);
    }
    figures.push_back({"generate (notes/s)", generated.notes / generateSeconds, "notes/s"});
    figures.push_back({"generate (MB/s of text)",
                       static_cast<double>(generated.textBytes) / 1e6 / generateSeconds, "MB/s"});

    const int importCount = std::min(notes, 10000);
    const std::string jsonl = asJsonl(*notebook, importCount);
    const std::string importPath = dir + "/import-" + std::to_string(notes) + ".banthuek";
    std::filesystem::remove(importPath);
    auto target = core::Notebook::create(importPath);
    std::istringstream input(jsonl);
    start = std::chrono::steady_clock::now();
    const core::ImportSummary imported = core::importJsonl(*target, input, "bench.jsonl");
    figures.push_back({"import-jsonl (notes/s)", imported.notes / secondsSince(start), "notes/s"});
    return figures;
}

} // namespace banthuek::bench
