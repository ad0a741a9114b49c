// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace CLI {
class App;
}

namespace banthuek::app {

// Each adds its subcommands to the parser; a subcommand's callback does the work and
// throws core::Error for the user to read.
void addNotebookCommands(CLI::App& cli, int& exitCode); // new, check, generate, reindex
void addNoteCommands(CLI::App& cli);                    // add, list, import-jsonl, search
void addOverviewCommands(CLI::App& cli);                // places, themes, coverage
void addPeopleCommands(CLI::App& cli);  // people, organisations, merge-people, merge-organisations, links
void addMinutesCommands(CLI::App& cli); // actions, export-minutes
void addSummaryCommands(CLI::App& cli); // summary
void addPlanCommands(CLI::App& cli, int& exitCode); // plan, import-plan, export-plan
void addExchangeCommands(CLI::App& cli);            // team, export-bundle, import-bundle, sync, dump
void addEditCommands(CLI::App& cli);                // edit, comment, trash, restore, history
void addFileCommands(CLI::App& cli);                // attach, files, extract
void addImportCommands(CLI::App& cli,
                       int& exitCode); // import-gotoknow, import-markdown, export-markdown, publish
void addBackupCommands(CLI::App& cli, int& exitCode); // backup, backups, salvage

} // namespace banthuek::app
