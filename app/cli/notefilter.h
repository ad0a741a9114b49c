// SPDX-License-Identifier: GPL-3.0-or-later
// The options that choose notes (--kind, --place, --theme, --author, --person, --organisation,
// --from, --to), alike for list, search and export-markdown.
#pragma once

#include "core/notes/note.h"

#include <string>

namespace CLI {
class App;
}

namespace banthuek::core {
class Notebook;
}

namespace banthuek::app {

struct NoteFilterOptions
{
    std::string kind, place, theme, from, to, author, person, organisation;
};

void addFilterOptions(CLI::App& command, NoteFilterOptions& options);
// The filter the options name; throws for a place, theme, person or date that is not one.
[[nodiscard]] core::NoteFilter filterFor(core::Notebook& notebook, const NoteFilterOptions& options);
// A kind as typed: field_note, minutes, article, or its Thai or English name.
[[nodiscard]] core::NoteKind kindFrom(const std::string& name);

} // namespace banthuek::app
