// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/note.h"
#include "core/storage/statement.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace banthuek::core {

// Counts notes per key from (note id, tag) rows sorted by note: `expand(note, tag, keys)` adds
// the keys a tag stands for (itself, its ancestors, nothing for a note left out); a note is
// counted once per key however many of its tags share it. Shared by the sidebar's counts and
// the overview's pages.
template <typename Expand> std::vector<TagCount> countPerNote(Statement& rows, Expand expand)
{
    std::map<std::string, std::int64_t> counts;
    std::set<std::string> keysOfNote;
    std::string note;
    auto flush = [&] {
        for (const std::string& key : keysOfNote) {
            ++counts[key];
        }
        keysOfNote.clear();
    };
    while (rows.step()) {
        if (std::string current = rows.text(0); current != note) {
            flush();
            note = std::move(current);
        }
        expand(note, rows.text(1), keysOfNote);
    }
    flush();
    std::vector<TagCount> result;
    for (auto& [key, count] : counts) {
        result.push_back({key, count});
    }
    return result;
}

} // namespace banthuek::core
