// SPDX-License-Identifier: GPL-3.0-or-later
// Subcommands about whole notebooks: new, check, generate.
#include "app/cli/checks.h"
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/demo/demonotebook.h"
#include "core/generate/generator.h"
#include "core/notebook/notebook.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <cmath>
#include <iostream>

namespace banthuek::app {
namespace {

void addNew(CLI::App& cli)
{
    auto* command =
        cli.add_subcommand("new", "Create a new, empty notebook (with the gazetteer and starter themes)");
    auto path = std::make_shared<std::string>();
    auto demo = std::make_shared<bool>(false);
    command->add_option("PATH", *path, "Notebook file to create (.banthuek)")->required();
    command->add_flag("--demo", *demo, "Fill it with the demo team's notes, minutes and comments");
    command->callback([path, demo] {
        const auto notebook = core::Notebook::create(*path);
        if (*demo) {
            core::addDemoContent(*notebook);
        }
        std::cout << "Created " << notebook->path() << '\n';
    });
}

void addCheck(CLI::App& cli, int& exitCode)
{
    auto* command =
        cli.add_subcommand("check", "Check a notebook's integrity and format; exit 1 when it is not sound");
    auto path = std::make_shared<std::string>();
    command->add_option("PATH", *path, "Notebook file")->required();
    command->callback([path, &exitCode] {
        const auto notebook = core::Notebook::open(*path, core::Notebook::Access::ReadOnly);
        const core::CheckReport report = notebook->check();
        // The report's lines stay English under any locale: scripts read "ok:" and "PROBLEM:".
        for (const core::Message& fact : report.facts) {
            std::cout << "ok: " << fact.english() << '\n';
        }
        for (const core::Message& problem : report.problems) {
            std::cout << "PROBLEM: " << problem.english() << '\n';
        }
        std::cout << (report.sound() ? "The notebook is sound.\n"
                                     : "The notebook has problems (see above).\n");
        exitCode = report.sound() ? kExitOk : kExitCheckFailed;
    });
}

void addGenerate(CLI::App& cli)
{
    auto* command = cli.add_subcommand(
        "generate", "Create a notebook of generated, realistic Thai notes (for benchmarks and tests)");
    auto path = std::make_shared<std::string>();
    auto options = std::make_shared<core::GenerateOptions>();
    command->add_option("PATH", *path, "Notebook file to create")->required();
    command->add_option("--notes", options->notes, "Number of notes")->required()->check(wholeNumberFrom(0));
    command->add_option("--seed", options->seed, "Seed: the same seed gives the same content")
        ->capture_default_str();
    command->callback([path, options] {
        const auto started = std::chrono::steady_clock::now();
        const auto notebook = core::Notebook::create(*path);
        ProgressLine progress("Generating notes");
        options->progress = [&progress](int done, int total) { progress.update(done, total); };
        const core::GenerateSummary summary = core::generateNotes(*notebook, *options);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        std::cout << "Generated " << summary.notes << " notes and " << summary.comments << " comments ("
                  << summary.textBytes / (1024 * 1024) << " MB of text) in " << seconds << " s\n";
    });
}

void addReindex(CLI::App& cli)
{
    auto* command = cli.add_subcommand(
        "reindex", "Rebuild the full-text search index and recount notes by place and theme");
    auto path = std::make_shared<std::string>();
    command->add_option("PATH", *path, "Notebook file")->required();
    command->callback([path] {
        const auto notebook = core::Notebook::open(*path);
        ProgressLine progress("Rebuilding the search indexes");
        const core::Rebuilt rebuilt = notebook->rebuildDerived(
            [&progress](double done) { progress.update(std::lround(done * 1000), 1000); });
        std::cout << "Indexed " << rebuilt.textBytes / (1024 * 1024) << " MB of text in "
                  << rebuilt.indexSeconds << " s ("
                  << static_cast<double>(rebuilt.textBytes) / 1e6 / rebuilt.indexSeconds << " MB/s)\n";
        std::cout << "Counted notes by place and theme again in " << rebuilt.countSeconds << " s\n";
    });
}

} // namespace

void addNotebookCommands(CLI::App& cli, int& exitCode)
{
    addNew(cli);
    addCheck(cli, exitCode);
    addGenerate(cli);
    addReindex(cli);
}

} // namespace banthuek::app
