// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/formats/importresult.h"
#include "core/notes/note.h"

#include <cstdint>
#include <string>
#include <vector>

namespace banthuek::core {

class Notebook;

struct GotoKnowImportOptions
{
    bool skipBad = false;                // import the good files of a batch and list the bad ones
    bool dryRun = false;                 // read and check everything, write nothing
    std::string author;                  // the posts' writer, when known (a saved page does not name them)
    std::vector<std::string> placeCodes; // places every imported post is about
    NoteKind kind = NoteKind::Article;
};

struct GotoKnowImported
{
    using Outcome = ImportOutcome;
    std::string file;
    std::string noteId;
    std::int64_t number = 0; // the GotoKnow record number
    std::string title;
    Outcome outcome = Outcome::Created; // unwritten: what importing would do (Created or Updated)
    int comments = 0;                   // comments the post has
    int commentsAdded = 0;              // of them, new to the notebook
};

struct GotoKnowImport
{
    std::vector<GotoKnowImported> posts;
    std::vector<FileProblem> problems;
    int themesCreated = 0;
    bool written =
        false; // false when problems stopped it (without skipBad), on a dry run, or with nothing to import
};

// Imports GotoKnow posts saved as text or HTML (see parseGotoKnowPost), in one transaction. A
// post already imported (found by its GotoKnow number) is updated: its text and dates replaced
// (the old text kept as a revision), its keywords and places added to, comments it lacks added;
// comments written here are kept. A post is published, dated as written, and keeps its number
// and address as its source. Without skipBad, any bad file stops the import before anything is
// written; a place code that does not exist throws InvalidInput.
[[nodiscard]] GotoKnowImport importGotoKnow(Notebook& notebook, const std::vector<std::string>& paths,
                                            const GotoKnowImportOptions& options = {});

} // namespace banthuek::core
