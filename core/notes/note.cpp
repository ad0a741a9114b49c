// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notes/note.h"

namespace banthuek::core {

std::string_view kindName(NoteKind kind)
{
    switch (kind) {
    case NoteKind::FieldNote: return "field_note";
    case NoteKind::Minutes: return "minutes";
    case NoteKind::Article: return "article";
    }
    return "field_note";
}

std::optional<NoteKind> parseKind(std::string_view name)
{
    for (const NoteKind kind : {NoteKind::FieldNote, NoteKind::Minutes, NoteKind::Article}) {
        if (kindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace banthuek::core
