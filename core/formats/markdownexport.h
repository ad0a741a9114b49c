// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/note.h"

#include <functional>
#include <string>

namespace banthuek::core {

class Notebook;

inline constexpr std::string_view kExportFilesFolder = "files";

struct MarkdownExportOptions
{
    NoteFilter filter;  // which notes (never the Trash), its limit kept; written by record number
    bool force = false; // write into a folder that is not empty
};

struct MarkdownExport
{
    int notes = 0;
    int files = 0;
    int comments = 0;
};

// Writes the notes the filter lets through to `folder`, one Markdown file each (see
// markdownnote.h), their files in files/ beside them. Links between notes become relative
// links between the files; links to notes not exported stay banthuek:note/ links. Reads the
// notebook only. `progress` hears (done, total) after each note.
MarkdownExport exportMarkdown(Notebook& notebook, const std::string& folder,
                              const MarkdownExportOptions& options,
                              const std::function<void(int done, int total)>& progress = {});

} // namespace banthuek::core
