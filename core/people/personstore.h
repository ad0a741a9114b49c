// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace banthuek::core {

class Database;

// The KM roles of Thai community-development practice.
enum class KmRole {
    KhunUea,    // คุณเอื้อ: team lead, enabler
    KhunAmnuay, // คุณอำนวย: facilitator
    KhunLikhit, // คุณลิขิต: note-taker
    KhunKij,    // คุณกิจ: practitioner, community member
    Other,
};

[[nodiscard]] std::string_view roleName(KmRole role); // khun_uea, khun_amnuay, ...
[[nodiscard]] std::optional<KmRole> parseRole(std::string_view name);
[[nodiscard]] std::string_view roleThai(KmRole role); // คุณเอื้อ, ...

struct Person
{
    std::string id;
    std::string name;
    KmRole role = KmRole::Other;
    std::string contact;
    std::optional<std::string> organisationId;
    std::vector<std::string> placeCodes; // where they work, sorted
    std::int64_t createdMs = 0;
    std::int64_t updatedMs = 0;
};

class PersonStore final
{
public:
    explicit PersonStore(Database& db) : m_db(db) {}

    [[nodiscard]] Person add(const std::string& name, KmRole role, const std::string& contact = {});
    [[nodiscard]] Person add(const Person& person);
    // Saves name, role, contact, organisation and places.
    [[nodiscard]] Person update(const Person& person);
    // Deletes a person; notes lose the tag.
    void remove(const std::string& id);
    [[nodiscard]] Person get(const std::string& id) const;
    // All people in Thai order of their names.
    [[nodiscard]] std::vector<Person> list() const;
    // People whose name matches exactly after normalisation (case, digits, spaces).
    [[nodiscard]] std::vector<Person> findByName(const std::string& name) const;
    // The one person `text` names: an id, or a name as findByName matches it. Throws NotFound
    // or, when two people share the name, InvalidInput asking for the id.
    [[nodiscard]] Person resolve(const std::string& text) const;
    // The first person of that name (findByName), or a new one (role Other) when there is none:
    // a name typed into a table of attendees joins the register.
    [[nodiscard]] Person findOrAdd(const std::string& name);
    // Moves every tag and place of `duplicate` to `kept` (filling in what `kept` lacks: role,
    // contact, organisation), then deletes `duplicate`.
    void merge(const std::string& kept, const std::string& duplicate);

private:
    void writePlaces(const std::string& id, const std::vector<std::string>& placeCodes);
    [[nodiscard]] Person readFull(const std::string& id) const;

    Database& m_db;
};

} // namespace banthuek::core
