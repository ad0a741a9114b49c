// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/themes/starterthemes.h"

#include "core/themes/themestore.h"

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

} // namespace

void addStarterThemes(Database& db)
{
    ThemeStore themes(db);
    for (const StarterTheme& starter : kStarterThemes) {
        const Theme parent = themes.add(starter.nameTh, starter.nameEn);
        for (const auto& [th, en] : starter.children) {
            [[maybe_unused]] const Theme child = themes.add(th, en, parent.id);
        }
    }
}

} // namespace banthuek::core
