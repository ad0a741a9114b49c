// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/note.h"
#include "core/search/searchquery.h"

#include <string>
#include <vector>

namespace banthuek::core {

class Database;
class PlaceStore;
class ThemeStore;

// The notes a search may return: the caller's filter narrowed by the filters typed in the query.
struct SearchScope
{
    NoteFilter filter;
    std::vector<std::string> places;  // when not empty, the note must be under one of these
    std::vector<std::string> authors; // when not empty, the note's author must be one of these
    std::string problem;              // a typed filter that names nothing: "No place matches “…”."

    [[nodiscard]] bool narrowed() const;
};

// place: a code, or a name in Thai or English: every place of that name (ท่าศาลา is a
// district and five subdistricts), else the best match for what was typed; theme: a theme's name, or the
// first whose name contains the text; author: every author whose name contains the text; kind: field_note,
// minutes, article or their Thai or English names; before:/after: a date in either era (2550-01-22 or
// 2007-01-22), excluding the day itself.
[[nodiscard]] SearchScope resolveScope(const std::vector<QueryFilter>& typed, NoteFilter base, Database& db,
                                       PlaceStore& places, const ThemeStore& themes);

} // namespace banthuek::core
