// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/searchfilters.h"

#include "core/error.h"
#include "core/places/placestore.h"
#include "core/storage/database.h"
#include "core/text/dates.h"
#include "core/text/normalize.h"
#include "core/themes/themestore.h"

namespace banthuek::core {
namespace {

bool containsKey(const std::string& text, const std::string& key)
{
    return matchKey(text).find(key) != std::string::npos;
}

std::string quotedName(const std::string& value)
{
    return "“" + value + "”";
}

} // namespace

bool SearchScope::narrowed() const
{
    return filter.kind || filter.placeCode || filter.themeId || filter.author || filter.personId ||
           filter.organisationId || filter.from || filter.to || filter.published || !places.empty() ||
           !authors.empty();
}

SearchScope resolveScope(const std::vector<QueryFilter>& typed, NoteFilter base, Database& db,
                         PlaceStore& places, const ThemeStore& themes)
{
    SearchScope scope;
    scope.filter = std::move(base);
    scope.filter.quickText.reset();
    auto refuse = [&scope](const std::string& message) {
        if (scope.problem.empty()) {
            scope.problem = message;
        }
    };
    for (const QueryFilter& f : typed) {
        if (f.key == "place") {
            const auto found = places.search(f.value, 50);
            const std::string key = matchKey(f.value);
            for (const PlaceMatch& match : found) {
                if (match.place.code == f.value || matchKey(match.place.nameTh) == key ||
                    matchKey(match.place.nameEn) == key) {
                    scope.places.push_back(match.place.code);
                }
            }
            if (scope.places.empty() && !found.empty()) {
                scope.places.push_back(found.front().place.code);
            }
            if (found.empty()) {
                refuse("No place matches " + quotedName(f.value) + ".");
            }
        } else if (f.key == "theme") {
            std::optional<Theme> theme = themes.findByName(f.value);
            if (!theme) {
                const std::string key = matchKey(f.value);
                for (const Theme& candidate : themes.list()) {
                    if (containsKey(candidate.nameTh, key) || containsKey(candidate.nameEn, key)) {
                        theme = candidate;
                        break;
                    }
                }
            }
            if (!theme) {
                refuse("No theme matches " + quotedName(f.value) + ".");
            } else {
                scope.filter.themeId = theme->id;
            }
        } else if (f.key == "author") {
            const std::string key = matchKey(f.value);
            auto rows = db.cached("SELECT DISTINCT author FROM notes WHERE author <> ''");
            std::vector<std::string> authors;
            while (rows->step()) {
                if (std::string author = rows->text(0); containsKey(author, key)) {
                    authors.push_back(std::move(author));
                }
            }
            if (authors.empty()) {
                refuse("No author matches " + quotedName(f.value) + ".");
                authors.emplace_back(); // matches nothing: no results rather than all
            }
            scope.authors = std::move(authors);
        } else if (f.key == "kind") {
            if (const auto kind = kindFromUserText(f.value)) {
                scope.filter.kind = kind;
            } else {
                refuse("Unknown kind " + quotedName(f.value) + ": use field_note, minutes or article.");
            }
        } else if (f.key == "before" || f.key == "after") {
            try {
                const CivilDate date = parseUserDate(f.value, f.key + ":");
                if (f.key == "before") {
                    scope.filter.to = addDays(date, -1);
                } else {
                    scope.filter.from = addDays(date, 1);
                }
            } catch (const Error& error) {
                refuse(error.what());
            }
        }
    }
    return scope;
}

} // namespace banthuek::core
