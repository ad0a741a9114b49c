// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/note.h"

#include <QString>

class QMimeData;

namespace banthuek::ui {

class Session;
struct Preferences;

// The largest edge of a photo put into copied HTML, in pixels: sharp on a blog, small to paste.
inline constexpr int kCopiedPhotoEdge = 1024;

// A note as rich text for a blog, Facebook or a Word file: its title, a line with its date (in
// the user's era), author and places, then its text. Photos are inside as data (JPEG, at most
// kCopiedPhotoEdge pixels), so the paste needs nothing else; other files and links to notes are
// their names only, since their addresses mean nothing outside the notebook.
[[nodiscard]] QString noteHtml(Session& session, const core::Note& note, const Preferences& preferences);

// What Note → Copy as HTML puts on the clipboard: the HTML, and the Markdown as plain text.
[[nodiscard]] QMimeData* noteMimeData(Session& session, const core::Note& note,
                                      const Preferences& preferences);

} // namespace banthuek::ui
