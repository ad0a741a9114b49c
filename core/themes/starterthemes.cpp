// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/themes/starterthemes.h"

#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/text/normalize.h"

#include <initializer_list>

namespace banthuek::core {
namespace {

struct StarterTheme
{
    const char* nameTh = nullptr;
    const char* nameEn = nullptr;
    std::initializer_list<std::pair<const char*, const char*>> children;
};

// Drawn from the work the GotoKnow KM-city posts describe (community welfare funds, organic
// community, master plans, household debt) and the usual portfolio of a พอช./สสส. team.
const std::initializer_list<StarterTheme> kStarterThemes = {
    {"สวัสดิการชุมชน",
     "Community welfare",
     {{"กองทุนสวัสดิการชุมชน", "Community welfare funds"}, {"ผู้สูงอายุ", "Older people"}}},
    {"เศรษฐกิจชุมชน",
     "Community economy",
     {{"กลุ่มออมทรัพย์", "Savings groups"},
      {"วิสาหกิจชุมชน", "Community enterprises"},
      {"หนี้สินครัวเรือน", "Household debt"}}},
    {"ชุมชนอินทรีย์", "Organic community", {{"เกษตรอินทรีย์", "Organic farming"}}},
    {"ทรัพยากรธรรมชาติและสิ่งแวดล้อม",
     "Natural resources and environment",
     {{"ป่าชุมชน", "Community forests"},
      {"ประมงพื้นบ้าน", "Small-scale fisheries"},
      {"การจัดการน้ำ", "Water management"}}},
    {"สุขภาพชุมชน", "Community health", {}},
    {"แผนแม่บทชุมชน", "Community master plans", {}},
    {"การจัดการความรู้", "Knowledge management", {{"วงเรียนรู้", "Learning circles"}}},
    {"ที่อยู่อาศัยและที่ดิน", "Housing and land", {}},
    {"เด็กและเยาวชน", "Children and youth", {}},
    {"วัฒนธรรมและภูมิปัญญาท้องถิ่น", "Culture and local wisdom", {}},
};

std::string starterThemeId(const char* nameTh)
{
    return stableUuid(std::string("banthuek starter theme:") + nameTh);
}

} // namespace

std::vector<StarterThemeRow> starterThemes()
{
    std::vector<StarterThemeRow> rows;
    for (const StarterTheme& starter : kStarterThemes) {
        const std::string parent = starterThemeId(starter.nameTh);
        rows.push_back({parent, std::nullopt, starter.nameTh, starter.nameEn});
        for (const auto& [th, en] : starter.children) {
            rows.push_back({starterThemeId(th), parent, th, en});
        }
    }
    return rows;
}

// Born at time 0 with keys every notebook shares, so a team's notebooks start from the same
// themes and a note tagged on one laptop finds its theme on the others.
void addStarterThemes(Database& db)
{
    for (const StarterThemeRow& row : starterThemes()) {
        db.cached(
              "INSERT INTO themes (id, parent_id, name_th, name_en, key, created_ms) VALUES (?1, ?2, ?3, ?4, "
              "?5, 0)")
            ->bind(1, row.id)
            .bind(2, row.parentId)
            .bind(3, row.nameTh)
            .bind(4, row.nameEn)
            .bind(5, matchKey(row.nameTh))
            .run();
    }
}

} // namespace banthuek::core
