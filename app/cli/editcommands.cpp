// SPDX-License-Identifier: GPL-3.0-or-later
// Subcommands that edit one note without the window (for scripts and tests of team exchange):
// edit, comment, trash, restore, history. NOTE is a record number or a note id.
#include "app/cli/commands.h"
#include "app/cli/noteargument.h"
#include "app/cli/output.h"
#include "core/backup/backups.h"
#include "core/edits/edits.h"
#include "core/error.h"
#include "core/exchange/history.h"
#include "core/notebook/notebook.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>

namespace banthuek::app {
namespace {

using core::Error;
using core::ErrorCategory;

struct EditOptions
{
    std::string path, note, title, bodyFile, appendFile;
    std::vector<std::string> places, themes;
    bool titleGiven = false;
};

void runEdit(const EditOptions& options)
{
    const auto notebook = core::Notebook::open(options.path);
    const core::Note note = resolveNote(*notebook, options.note);
    core::Edits edits(*notebook);
    core::NoteDraft draft = note.content;
    if (options.titleGiven) {
        draft.title = options.title;
    }
    if (!options.bodyFile.empty()) {
        draft.body = readFile(options.bodyFile);
    }
    if (!options.appendFile.empty()) {
        const std::string more = readFile(options.appendFile);
        draft.body += (draft.body.empty() || draft.body.ends_with('\n') ? "" : "\n") + more;
    }
    for (const std::string& code : options.places) {
        const std::string place = notebook->places().get(code).code;
        if (std::find(draft.placeCodes.begin(), draft.placeCodes.end(), place) == draft.placeCodes.end()) {
            draft.placeCodes.push_back(place);
        }
    }
    for (const std::string& name : options.themes) {
        const std::string theme = edits.findOrAddTheme(name).id;
        if (std::find(draft.themeIds.begin(), draft.themeIds.end(), theme) == draft.themeIds.end()) {
            draft.themeIds.push_back(theme);
        }
    }
    const core::NoteSaved saved = edits.saveNote(note.id, draft);
    std::cout << (saved.changed.any() ? "Saved" : "Unchanged") << " note " << saved.note.record << ".\n";
}

void addEdit(CLI::App& cli)
{
    auto* command = cli.add_subcommand("edit", "Change a note's title, body, places or themes");
    auto options = std::make_shared<EditOptions>();
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option("NOTE", options->note, "Record number or id")->required();
    auto* title = command->add_option("--title", options->title, "New title");
    command->add_option("--body-file", options->bodyFile, "Markdown file that becomes the body");
    command->add_option("--append-file", options->appendFile, "Markdown file added at the end of the body");
    command->add_option("--add-place", options->places, "Place code to add (repeatable)");
    command->add_option("--add-theme", options->themes, "Theme to add (repeatable; a new name creates it)");
    command->footer("Example: banthuek edit notes.banthuek 1000347 --append-file more.md --add-theme \"น้ำ\"");
    command->callback([options, title] {
        options->titleGiven = title->count() > 0;
        runEdit(*options);
    });
}

void addComment(CLI::App& cli)
{
    struct Options
    {
        std::string path, note, author, body;
    };
    auto options = std::make_shared<Options>();
    auto* command = cli.add_subcommand("comment", "Add a comment to a note");
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option("NOTE", options->note, "Record number or id")->required();
    command->add_option("--author", options->author, "Who comments")->required();
    command->add_option("--body", options->body, "The comment")->required();
    command->footer("Example: banthuek comment notes.banthuek 1000347 --author \"สมชาย\" --body \"ดีมากครับ\"");
    command->callback([options] {
        const auto notebook = core::Notebook::open(options->path);
        const core::Note note = resolveNote(*notebook, options->note);
        core::Edits edits(*notebook);
        const core::Comment comment = edits.addComment(note.id, options->author, options->body);
        std::cout << comment.id << '\n';
    });
}

void addTrash(CLI::App& cli)
{
    auto path = std::make_shared<std::string>();
    auto noteText = std::make_shared<std::string>();
    auto* command = cli.add_subcommand("trash", "Move a note to the Trash");
    command->add_option("PATH", *path, "Notebook file")->required();
    command->add_option("NOTE", *noteText, "Record number or id")->required();
    command->callback([path, noteText] {
        const auto notebook = core::Notebook::open(*path);
        core::Edits edits(*notebook);
        edits.trashNote(resolveNote(*notebook, *noteText).id);
    });
}

// `restore PATH NOTE` brings a note back from the Trash; `restore BACKUP -o NEWPATH` writes a
// backup out as a new notebook.
void addRestore(CLI::App& cli)
{
    auto path = std::make_shared<std::string>();
    auto noteText = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    auto* command =
        cli.add_subcommand("restore", "Bring a note back from the Trash, or a backup back as a new notebook");
    command->add_option("PATH", *path, "Notebook file (with NOTE), or a backup (with -o)")->required();
    auto* note = command->add_option("NOTE", *noteText, "Record number or id of the note in the Trash");
    auto* out = command->add_option("-o,--output", *output, "The new notebook to write the backup as");
    note->excludes(out);
    command->footer(
        "Examples: banthuek restore notes.banthuek 1000347\n"
        "          banthuek restore \"notes 2026-12-01 083000.banthuek\" -o notes-restored.banthuek");
    command->callback([path, noteText, output] {
        if (!output->empty()) {
            core::restoreBackup(*path, *output);
            std::cout << "Restored " << *path << " as " << *output << '\n';
            return;
        }
        if (noteText->empty()) {
            throw CLI::RequiredError("NOTE (or -o NEWPATH to restore a backup)");
        }
        const auto notebook = core::Notebook::open(*path);
        core::Edits edits(*notebook);
        edits.restoreNote(resolveNote(*notebook, *noteText).id);
    });
}

void addHistory(CLI::App& cli)
{
    struct Options
    {
        std::string path, note;
        bool json = false;
    };
    auto options = std::make_shared<Options>();
    auto* command = cli.add_subcommand("history", "List a note's texts, oldest first, and who wrote them");
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option("NOTE", options->note, "Record number or id")->required();
    command->add_flag("--json", options->json, "Print text, title, at, device and conflict for each");
    command->callback([options] {
        const auto notebook = core::Notebook::open(options->path, core::Notebook::Access::ReadOnly);
        const core::Note note = resolveNote(*notebook, options->note);
        const auto history = core::noteHistory(notebook->database(), note.id);
        if (options->json) {
            nlohmann::json array = nlohmann::json::array();
            for (const core::HistoryEntry& entry : history) {
                array.push_back({{"title", entry.title},
                                 {"text", entry.text},
                                 {"at", entry.atMs},
                                 {"device", entry.device},
                                 {"conflict", entry.conflict},
                                 {"current", entry.current}});
            }
            std::cout << array.dump(2) << '\n';
            return;
        }
        for (const core::HistoryEntry& entry : history) {
            std::cout << entry.atMs << '\t' << entry.device << '\t' << (entry.conflict ? "conflict\t" : "")
                      << entry.title << '\n';
        }
    });
}

} // namespace

void addEditCommands(CLI::App& cli)
{
    addEdit(cli);
    addComment(cli);
    addTrash(cli);
    addRestore(cli);
    addHistory(cli);
}

} // namespace banthuek::app
