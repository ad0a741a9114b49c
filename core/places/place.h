// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace banthuek::core {

// DOPA codes nest: province 2 digits, district 4, subdistrict 6, village 8.
enum class PlaceLevel { Province = 1, District = 2, Subdistrict = 3, Village = 4 };

struct Place
{
    std::string code;
    PlaceLevel level = PlaceLevel::Subdistrict;
    std::optional<std::string> parentCode;
    std::string nameTh;
    std::string nameEn;
    std::string postalCode; // one or more 5-digit codes joined by ';'
};

// A search hit with what tells same-named places apart.
struct PlaceMatch
{
    Place place;
    std::string districtTh; // empty for provinces and districts themselves
    std::string districtEn;
    std::string provinceTh; // empty for provinces
    std::string provinceEn;
};

} // namespace banthuek::core
