// SPDX-License-Identifier: GPL-3.0-or-later
// Subcommands that bring writing from elsewhere in and take it out: import-gotoknow,
// import-markdown, export-markdown, publish.
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/notefilter.h"
#include "app/cli/output.h"
#include "core/edits/edits.h"
#include "core/formats/gotoknowimport.h"
#include "core/formats/markdownexport.h"
#include "core/formats/sitepublish.h"
#include "core/notebook/notebook.h"
#include "ui/startup/commandlinelanguage.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace banthuek::app {
namespace {

using core::GotoKnowImported;

const char* outcomeName(core::ImportOutcome outcome, bool written)
{
    if (!written) { // a dry run, or a batch stopped by bad files: what importing would do
        switch (outcome) {
        case core::ImportOutcome::Created:
            return "would_create";
        case core::ImportOutcome::Updated:
            return "would_update";
        case core::ImportOutcome::Unchanged:
            return "would_keep";
        }
    }
    switch (outcome) {
    case core::ImportOutcome::Created:
        return "created";
    case core::ImportOutcome::Updated:
        return "updated";
    case core::ImportOutcome::Unchanged:
        return "unchanged";
    }
    return "";
}

nlohmann::json problemsJson(const std::vector<core::FileProblem>& problems)
{
    nlohmann::json list = nlohmann::json::array();
    for (const core::FileProblem& problem : problems) {
        list.push_back({{"file", problem.file}, {"problem", problem.why.english()}});
    }
    return list;
}

void printProblems(const std::vector<core::FileProblem>& problems)
{
    for (const core::FileProblem& problem : problems) {
        std::cerr << problem.file << ": " << ui::commandLineMessage(problem.why) << '\n';
    }
}

void printJson(const core::GotoKnowImport& result)
{
    nlohmann::json posts = nlohmann::json::array();
    for (const GotoKnowImported& post : result.posts) {
        posts.push_back({{"file", post.file},
                         {"id", post.noteId},
                         {"gotoknow", post.number},
                         {"title", post.title},
                         {"outcome", outcomeName(post.outcome, result.written)},
                         {"comments", post.comments},
                         {"comments_added", post.commentsAdded}});
    }
    std::cout << nlohmann::json{{"written", result.written},
                                {"posts", posts},
                                {"problems", problemsJson(result.problems)},
                                {"themes_created", result.themesCreated}}
                     .dump(2)
              << '\n';
}

void printText(const core::GotoKnowImport& result)
{
    for (const GotoKnowImported& post : result.posts) {
        std::cout << outcomeName(post.outcome, result.written) << '\t' << post.number << '\t' << post.title
                  << '\t' << post.comments << " comments (" << post.commentsAdded << " new)\n";
    }
    printProblems(result.problems);
    if (!result.problems.empty() && !result.written) {
        std::cerr << "Nothing was imported: " << result.problems.size() << " of "
                  << result.problems.size() + result.posts.size()
                  << " files are not GotoKnow posts (--skip-bad imports the others).\n";
    }
}

void addImportGotoKnow(CLI::App& cli, int& exitCode)
{
    auto* command = cli.add_subcommand(
        "import-gotoknow",
        "Import GotoKnow posts saved as text or web pages, with their comments; all or nothing");
    struct Options
    {
        std::string path;
        std::vector<std::string> files;
        std::vector<std::string> places;
        std::string author;
        bool skipBad = false;
        bool dryRun = false;
        bool json = false;
    };
    auto options = std::make_shared<Options>();
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option("FILE", options->files, "Saved posts (.txt or .html)")->required();
    command->add_flag("--skip-bad", options->skipBad, "Import the good files and list the bad ones");
    command->add_flag("--dry-run", options->dryRun, "Read and check the files; write nothing");
    command->add_option("--author", options->author, "Who wrote the posts (a saved page does not say)");
    command->add_option("--place", options->places, "Place code every post is about (repeatable)");
    command->add_flag("--json", options->json, "Print the result as JSON");
    command->footer("Importing a post again updates its note (found by its GotoKnow number).\n"
                    "Example: banthuek import-gotoknow notes.banthuek post-73826.txt post-140116.html");
    command->callback([options, &exitCode] {
        const auto notebook = core::Notebook::open(options->path);
        core::GotoKnowImportOptions importOptions;
        importOptions.skipBad = options->skipBad;
        importOptions.dryRun = options->dryRun;
        importOptions.author = options->author;
        importOptions.placeCodes = options->places;
        const core::GotoKnowImport result = core::importGotoKnow(*notebook, options->files, importOptions);
        options->json ? printJson(result) : printText(result);
        if (!result.problems.empty() && (!options->skipBad || result.posts.empty())) {
            exitCode = kExitError;
        }
    });
}

void printMarkdownImport(const core::MarkdownImport& result, bool json)
{
    if (json) {
        nlohmann::json notes = nlohmann::json::array();
        for (const core::MarkdownImported& note : result.notes) {
            notes.push_back({{"file", note.file},
                             {"id", note.noteId},
                             {"title", note.title},
                             {"outcome", outcomeName(note.outcome, result.written)},
                             {"comments", note.comments},
                             {"comments_added", note.commentsAdded},
                             {"files", note.files}});
        }
        std::cout << nlohmann::json{{"written", result.written},
                                    {"notes", notes},
                                    {"problems", problemsJson(result.problems)},
                                    {"themes_created", result.themesCreated},
                                    {"files_stored", result.filesStored}}
                         .dump(2)
                  << '\n';
        return;
    }
    for (const core::MarkdownImported& note : result.notes) {
        std::cout << outcomeName(note.outcome, result.written) << '\t' << note.file << '\t' << note.title
                  << '\n';
    }
    printProblems(result.problems);
    std::cerr << (result.written ? "Imported " : "Would import ") << result.notes.size() << " notes, "
              << result.filesStored << " files; " << result.themesCreated << " new themes.\n";
    if (!result.problems.empty() && !result.written) {
        std::cerr << "Nothing was imported: " << result.problems.size()
                  << " files have problems (--skip-bad imports the others).\n";
    }
}

void addImportMarkdown(CLI::App& cli, int& exitCode)
{
    auto* command =
        cli.add_subcommand("import-markdown", "Import a folder of Markdown notes (a Banthuek export, an "
                                              "Obsidian vault, a Joplin export); all or nothing");
    struct Options
    {
        std::string path, folder, author, kind = "field_note";
        std::vector<std::string> places;
        bool skipBad = false, dryRun = false, json = false;
    };
    auto options = std::make_shared<Options>();
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option("DIR", options->folder, "Folder of .md files (sub-folders included)")->required();
    command->add_flag("--skip-bad", options->skipBad, "Import the good files and list the bad ones");
    command->add_flag("--dry-run", options->dryRun, "Read and check everything; write nothing");
    command->add_option("--author", options->author, "Writer of notes that do not name one");
    command
        ->add_option("--kind", options->kind, "Kind of notes that do not say: field_note, minutes or article")
        ->capture_default_str();
    command->add_option("--place", options->places, "Place code every note is about (repeatable)");
    command->add_flag("--json", options->json, "Print the result as JSON");
    command->footer("Importing a folder again updates its notes (found by their id, else their file).\n"
                    "Example: banthuek import-markdown notes.banthuek ~/Obsidian/ทีมท่าศาลา");
    command->callback([options, &exitCode] {
        const auto notebook = core::Notebook::open(options->path);
        core::MarkdownImportOptions importOptions;
        importOptions.skipBad = options->skipBad;
        importOptions.dryRun = options->dryRun;
        importOptions.author = options->author;
        importOptions.kind = kindFrom(options->kind);
        importOptions.placeCodes = options->places;
        ProgressLine progress("Importing");
        const core::MarkdownImport result = core::Edits(*notebook).importMarkdown(
            options->folder, importOptions,
            [&progress](int done, int total) { progress.update(done, total); });
        printMarkdownImport(result, options->json);
        if (!result.problems.empty() && (!options->skipBad || result.notes.empty())) {
            exitCode = kExitError;
        }
    });
}

void addExportMarkdown(CLI::App& cli)
{
    auto* command = cli.add_subcommand(
        "export-markdown", "Write notes as Markdown files with YAML front matter, their files beside them");
    struct Options
    {
        std::string path, folder;
        NoteFilterOptions filter;
        bool force = false, json = false;
    };
    auto options = std::make_shared<Options>();
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option("-o,--output", options->folder, "Folder to write (empty or new)")->required();
    addFilterOptions(*command, options->filter);
    command->add_flag("--force", options->force, "Write into a folder that is not empty");
    command->add_flag("--json", options->json, "Print the counts as JSON");
    command->footer("Example: banthuek export-markdown notes.banthuek -o ท่าศาลา-md --place 800801");
    command->callback([options] {
        const auto notebook = core::Notebook::open(options->path, core::Notebook::Access::ReadOnly);
        core::MarkdownExportOptions exportOptions;
        exportOptions.filter = filterFor(*notebook, options->filter);
        exportOptions.force = options->force;
        ProgressLine progress("Exporting");
        const core::MarkdownExport result =
            core::exportMarkdown(*notebook, options->folder, exportOptions,
                                 [&progress](int done, int total) { progress.update(done, total); });
        if (options->json) {
            std::cout << nlohmann::json{{"folder", options->folder},
                                        {"notes", result.notes},
                                        {"files", result.files},
                                        {"comments", result.comments}}
                             .dump(2)
                      << '\n';
        } else {
            std::cout << "Wrote " << result.notes << " notes, " << result.files << " files and "
                      << result.comments << " comments to " << options->folder << '\n';
        }
    });
}

void addPublish(CLI::App& cli)
{
    auto* command = cli.add_subcommand(
        "publish",
        "Write the published notes as a static website (a subdistrict blog) with offline Thai search");
    struct Options
    {
        std::string path, folder, lang = "th", title, baseUrl;
        NoteFilterOptions filter;
        bool roles = false, force = false, json = false;
    };
    auto options = std::make_shared<Options>();
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option("-o,--output", options->folder, "Folder to write (empty or new)")->required();
    addFilterOptions(*command, options->filter);
    command->add_option("--lang", options->lang, "The pages' language: th or en")
        ->check(CLI::IsMember({"th", "en"}))
        ->capture_default_str();
    command->add_flag("--roles", options->roles,
                      "Show writers and commenters as their KM role, not their names");
    command->add_option("--title", options->title, "The site's name (default: Blog ตำบล)");
    command->add_option("--base-url", options->baseUrl, "Where the site will be, for the Atom feed's links");
    command->add_flag("--force", options->force, "Write into a folder that is not empty");
    command->add_flag("--json", options->json, "Print the counts as JSON");
    command->footer("Only published notes go out (never drafts, the Trash or the community plans).\n"
                    "Example: banthuek publish notes.banthuek -o blog-ท่าศาลา --place 800801 --roles");
    command->callback([options] {
        const auto notebook = core::Notebook::open(options->path, core::Notebook::Access::ReadOnly);
        core::PublishOptions publish;
        publish.filter = filterFor(*notebook, options->filter);
        publish.language = options->lang == "en" ? core::Language::English : core::Language::Thai;
        publish.rolesForNames = options->roles;
        publish.force = options->force;
        publish.title = options->title;
        publish.baseUrl = options->baseUrl;
        ProgressLine progress("Publishing");
        const core::Published result =
            core::publishSite(*notebook, options->folder, publish,
                              [&progress](int done, int total) { progress.update(done, total); });
        if (options->json) {
            std::cout << nlohmann::json{{"folder", options->folder}, {"notes", result.notes},
                                        {"places", result.places},   {"themes", result.themes},
                                        {"files", result.files},     {"index_words", result.indexWords}}
                             .dump(2)
                      << '\n';
        } else {
            std::cout << "Published " << result.notes << " notes (" << result.places << " place pages, "
                      << result.themes << " theme pages, " << result.files << " files) to " << options->folder
                      << "/index.html\n";
        }
    });
}

} // namespace

void addImportCommands(CLI::App& cli, int& exitCode)
{
    addImportGotoKnow(cli, exitCode);
    addImportMarkdown(cli, exitCode);
    addExportMarkdown(cli);
    addPublish(cli);
}

} // namespace banthuek::app
