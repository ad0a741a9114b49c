// SPDX-License-Identifier: GPL-3.0-or-later
// Subcommands that bring writing from elsewhere in: import-gotoknow.
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "core/formats/gotoknowimport.h"
#include "core/notebook/notebook.h"
#include "ui/startup/commandlinelanguage.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace banthuek::app {
namespace {

using core::GotoKnowImported;

const char* outcomeName(GotoKnowImported::Outcome outcome, bool written)
{
    if (!written) { // a dry run, or a batch stopped by bad files: what importing would do
        return outcome == GotoKnowImported::Outcome::Created ? "would_create" : "would_update";
    }
    switch (outcome) {
    case GotoKnowImported::Outcome::Created:
        return "created";
    case GotoKnowImported::Outcome::Updated:
        return "updated";
    case GotoKnowImported::Outcome::Unchanged:
        return "unchanged";
    }
    return "";
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
    nlohmann::json problems = nlohmann::json::array();
    for (const core::FileProblem& problem : result.problems) {
        problems.push_back({{"file", problem.file}, {"problem", problem.why.english()}});
    }
    std::cout << nlohmann::json{{"written", result.written},
                                {"posts", posts},
                                {"problems", problems},
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
    for (const core::FileProblem& problem : result.problems) {
        std::cerr << problem.file << ": " << ui::commandLineMessage(problem.why) << '\n';
    }
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

} // namespace

void addImportCommands(CLI::App& cli, int& exitCode)
{
    addImportGotoKnow(cli, exitCode);
}

} // namespace banthuek::app
