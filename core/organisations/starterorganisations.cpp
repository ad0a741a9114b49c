// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/organisations/starterorganisations.h"

#include "core/organisations/organisationstore.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"

#include <initializer_list>

namespace banthuek::core {
namespace {

struct Starter
{
    const char* abbreviation;
    const char* nameTh;
    const char* nameEn;
    OrganisationType type;
};

// Names as each body writes its own. สกว. and กศน. carry the names they had when the sample
// posts were written (สกว. is now part of สกสว.; the office of กศน. became a department in 2566).
const std::initializer_list<Starter> kStarters = {
    {"พอช.", "สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)", "Community Organizations Development Institute (CODI)",
     OrganisationType::CentralAgency},
    {"พช.", "กรมการพัฒนาชุมชน", "Community Development Department", OrganisationType::CentralAgency},
    {"พม.", "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", "Ministry of Social Development and Human Security",
     OrganisationType::CentralAgency},
    {"มท.", "กระทรวงมหาดไทย", "Ministry of Interior", OrganisationType::CentralAgency},
    {"สถ.", "กรมส่งเสริมการปกครองท้องถิ่น", "Department of Local Administration", OrganisationType::CentralAgency},
    {"กศน.", "สำนักงานส่งเสริมการศึกษานอกระบบและการศึกษาตามอัธยาศัย",
     "Office of the Non-Formal and Informal Education", OrganisationType::CentralAgency},
    {"สปสช.", "สำนักงานหลักประกันสุขภาพแห่งชาติ", "National Health Security Office",
     OrganisationType::CentralAgency},
    {"สสส.", "สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ", "Thai Health Promotion Foundation",
     OrganisationType::Funder},
    {"สกว.", "สำนักงานกองทุนสนับสนุนการวิจัย", "Thailand Research Fund", OrganisationType::Funder},
    {"ธ.ก.ส.", "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร", "Bank for Agriculture and Agricultural Cooperatives",
     OrganisationType::Funder},
    {"มสช.", "มูลนิธิสาธารณสุขแห่งชาติ", "National Health Foundation", OrganisationType::Ngo},
    {"มวล.", "มหาวิทยาลัยวลัยลักษณ์", "Walailak University", OrganisationType::Academic},
    {"ศบว.", "ศูนย์บริการวิชาการ มหาวิทยาลัยวลัยลักษณ์", "Academic Service Center, Walailak University",
     OrganisationType::Academic},
};

std::string starterId(const char* nameTh)
{
    return stableUuid(std::string("banthuek starter organisation:") + nameTh);
}

} // namespace

std::vector<std::pair<std::string, std::string>> starterOrganisationIds()
{
    std::vector<std::pair<std::string, std::string>> ids;
    for (const Starter& starter : kStarters) {
        ids.emplace_back(starterId(starter.nameTh), starter.nameTh);
    }
    return ids;
}

// Born at time 0 with keys every notebook shares (see starterOrganisationIds).
void addStarterOrganisations(Database& db)
{
    for (const Starter& starter : kStarters) {
        db.cached("INSERT INTO organisations (id, abbreviation, name_th, name_en, org_type, created_ms, "
                  "updated_ms) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, 0, 0)")
            ->bind(1, starterId(starter.nameTh))
            .bind(2, starter.abbreviation)
            .bind(3, starter.nameTh)
            .bind(4, starter.nameEn)
            .bind(5, organisationTypeName(starter.type))
            .run();
    }
}

} // namespace banthuek::core
