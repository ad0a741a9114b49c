// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/organisations/organisationstore.h"

#include "core/error.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/storage/merge.h"
#include "core/text/dates.h"
#include "core/text/normalize.h"

#include <algorithm>
#include <array>

namespace banthuek::core {
namespace {

struct TypeNames
{
    OrganisationType type;
    std::string_view name;
    std::string_view thai;
};

constexpr std::array kTypes = {
    TypeNames{OrganisationType::CentralAgency, "central_agency", "หน่วยงานส่วนกลาง"},
    TypeNames{OrganisationType::LocalGovernment, "local_government", "องค์กรปกครองส่วนท้องถิ่น"},
    TypeNames{OrganisationType::CommunityNetwork, "community_network", "เครือข่ายชุมชน"},
    TypeNames{OrganisationType::Academic, "academic", "สถาบันการศึกษา"},
    TypeNames{OrganisationType::Funder, "funder", "แหล่งทุน"},
    TypeNames{OrganisationType::Ngo, "ngo", "องค์กรพัฒนาเอกชน"},
    TypeNames{OrganisationType::Business, "business", "ภาคธุรกิจ"},
    TypeNames{OrganisationType::Other, "other", "อื่น ๆ"},
};

constexpr const char* kSelect =
    "SELECT id, abbreviation, name_th, name_en, org_type, created_ms, updated_ms FROM organisations ";

Organisation readOrganisation(const Statement& row)
{
    return {row.text(0),
            row.text(1),
            row.text(2),
            row.text(3),
            parseOrganisationType(row.text(4)).value_or(OrganisationType::Other),
            row.integer(5),
            row.integer(6)};
}

Organisation checked(const Organisation& input)
{
    Organisation out = input;
    out.abbreviation = normalizeLine(input.abbreviation, "abbreviation");
    out.nameTh = normalizeLine(input.nameTh, "organisation's Thai name");
    out.nameEn = normalizeLine(input.nameEn, "organisation's English name");
    if (out.nameTh.empty()) {
        out.nameTh = !out.abbreviation.empty() ? out.abbreviation : out.nameEn;
    }
    if (out.nameTh.empty()) {
        throw Error(ErrorCategory::InvalidInput, "An organisation needs a name.");
    }
    return out;
}

} // namespace

std::string_view organisationTypeName(OrganisationType type)
{
    const auto* entry =
        std::find_if(kTypes.begin(), kTypes.end(), [type](const auto& e) { return e.type == type; });
    return entry != kTypes.end() ? entry->name : "other";
}

std::string_view organisationTypeThai(OrganisationType type)
{
    const auto* entry =
        std::find_if(kTypes.begin(), kTypes.end(), [type](const auto& e) { return e.type == type; });
    return entry != kTypes.end() ? entry->thai : "อื่น ๆ";
}

std::optional<OrganisationType> parseOrganisationType(std::string_view name)
{
    for (const auto& entry : kTypes) {
        if (entry.name == name || entry.thai == name) {
            return entry.type;
        }
    }
    return std::nullopt;
}

const std::vector<OrganisationType>& allOrganisationTypes()
{
    static const std::vector<OrganisationType> types = [] {
        std::vector<OrganisationType> all;
        all.reserve(std::size(kTypes));
        for (const auto& entry : kTypes) {
            all.push_back(entry.type);
        }
        return all;
    }();
    return types;
}

std::string abbreviationKey(std::string_view text)
{
    std::string key = matchKey(text);
    std::erase(key, '.');
    return key;
}

std::string Organisation::label() const
{
    if (abbreviation.empty() || abbreviation == nameTh) {
        return nameTh;
    }
    return abbreviation + " " + nameTh;
}

Organisation OrganisationStore::add(const Organisation& input)
{
    const Organisation clean = checked(input);
    Transaction transaction(m_db);
    const std::string id = newUuid();
    m_db.cached("INSERT INTO organisations (id, abbreviation, name_th, name_en, org_type, created_ms, "
                "updated_ms) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)")
        ->bind(1, id)
        .bind(2, clean.abbreviation)
        .bind(3, clean.nameTh)
        .bind(4, clean.nameEn)
        .bind(5, organisationTypeName(clean.type))
        .bind(6, nowMillis())
        .run();
    Organisation added = get(id);
    transaction.commit();
    return added;
}

Organisation OrganisationStore::findOrAdd(const std::string& text)
{
    std::vector<Organisation> found = find(text);
    if (!found.empty()) {
        return std::move(found.front());
    }
    Organisation organisation;
    const std::string name = normalizeLine(text, "organisation");
    const bool abbreviation = name.find('.') != std::string::npos && name.find(' ') == std::string::npos;
    (abbreviation ? organisation.abbreviation : organisation.nameTh) = name;
    return add(organisation);
}

Organisation OrganisationStore::update(const Organisation& input)
{
    const Organisation clean = checked(input);
    Transaction transaction(m_db);
    const Organisation before = get(input.id);
    m_db.cached("UPDATE organisations SET abbreviation = ?2, name_th = ?3, name_en = ?4, org_type = ?5, "
                "updated_ms = ?6 WHERE id = ?1")
        ->bind(1, input.id)
        .bind(2, clean.abbreviation)
        .bind(3, clean.nameTh)
        .bind(4, clean.nameEn)
        .bind(5, organisationTypeName(clean.type))
        .bind(6, std::max(nowMillis(), before.updatedMs + 1))
        .run();
    Organisation updated = get(input.id);
    transaction.commit();
    return updated;
}

void OrganisationStore::remove(const std::string& id)
{
    Transaction transaction(m_db);
    [[maybe_unused]] const Organisation existing = get(id);
    m_db.cached("DELETE FROM organisations WHERE id = ?1")->bind(1, id).run();
    transaction.commit();
}

Organisation OrganisationStore::get(const std::string& id) const
{
    auto row = m_db.cached(std::string(kSelect) + "WHERE id = ?1");
    if (!row->bind(1, id).step()) {
        throw Error(ErrorCategory::NotFound, "The organisation %1 does not exist.", {id});
    }
    return readOrganisation(*row);
}

std::vector<Organisation> OrganisationStore::list() const
{
    std::vector<Organisation> result;
    auto rows =
        m_db.cached(std::string(kSelect) + "ORDER BY name_th COLLATE THAI, abbreviation COLLATE THAI");
    while (rows->step()) {
        result.push_back(readOrganisation(*rows));
    }
    return result;
}

std::vector<Organisation> OrganisationStore::find(const std::string& text) const
{
    const std::string key = matchKey(normalizeLine(text));
    const std::string bare = abbreviationKey(key);
    std::vector<Organisation> result;
    if (key.empty()) {
        return result;
    }
    for (Organisation& organisation : list()) {
        if (matchKey(organisation.nameTh) == key || matchKey(organisation.nameEn) == key ||
            (!organisation.abbreviation.empty() && abbreviationKey(organisation.abbreviation) == bare)) {
            result.push_back(std::move(organisation));
        }
    }
    return result;
}

Organisation OrganisationStore::resolve(const std::string& text) const
{
    if (m_db.cached("SELECT 1 FROM organisations WHERE id = ?1")->bind(1, text).step()) {
        return get(text);
    }
    std::vector<Organisation> found = find(text);
    if (found.empty()) {
        throw Error(ErrorCategory::NotFound, "There is no organisation \"%1\" in the register.", {text});
    }
    if (found.size() > 1) {
        throw Error(ErrorCategory::InvalidInput,
                    "%1 organisations match \"%2\"; give the id of the one you mean (%3, %4).",
                    {std::to_string(found.size()), text, found[0].id, found[1].id});
    }
    return found[0];
}

void OrganisationStore::merge(const std::string& kept, const std::string& duplicate)
{
    if (kept == duplicate) {
        throw Error(ErrorCategory::InvalidInput, "An organisation cannot be merged with itself.");
    }
    Transaction transaction(m_db);
    [[maybe_unused]] const Organisation keep = get(kept);
    [[maybe_unused]] const Organisation drop = get(duplicate);
    repointRows(m_db, "note_organisations", "organisation_id", kept, duplicate);
    repointRows(m_db, "plan_item_partners", "organisation_id", kept, duplicate);
    for (const auto& [table, column] :
         {std::pair{"people", "organisation_id"}, std::pair{"action_items", "owner_organisation_id"},
          std::pair{"plan_items", "responsible_organisation_id"}}) {
        repointColumn(m_db, table, column, kept, duplicate); // else deleting the duplicate would clear them
    }
    m_db.cached("DELETE FROM organisations WHERE id = ?1")->bind(1, duplicate).run();
    transaction.commit();
}

} // namespace banthuek::core
