// SPDX-License-Identifier: GPL-3.0-or-later
// people, organisations, merge-people, merge-organisations, links: the registers and the
// links between notes.
#include "app/cli/commands.h"
#include "core/edits/edits.h"
#include "core/error.h"
#include "core/notebook/notebook.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>

namespace banthuek::app {
namespace {

using core::Error;
using core::ErrorCategory;

std::string organisationLabel(core::Notebook& notebook, const std::optional<std::string>& id)
{
    if (!id) {
        return {};
    }
    return notebook.organisations().get(*id).shortName();
}

void addPeople(CLI::App& cli)
{
    auto* command =
        cli.add_subcommand("people", "The people register: role, organisation, places, tagged notes");
    struct Options
    {
        std::string path, place;
        bool json = false;
    };
    auto options = std::make_shared<Options>();
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option("--place", options->place,
                        "Only people active at this place code (its notes or register)");
    command->add_flag("--json", options->json, "Print a JSON array");
    command->callback([options] {
        const auto notebook = core::Notebook::open(options->path, core::Notebook::Access::ReadOnly);
        std::vector<core::Person> people = notebook->people().list();
        if (!options->place.empty()) {
            const std::string code = notebook->places().get(options->place).code;
            std::vector<core::Person> active;
            for (const core::Tally& tally : notebook->overview().activeAt(code, -1)) {
                if (tally.kind == core::Tally::Kind::Person) {
                    active.push_back(notebook->people().get(tally.key));
                }
            }
            people = std::move(active);
        }
        nlohmann::json array = nlohmann::json::array();
        for (const core::Person& person : people) {
            core::NoteFilter tagged;
            tagged.personId = person.id;
            const std::int64_t notes = notebook->notes().count(tagged);
            const std::string organisation = organisationLabel(*notebook, person.organisationId);
            if (options->json) {
                array.push_back(
                    {{"id", person.id},
                     {"name", person.name},
                     {"role", std::string(core::roleName(person.role))},
                     {"organisation_id",
                      person.organisationId ? nlohmann::json(*person.organisationId) : nlohmann::json()},
                     {"organisation", organisation},
                     {"places", person.placeCodes},
                     {"contact", person.contact},
                     {"notes", notes}});
            } else {
                std::cout << person.name << '\t' << core::roleThai(person.role) << '\t'
                          << (organisation.empty() ? "-" : organisation) << '\t' << notes << '\t' << person.id
                          << '\n';
            }
        }
        if (options->json) {
            std::cout << array.dump(2) << '\n';
        }
    });
}

void addOrganisations(CLI::App& cli)
{
    auto* command =
        cli.add_subcommand("organisations", "The organisations register, with their tagged notes");
    auto path = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    command->add_option("PATH", *path, "Notebook file")->required();
    command->add_flag("--json", *json, "Print a JSON array");
    command->callback([path, json] {
        const auto notebook = core::Notebook::open(*path, core::Notebook::Access::ReadOnly);
        nlohmann::json array = nlohmann::json::array();
        for (const core::Organisation& organisation : notebook->organisations().list()) {
            core::NoteFilter tagged;
            tagged.organisationId = organisation.id;
            const std::int64_t notes = notebook->notes().count(tagged);
            if (*json) {
                array.push_back({{"id", organisation.id},
                                 {"abbreviation", organisation.abbreviation},
                                 {"name_th", organisation.nameTh},
                                 {"name_en", organisation.nameEn},
                                 {"type", std::string(core::organisationTypeName(organisation.type))},
                                 {"notes", notes}});
            } else {
                std::cout << (organisation.abbreviation.empty() ? "-" : organisation.abbreviation) << '\t'
                          << organisation.nameTh << '\t' << core::organisationTypeName(organisation.type)
                          << '\t' << notes << '\t' << organisation.id << '\n';
            }
        }
        if (*json) {
            std::cout << array.dump(2) << '\n';
        }
    });
}

void addMerge(CLI::App& cli, bool people)
{
    auto* command =
        cli.add_subcommand(people ? "merge-people" : "merge-organisations",
                           people ? "Merge a duplicate person into another, keeping every tag"
                                  : "Merge a duplicate organisation into another, keeping every tag");
    struct Options
    {
        std::string path, kept, duplicate;
    };
    auto options = std::make_shared<Options>();
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option("KEEP", options->kept, "The one to keep: id or name")->required();
    command->add_option("DUPLICATE", options->duplicate, "The duplicate to merge into it: id or name")
        ->required();
    command->callback([options, people] {
        const auto notebook = core::Notebook::open(options->path);
        if (people) {
            const core::Person kept = notebook->people().resolve(options->kept);
            const core::Person duplicate = notebook->people().resolve(options->duplicate);
            core::Edits(*notebook).mergePeople(kept.id, duplicate.id);
            std::cout << "Merged " << duplicate.name << " into " << kept.name << ".\n";
        } else {
            const core::Organisation kept = notebook->organisations().resolve(options->kept);
            const core::Organisation duplicate = notebook->organisations().resolve(options->duplicate);
            core::Edits(*notebook).mergeOrganisations(kept.id, duplicate.id);
            std::cout << "Merged " << duplicate.label() << " into " << kept.label() << ".\n";
        }
    });
}

std::string stateName(core::LinkedNote::State state)
{
    switch (state) {
    case core::LinkedNote::State::Live:
        return "live";
    case core::LinkedNote::State::Trashed:
        return "trashed";
    case core::LinkedNote::State::Missing:
        return "missing";
    }
    return "missing";
}

nlohmann::json linksJson(const std::vector<core::LinkedNote>& notes)
{
    nlohmann::json array = nlohmann::json::array();
    for (const core::LinkedNote& note : notes) {
        array.push_back({{"id", note.id},
                         {"record", note.record == 0 ? nlohmann::json() : nlohmann::json(note.record)},
                         {"title", note.title},
                         {"state", stateName(note.state)}});
    }
    return array;
}

void addLinks(CLI::App& cli)
{
    auto* command = cli.add_subcommand(
        "links", "A note's links: what it links to (broken ones too) and what links to it");
    auto path = std::make_shared<std::string>();
    auto record = std::make_shared<std::int64_t>(0);
    auto json = std::make_shared<bool>(false);
    command->add_option("PATH", *path, "Notebook file")->required();
    command->add_option("RECORD", *record, "The note's record number")->required();
    command->add_flag("--json", *json, "Print a JSON object {links, backlinks}");
    command->callback([path, record, json] {
        const auto notebook = core::Notebook::open(*path, core::Notebook::Access::ReadOnly);
        const auto note = notebook->notes().findByRecord(*record);
        if (!note) {
            throw Error(ErrorCategory::NotFound, "There is no note with record number %1.",
                        {std::to_string(*record)});
        }
        const auto links = notebook->links().outgoing(note->id);
        const auto backlinks = notebook->links().backlinks(note->id);
        if (*json) {
            std::cout
                << nlohmann::json{{"links", linksJson(links)}, {"backlinks", linksJson(backlinks)}}.dump(2)
                << '\n';
            return;
        }
        for (const core::LinkedNote& link : links) {
            std::cout << "->\t" << (link.record ? std::to_string(link.record) : "-") << '\t'
                      << (link.state == core::LinkedNote::State::Missing ? "(deleted note " + link.id + ")"
                                                                         : link.title)
                      << (link.state == core::LinkedNote::State::Trashed ? "\t(in the Trash)" : "") << '\n';
        }
        for (const core::LinkedNote& link : backlinks) {
            std::cout << "<-\t" << link.record << '\t' << link.title << '\n';
        }
    });
}

} // namespace

void addPeopleCommands(CLI::App& cli)
{
    addPeople(cli);
    addOrganisations(cli);
    addMerge(cli, true);
    addMerge(cli, false);
    addLinks(cli);
}

} // namespace banthuek::app
