// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/people/personstore.h"

#include "core/error.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/storage/merge.h"
#include "core/text/dates.h"
#include "core/text/normalize.h"
#include "core/text/split.h"

#include <algorithm>
#include <array>

namespace banthuek::core {
namespace {

struct RoleNames
{
    KmRole role;
    std::string_view name;
    std::string_view thai;
};

constexpr std::array kRoles = {
    RoleNames{KmRole::KhunUea, "khun_uea", "คุณเอื้อ"},
    RoleNames{KmRole::KhunAmnuay, "khun_amnuay", "คุณอำนวย"},
    RoleNames{KmRole::KhunLikhit, "khun_likhit", "คุณลิขิต"},
    RoleNames{KmRole::KhunKij, "khun_kij", "คุณกิจ"},
    RoleNames{KmRole::Other, "other", "อื่น ๆ"},
};

constexpr const char* kSelect =
    "SELECT id, name, km_role, contact, created_ms, updated_ms, organisation_id, "
    "(SELECT group_concat(place_code, ',') FROM person_places WHERE person_id = people.id) FROM people ";

Person readPerson(const Statement& row)
{
    Person person;
    person.id = row.text(0);
    person.name = row.text(1);
    person.role = parseRole(row.text(2)).value_or(KmRole::Other);
    person.contact = row.text(3);
    person.createdMs = row.integer(4);
    person.updatedMs = row.integer(5);
    person.organisationId = row.optionalText(6);
    person.placeCodes = splitJoined(row.optionalText(7).value_or(""), ',');
    std::sort(person.placeCodes.begin(), person.placeCodes.end());
    return person;
}

std::optional<std::string> checkedOrganisation(Database& db, const std::optional<std::string>& id)
{
    if (!id || id->empty()) {
        return std::nullopt;
    }
    if (!db.cached("SELECT 1 FROM organisations WHERE id = ?1")->bind(1, *id).step()) {
        throw Error(ErrorCategory::NotFound, "There is no organisation with the id \"%1\".", {*id});
    }
    return id;
}

std::string checkedName(const std::string& name)
{
    std::string clean = normalizeLine(name, "person's name");
    // Punctuation alone ("...", "-") is a slip of the keyboard, not a name.
    if (clean.find_first_not_of(" .,;:-_'\"()/") == std::string::npos) {
        throw Error(ErrorCategory::InvalidInput, "A person needs a name (\"%1\" is not one).", {clean});
    }
    return clean;
}

} // namespace

std::string_view roleName(KmRole role)
{
    for (const auto& entry : kRoles) {
        if (entry.role == role) {
            return entry.name;
        }
    }
    return "other";
}

std::string_view roleThai(KmRole role)
{
    for (const auto& entry : kRoles) {
        if (entry.role == role) {
            return entry.thai;
        }
    }
    return "อื่น ๆ";
}

std::optional<KmRole> parseRole(std::string_view name)
{
    for (const auto& entry : kRoles) {
        if (entry.name == name || entry.thai == name) {
            return entry.role;
        }
    }
    return std::nullopt;
}

Person PersonStore::add(const std::string& name, KmRole role, const std::string& contact)
{
    Person person;
    person.name = name;
    person.role = role;
    person.contact = contact;
    return add(person);
}

Person PersonStore::add(const Person& input)
{
    const std::string clean = checkedName(input.name);
    Transaction transaction(m_db);
    const std::string id = newUuid();
    m_db.cached("INSERT INTO people (id, name, km_role, contact, organisation_id, created_ms, updated_ms) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)")
        ->bind(1, id)
        .bind(2, clean)
        .bind(3, roleName(input.role))
        .bind(4, normalizeLine(input.contact, "contact"))
        .bind(5, checkedOrganisation(m_db, input.organisationId))
        .bind(6, nowMillis())
        .run();
    writePlaces(id, input.placeCodes);
    Person person = get(id);
    transaction.commit();
    return person;
}

Person PersonStore::update(const Person& person)
{
    const std::string clean = checkedName(person.name);
    Transaction transaction(m_db);
    const Person before = get(person.id);
    m_db.cached(
            "UPDATE people SET name = ?2, km_role = ?3, contact = ?4, updated_ms = ?5, organisation_id = ?6 "
            "WHERE id = ?1")
        ->bind(1, person.id)
        .bind(2, clean)
        .bind(3, roleName(person.role))
        .bind(4, normalizeLine(person.contact, "contact"))
        .bind(5, std::max(nowMillis(), before.updatedMs + 1))
        .bind(6, checkedOrganisation(m_db, person.organisationId))
        .run();
    writePlaces(person.id, person.placeCodes);
    Person updated = get(person.id);
    transaction.commit();
    return updated;
}

void PersonStore::remove(const std::string& id)
{
    Transaction transaction(m_db);
    [[maybe_unused]] const Person existing = get(id);
    m_db.cached("DELETE FROM people WHERE id = ?1")->bind(1, id).run();
    transaction.commit();
}

Person PersonStore::get(const std::string& id) const
{
    auto row = m_db.cached(std::string(kSelect) + "WHERE id = ?1");
    if (!row->bind(1, id).step()) {
        throw Error(ErrorCategory::NotFound, "The person %1 does not exist.", {id});
    }
    return readPerson(*row);
}

void PersonStore::writePlaces(const std::string& id, const std::vector<std::string>& placeCodes)
{
    m_db.cached("DELETE FROM person_places WHERE person_id = ?1")->bind(1, id).run();
    for (const std::string& code : placeCodes) {
        if (!m_db.cached("SELECT 1 FROM places WHERE code = ?1")->bind(1, code).step()) {
            throw Error(ErrorCategory::NotFound, "There is no place with the code \"%1\".", {code});
        }
        m_db.cached("INSERT OR IGNORE INTO person_places (person_id, place_code) VALUES (?1, ?2)")
            ->bind(1, id)
            .bind(2, code)
            .run();
    }
}

Person PersonStore::resolve(const std::string& text) const
{
    if (m_db.cached("SELECT 1 FROM people WHERE id = ?1")->bind(1, text).step()) {
        return get(text);
    }
    std::vector<Person> found = findByName(text);
    if (found.empty()) {
        throw Error(ErrorCategory::NotFound, "There is no person named \"%1\" in the register.", {text});
    }
    if (found.size() > 1) {
        throw Error(ErrorCategory::InvalidInput,
                    "%1 people are named \"%2\"; give the id of the one you mean (%3, %4).",
                    {std::to_string(found.size()), text, found[0].id, found[1].id});
    }
    return found[0];
}

Person PersonStore::findOrAdd(const std::string& name)
{
    std::vector<Person> found = findByName(name);
    return found.empty() ? add(name, KmRole::Other) : std::move(found.front());
}

void PersonStore::merge(const std::string& kept, const std::string& duplicate)
{
    if (kept == duplicate) {
        throw Error(ErrorCategory::InvalidInput, "A person cannot be merged with themselves.");
    }
    Transaction transaction(m_db);
    Person keep = get(kept);
    const Person drop = get(duplicate);
    if (keep.role == KmRole::Other) {
        keep.role = drop.role;
    }
    if (keep.contact.empty()) {
        keep.contact = drop.contact;
    }
    if (!keep.organisationId) {
        keep.organisationId = drop.organisationId;
    }
    keep.placeCodes.insert(keep.placeCodes.end(), drop.placeCodes.begin(), drop.placeCodes.end());
    [[maybe_unused]] const Person updated = update(keep);
    repointRows(m_db, "note_people", "person_id", kept, duplicate);
    repointRows(m_db, "attendees", "person_id", kept, duplicate);
    for (const auto& [table, column] :
         {std::pair{"action_items", "owner_person_id"}, std::pair{"minutes", "recorder_id"},
          std::pair{"minutes", "chair_id"}, std::pair{"minutes", "approver_id"},
          std::pair{"plan_items", "responsible_person_id"}}) {
        repointColumn(m_db, table, column, kept, duplicate); // else deleting the duplicate would clear them
    }
    m_db.cached("DELETE FROM people WHERE id = ?1")->bind(1, duplicate).run();
    transaction.commit();
}

std::vector<Person> PersonStore::list() const
{
    std::vector<Person> result;
    auto rows = m_db.cached(std::string(kSelect) + "ORDER BY name COLLATE THAI");
    while (rows->step()) {
        result.push_back(readPerson(*rows));
    }
    return result;
}

std::vector<Person> PersonStore::findByName(const std::string& name) const
{
    const std::string key = matchKey(normalizeLine(name));
    std::vector<Person> result;
    for (Person& person : list()) {
        if (matchKey(person.name) == key) {
            result.push_back(std::move(person));
        }
    }
    return result;
}

} // namespace banthuek::core
