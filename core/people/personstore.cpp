// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/people/personstore.h"

#include "core/error.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/text/dates.h"
#include "core/text/normalize.h"

#include <array>

namespace banthuek::core {
namespace {

struct RoleNames {
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

constexpr const char* kSelect = "SELECT id, name, km_role, contact, created_ms, updated_ms FROM people ";

Person readPerson(const Statement& row)
{
    return {row.text(0), row.text(1), parseRole(row.text(2)).value_or(KmRole::Other), row.text(3), row.integer(4),
            row.integer(5)};
}

std::string checkedName(const std::string& name)
{
    std::string clean = normalizeLine(name, "person's name");
    if (clean.empty()) {
        throw Error(ErrorCategory::InvalidInput, "A person needs a name.");
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
    const std::string clean = checkedName(name);
    Transaction transaction(m_db);
    const std::string id = newUuid();
    m_db.cached("INSERT INTO people (id, name, km_role, contact, created_ms, updated_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?5)")
        ->bind(1, id)
        .bind(2, clean)
        .bind(3, roleName(role))
        .bind(4, normalizeLine(contact, "contact"))
        .bind(5, nowMillis())
        .run();
    Person person = get(id);
    transaction.commit();
    return person;
}

Person PersonStore::update(const Person& person)
{
    const std::string clean = checkedName(person.name);
    Transaction transaction(m_db);
    const Person before = get(person.id);
    m_db.cached("UPDATE people SET name = ?2, km_role = ?3, contact = ?4, updated_ms = ?5 WHERE id = ?1")
        ->bind(1, person.id)
        .bind(2, clean)
        .bind(3, roleName(person.role))
        .bind(4, normalizeLine(person.contact, "contact"))
        .bind(5, std::max(nowMillis(), before.updatedMs + 1))
        .run();
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
        throw Error(ErrorCategory::NotFound, "The person " + id + " does not exist.");
    }
    return readPerson(*row);
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
