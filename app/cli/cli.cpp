// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "app/cli/commands.h"
#include "app/cli/examples.h"
#include "app/cli/manpage.h"
#include "core/error.h"
#include "ui/startup/commandlinelanguage.h"

#include <CLI/CLI.hpp>

#include <iostream>

namespace banthuek::app {

int runCommandLine(int argc, char** argv, const GuiLauncher& launchGui)
{
    CLI::App cli("Banthuek (บันทึก): an offline notebook for Thai community-development teams.\n"
                 "With no subcommand, opens the notebook window.",
                 "banthuek");
    cli.set_version_flag("--version", "banthuek " BANTHUEK_VERSION);
    GuiRequest request;
    cli.add_option("--notebook", request.notebookPath,
                   "Notebook to open in the window (default: the last one)");
    cli.add_option("FILE", request.files,
                   "A notebook (.banthuek) to open in the window, or team bundles (.banthuek-bundle) to "
                   "import into it")
        ->check(CLI::ExistingFile);
    cli.footer("Exit codes: 0 success, 1 check found problems, 2 usage error, 3 the command failed.\n"
               "Notebooks are .banthuek files; the default one is in $XDG_DATA_HOME/banthuek/.\n"
               "Example: banthuek notes.banthuek");
    cli.require_subcommand(0, 1);
    cli.allow_extras(false);

    int exitCode = kExitOk;
    addNotebookCommands(cli, exitCode);
    addNoteCommands(cli);
    addOverviewCommands(cli);
    addPeopleCommands(cli);
    addMinutesCommands(cli);
    addSummaryCommands(cli);
    addPlanCommands(cli, exitCode);
    addExchangeCommands(cli);
    addEditCommands(cli);
    addFileCommands(cli);
    addImportCommands(cli, exitCode);
    addBackupCommands(cli, exitCode);
    addExamples(cli);

    // Hidden: the build writes banthuek.1 from this, so the manual is the help text itself.
    cli.add_flag_callback("--manual-page",
                          [&cli] {
                              std::cout << manualPage(cli, BANTHUEK_VERSION);
                              throw CLI::Success();
                          })
        ->group("");

    try {
        cli.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int code = cli.exit(error);
        return code == 0 ? kExitOk : kExitUsage;
    } catch (const core::Error& error) {
        std::cerr << "banthuek: " << ui::commandLineMessage(error) << '\n';
        return kExitError;
    } catch (const std::exception& error) {
        std::cerr << "banthuek: unexpected error: " << error.what() << '\n';
        return kExitError;
    }
    if (cli.get_subcommands().empty()) {
        return launchGui(request);
    }
    return exitCode;
}

} // namespace banthuek::app
