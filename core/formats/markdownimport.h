// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/importresult.h"
#include "core/notes/note.h"

#include <functional>
#include <string>
#include <vector>

namespace banthuek::core {

class Notebook;

struct MarkdownImportOptions
{
    bool skipBad = false;                // import the good files and list the bad ones
    bool dryRun = false;                 // do everything, then put the notebook back as it was
    std::string author;                  // for notes that do not name their writer
    std::vector<std::string> placeCodes; // places every note is about
    NoteKind kind = NoteKind::FieldNote; // for notes that do not say
};

struct MarkdownImported
{
    std::string file; // relative to the folder
    std::string noteId;
    std::string title;
    ImportOutcome outcome = ImportOutcome::Created;
    int comments = 0;      // comments the file has
    int commentsAdded = 0; // of them, new to the notebook
    int files = 0;         // pictures and files it shows or links to
};

struct MarkdownImport
{
    std::vector<MarkdownImported> notes;
    std::vector<FileProblem> problems;
    int themesCreated = 0;
    int filesStored = 0; // attachments new to the notebook
    bool written = false;
};

// Imports a folder of Markdown notes (a Banthuek export, an Obsidian vault, a Joplin "Markdown +
// Front Matter" export) in one transaction. Front matter gives a note's fields (markdownnote.h;
// Obsidian's and Joplin's `tags` are themes, as are #tags in their text); what is not understood
// is kept at the end of the text. Relative links and ![[embeds]] to files in the folder store
// those files in the notebook; links and [[wikilinks]] to other notes of the folder become links
// between notes. A link that leaves the folder (../ above it, an absolute path) is refused.
// A note found again (by its Banthuek id, or by its file) is updated, never duplicated.
// Without skipBad any problem leaves the notebook unchanged; a dry run always does.
[[nodiscard]] MarkdownImport importMarkdown(Notebook& notebook, const std::string& folder,
                                            const MarkdownImportOptions& options = {},
                                            const std::function<void(int done, int total)>& progress = {});

} // namespace banthuek::core
