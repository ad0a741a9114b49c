// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/notefilter.h"

#include "core/error.h"
#include "core/notebook/notebook.h"
#include "core/text/normalize.h"

#include <CLI/CLI.hpp>

namespace banthuek::app {

using core::Error;
using core::ErrorCategory;

core::NoteKind kindFrom(const std::string& name)
{
    if (const auto kind = core::kindFromUserText(name)) {
        return *kind;
    }
    throw Error(ErrorCategory::InvalidInput, "Unknown kind \"%1\"; use field_note, minutes or article.",
                {name});
}

void addFilterOptions(CLI::App& command, NoteFilterOptions& options)
{
    command.add_option("--kind", options.kind, "field_note, minutes or article");
    command.add_option("--place", options.place, "Place code: a province, district, subdistrict or village");
    command.add_option("--theme", options.theme, "Theme name (includes its sub-themes)");
    command.add_option("--author", options.author, "Author's name");
    command.add_option("--person", options.person, "Notes tagged with this person (name or id)");
    command.add_option("--organisation", options.organisation,
                       "Notes tagged with this organisation (abbreviation, name or id)");
    command.add_option("--from", options.from, "First event date, YYYY-MM-DD (either era)");
    command.add_option("--to", options.to, "Last event date, YYYY-MM-DD (either era)");
}

core::NoteFilter filterFor(core::Notebook& notebook, const NoteFilterOptions& options)
{
    core::NoteFilter filter;
    if (!options.kind.empty()) {
        filter.kind = kindFrom(options.kind);
    }
    if (!options.place.empty()) {
        filter.placeCode = notebook.places().get(options.place).code;
    }
    if (!options.theme.empty()) {
        const auto theme = notebook.themes().findByName(options.theme);
        if (!theme) {
            throw Error(ErrorCategory::NotFound, "There is no theme named \"%1\".", {options.theme});
        }
        filter.themeId = theme->id;
    }
    if (!options.author.empty()) {
        filter.author = core::normalizeLine(options.author);
    }
    if (!options.person.empty()) {
        filter.personId = notebook.people().resolve(options.person).id;
    }
    if (!options.organisation.empty()) {
        filter.organisationId = notebook.organisations().resolve(options.organisation).id;
    }
    if (!options.from.empty()) {
        filter.from = core::parseUserDate(options.from, "--from date");
    }
    if (!options.to.empty()) {
        filter.to = core::parseUserDate(options.to, "--to date");
    }
    return filter;
}

} // namespace banthuek::app
