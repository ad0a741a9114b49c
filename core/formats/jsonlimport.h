// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <istream>
#include <string>

namespace banthuek::core {

class Notebook;

struct ImportSummary
{
    int notes = 0;
    int comments = 0;
    int themesCreated = 0;
};

// Adds notes from JSON Lines, one object a line:
//   {"title": "…", "body": "…markdown…", "kind": "field_note"|"minutes"|"article",
//    "date": "YYYY-MM-DD", "author": "…", "places": ["800801", …], "themes": ["…", …],
//    "comments": [{"author": "…", "body": "…"}]}
// Only "title" is required; unknown theme names create themes; unknown place codes are errors.
// All or nothing: every line is checked first, and an Error listing each bad line's number and
// reason is thrown before anything is written. `sourceName` names the input in messages.
ImportSummary importJsonl(Notebook& notebook, std::istream& input, const std::string& sourceName,
                          const std::function<void(int done, int total)>& progress = {});

} // namespace banthuek::core
