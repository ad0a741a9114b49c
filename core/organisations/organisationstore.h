// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace banthuek::core {

class Database;

// What kind of body an organisation is; local government covers อบต., เทศบาล and อบจ.
enum class OrganisationType {
    CentralAgency,
    LocalGovernment,
    CommunityNetwork,
    Academic,
    Funder,
    Ngo,
    Business,
    Other,
};

[[nodiscard]] std::string_view organisationTypeName(OrganisationType type); // central_agency, ...
[[nodiscard]] std::optional<OrganisationType> parseOrganisationType(std::string_view name);
[[nodiscard]] std::string_view organisationTypeThai(OrganisationType type); // หน่วยงานส่วนกลาง, ...
[[nodiscard]] const std::vector<OrganisationType>& allOrganisationTypes();

// A key for matching what a user typed with names and abbreviations: matchKey without the
// abbreviation's dots, so พอช and พอช. are the same.
[[nodiscard]] std::string abbreviationKey(std::string_view text);

struct Organisation
{
    std::string id;
    std::string abbreviation; // พอช.
    std::string nameTh; // สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)
    std::string nameEn;
    OrganisationType type = OrganisationType::Other;
    std::int64_t createdMs = 0;
    std::int64_t updatedMs = 0;

    // "พอช. สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)", or the name alone.
    [[nodiscard]] std::string label() const;
    // "พอช.", or the Thai name when there is no abbreviation: for chips, tables and owners.
    [[nodiscard]] const std::string& shortName() const
    {
        return abbreviation.empty() ? nameTh : abbreviation;
    }
};

class OrganisationStore final
{
public:
    explicit OrganisationStore(Database& db) : m_db(db) {}

    [[nodiscard]] Organisation add(const Organisation& organisation);
    [[nodiscard]] Organisation update(const Organisation& organisation);
    // Deletes an organisation; its people keep their other details, and notes lose the tag.
    void remove(const std::string& id);
    [[nodiscard]] Organisation get(const std::string& id) const;
    // All organisations in Thai order of their Thai names.
    [[nodiscard]] std::vector<Organisation> list() const;
    // Organisations whose abbreviation or Thai or English name is `text` after normalisation
    // (case, spaces, digits; the abbreviation's dots optional: พอช = พอช.).
    [[nodiscard]] std::vector<Organisation> find(const std::string& text) const;
    // The one organisation `text` names: an id, or what find() matches. Throws NotFound or,
    // when several match, InvalidInput asking for the id.
    [[nodiscard]] Organisation resolve(const std::string& text) const;
    // The first organisation find() matches, or a new one (type Other): "อบต.ท่าศาลา" or any
    // text ending in a dot is taken as an abbreviation, other text as the Thai name.
    [[nodiscard]] Organisation findOrAdd(const std::string& text);
    // Moves every tag, member and reference of `duplicate` to `kept`, then deletes `duplicate`.
    void merge(const std::string& kept, const std::string& duplicate);

private:
    Database& m_db;
};

} // namespace banthuek::core
