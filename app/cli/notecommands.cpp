// SPDX-License-Identifier: GPL-3.0-or-later
// Subcommands about notes: add, list, import-jsonl.
#include "app/cli/checks.h"
#include "app/cli/commands.h"
#include "app/cli/notefilter.h"
#include "app/cli/output.h"
#include "core/edits/edits.h"
#include "core/error.h"
#include "core/formats/jsonlimport.h"
#include "core/notebook/notebook.h"
#include "core/text/normalize.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

namespace banthuek::app {
namespace {

using core::Error;
using core::ErrorCategory;

struct ListOptions
{
    std::string path;
    NoteFilterOptions filter;
    bool json = false, trash = false;
    long limit = -1;
};

core::NoteFilter listFilter(core::Notebook& notebook, const ListOptions& options)
{
    core::NoteFilter filter = filterFor(notebook, options.filter);
    filter.trash = options.trash ? core::TrashFilter::Only : core::TrashFilter::Exclude;
    filter.limit = options.limit;
    return filter;
}

struct AddOptions
{
    std::string path, title, bodyFile, kind = "field_note", date, author;
    std::vector<std::string> places, themes, people, organisations;
};

void runAdd(const AddOptions& options)
{
    const auto notebook = core::Notebook::open(options.path);
    core::NoteDraft draft;
    draft.title = options.title;
    draft.kind = kindFrom(options.kind);
    draft.author = options.author;
    draft.body = options.bodyFile.empty() ? std::string() : readFile(options.bodyFile);
    if (!options.date.empty()) {
        draft.eventDate = core::parseUserDate(options.date, "--date");
    }
    for (const std::string& code : options.places) {
        draft.placeCodes.push_back(notebook->places().get(code).code); // as stored, when typed in Thai digits
    }
    core::Edits edits(*notebook);
    const auto added = edits.addNote(draft, {options.themes, options.people, options.organisations});
    for (const std::string& theme : added.newThemes) {
        std::cerr << "New theme: " << theme << '\n';
    }
    for (const std::string& person : added.newPeople) {
        std::cerr << "New person: " << person << '\n';
    }
    const core::Note& note = added.note;
    std::cout << note.record << '\n';
}

void addAdd(CLI::App& cli)
{
    auto* command = cli.add_subcommand("add", "Add a note and print its record number");
    auto options = std::make_shared<AddOptions>();
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option("--title", options->title, "Title")->required();
    command->add_option("--body-file", options->bodyFile, "Markdown file with the body");
    command->add_option("--kind", options->kind, "field_note, minutes or article")->capture_default_str();
    command->add_option("--place", options->places, "Place code (repeatable)");
    command->add_option("--theme", options->themes, "Theme name (repeatable; a new name creates the theme)");
    command->add_option("--date", options->date, "Event date, YYYY-MM-DD (Gregorian or Buddhist era)");
    command->add_option("--author", options->author, "Author's name");
    command->add_option("--person", options->people,
                        "A person the note is about (repeatable; a new name joins the register)");
    command->add_option("--organisation", options->organisations,
                        "An organisation the note is about: abbreviation, name or id (repeatable)");
    command->callback([options] { runAdd(*options); });
}

void printJson(const std::vector<core::NoteSummary>& notes)
{
    nlohmann::json array = nlohmann::json::array();
    for (const core::NoteSummary& note : notes) {
        array.push_back({{"record", note.record},
                         {"id", note.id},
                         {"title", note.title},
                         {"kind", std::string(core::kindName(note.kind))},
                         {"date", note.eventDate ? nlohmann::json(note.eventDate->iso()) : nlohmann::json()},
                         {"author", note.author},
                         {"places", note.placeCodes},
                         {"themes", note.themeNames},
                         {"published", note.published}});
    }
    std::cout << array.dump(2) << '\n';
}

void printTable(const std::vector<core::NoteSummary>& notes)
{
    for (const core::NoteSummary& note : notes) {
        std::cout << note.record << '\t'
                  << (note.eventDate ? note.eventDate->iso() : std::string("----------")) << '\t'
                  << core::kindName(note.kind) << '\t' << note.title << '\n';
    }
}

void addList(CLI::App& cli)
{
    auto* command = cli.add_subcommand("list", "List notes, newest event first");
    auto options = std::make_shared<ListOptions>();
    command->add_option("PATH", options->path, "Notebook file")->required();
    addFilterOptions(*command, options->filter);
    command->add_option("--limit", options->limit, "At most this many notes");
    command->add_flag("--trash", options->trash, "List the notes in the Trash instead");
    command->add_flag("--json", options->json, "Print a JSON array");
    command->callback([options] {
        const auto notebook = core::Notebook::open(options->path, core::Notebook::Access::ReadOnly);
        const auto notes = notebook->notes().list(listFilter(*notebook, *options));
        options->json ? printJson(notes) : printTable(notes);
    });
}

void addImportJsonl(CLI::App& cli)
{
    auto* command = cli.add_subcommand("import-jsonl", "Add notes from a JSON Lines file, all or nothing");
    auto path = std::make_shared<std::string>();
    auto file = std::make_shared<std::string>();
    command->add_option("PATH", *path, "Notebook file")->required();
    command->add_option("FILE", *file, "JSON Lines file (- for standard input)")->required();
    command->callback([path, file] {
        std::ifstream in;
        if (*file != "-") {
            in.open(*file, std::ios::binary);
            if (!in) {
                throw Error(ErrorCategory::Io, "Cannot read %1.", {*file});
            }
        }
        const auto notebook = core::Notebook::open(*path);
        ProgressLine progress("Importing");
        const auto summary =
            core::importJsonl(*notebook, *file == "-" ? std::cin : in, *file,
                              [&progress](int done, int total) { progress.update(done, total); });
        std::cout << "Imported " << summary.notes << " notes, " << summary.comments << " comments; "
                  << summary.themesCreated << " new themes.\n";
    });
}

void printHits(const std::vector<core::SearchHit>& hits, bool json)
{
    if (json) {
        nlohmann::json array = nlohmann::json::array();
        for (const core::SearchHit& hit : hits) {
            nlohmann::json marks = nlohmann::json::array();
            for (const auto& [from, to] : hit.highlights) {
                marks.push_back({from, to});
            }
            array.push_back({{"record", hit.record},
                             {"id", hit.noteId},
                             {"title", hit.title},
                             {"score", hit.score},
                             {"whole_word", hit.wholeWord},
                             {"snippet", hit.snippet},
                             {"highlights", marks}});
        }
        std::cout << array.dump(2) << '\n';
        return;
    }
    for (const core::SearchHit& hit : hits) {
        std::cout << hit.record << '\t' << hit.title << '\t' << hit.score << '\t' << hit.snippet << '\n';
    }
}

void addSearch(CLI::App& cli)
{
    auto* command =
        cli.add_subcommand("search", "Full-text search: record, title, score and snippet, best first");
    auto options = std::make_shared<ListOptions>();
    auto query = std::make_shared<std::string>();
    auto limit = std::make_shared<int>(20);
    command->add_option("PATH", options->path, "Notebook file")->required();
    command
        ->add_option(
            "QUERY", *query,
            "Words, \"a phrase\", -excluded, a OR b, and place:, theme:, author:, kind:, before:, after:")
        ->required();
    addFilterOptions(*command, options->filter);
    command->add_option("--limit", *limit, "At most this many results")
        ->capture_default_str()
        ->check(wholeNumberFrom(1));
    command->add_flag("--json", options->json, "Print a JSON array");
    command->callback([=] {
        const auto notebook = core::Notebook::open(options->path, core::Notebook::Access::ReadOnly);
        core::SearchRequest request;
        request.query = *query + " "; // typed in full: the last word is not a prefix being typed
        request.filter = listFilter(*notebook, *options);
        request.limit = *limit;
        const core::SearchResults results = notebook->search().search(request);
        if (!results.problem.empty()) {
            throw Error(ErrorCategory::InvalidInput, results.problem);
        }
        printHits(results.hits, options->json);
    });
}

} // namespace

void addNoteCommands(CLI::App& cli)
{
    addAdd(cli);
    addList(cli);
    addImportJsonl(cli);
    addSearch(cli);
}

} // namespace banthuek::app
