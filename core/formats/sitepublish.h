// SPDX-License-Identifier: GPL-3.0-or-later
// A subdistrict blog ("Blog ตำบล") as a static site: plain HTML and CSS that open from a USB
// stick or any web host, with an offline Thai search (a prebuilt word index and a small script).
#pragma once

#include "core/notes/note.h"
#include "core/text/dates.h"

#include <functional>
#include <string>

namespace banthuek::core {

class Notebook;

struct PublishOptions
{
    NoteFilter filter;                  // which notes; only published ones ever go out
    Language language = Language::Thai; // the pages' words; dates in the Buddhist era in Thai
    bool rolesForNames = false;         // writers and commenters shown as their KM role (PDPA)
    bool force = false;                 // write into a folder that is not empty
    std::string title;                  // the site's name; "Blog ตำบล" (Subdistrict blog) when empty
    std::string baseUrl;                // where the site will be, for the Atom feed's links
};

struct Published
{
    int notes = 0;
    int places = 0; // district and subdistrict pages
    int themes = 0;
    int files = 0;
    std::size_t indexWords = 0; // words in the search index
};

// Writes the site to `folder`: index.html (districts and their subdistricts, the latest notes,
// search), p/<code>.html per district and subdistrict, t/<id>.html per theme, n/<record>.html per
// note (title, date, writer, places, themes, text, photos, comments, licence), f/ the photos and
// files the notes show, feed.xml (Atom) and search-index.js. Drafts, the Trash and the
// community plans (never the household survey) stay out. Reads the notebook only.
Published publishSite(Notebook& notebook, const std::string& folder, const PublishOptions& options,
                      const std::function<void(int done, int total)>& progress = {});

} // namespace banthuek::core
