// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "app/cli/commands.h"
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
    std::string notebookPath;
    cli.add_option("--notebook", notebookPath, "Notebook to open in the window (default: the last one)");
    cli.footer("Exit codes: 0 success, 1 check found problems, 2 usage error, 3 the command failed.\n"
               "Notebooks are .banthuek files; the default one is in $XDG_DATA_HOME/banthuek/.");
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
        return launchGui(notebookPath);
    }
    return exitCode;
}

} // namespace banthuek::app
