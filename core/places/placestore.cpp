// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/places/placestore.h"

#include "core/error.h"
#include "core/storage/database.h"
#include "core/text/dates.h"
#include "core/text/normalize.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace banthuek::core {
namespace {

constexpr const char* kSelect = "SELECT code, level, parent_code, name_th, name_en, postal_code FROM places ";

// A code as stored (ASCII digits) from one typed on a Thai keyboard (๘๐๐๘๐๑): anything beyond
// ASCII goes through matchKey, which folds Thai digits; plain codes are left as they are.
std::string asciiCode(const std::string& typed)
{
    const bool plain = std::all_of(typed.begin(), typed.end(), [](char c) { return (c & 0x80) == 0; });
    return plain ? typed : matchKey(typed);
}

Place readPlace(const Statement& row, int offset = 0)
{
    return {row.text(offset),
            static_cast<PlaceLevel>(row.integer(offset + 1)),
            row.optionalText(offset + 2),
            row.text(offset + 3),
            row.text(offset + 4),
            row.text(offset + 5)};
}

// Words people put before a place name that the gazetteer leaves out.
std::string withoutUnitPrefix(const std::string& key)
{
    static const std::array prefixes = {"ตำบล", "อำเภอ", "จังหวัด", "แขวง",    "เขต",     "กิ่งอำเภอ",
                                        "ต.",   "อ.",    "จ.",    "tambon ", "amphoe ", "changwat "};
    for (const std::string_view prefix : prefixes) {
        if (key.size() > prefix.size() && key.compare(0, prefix.size(), prefix) == 0) {
            return normalizeLine(key.substr(prefix.size()));
        }
    }
    return key;
}

// ?1 the whole query as typed (for codes), ?2 its match key.
constexpr const char* kSearch = R"sql(
WITH ranked AS (
  SELECT p.*, CASE
    WHEN p.code = ?1 THEN 0
    WHEN p.key_th = ?2 OR p.key_en = ?2 THEN 1
    WHEN substr(p.key_th, 1, length(?2)) = ?2 OR substr(p.key_en, 1, length(?2)) = ?2 THEN 2
    WHEN substr(p.code, 1, length(?1)) = ?1 THEN 3
    WHEN EXISTS (SELECT 1 FROM place_aliases a WHERE a.code = p.code AND substr(a.key, 1, length(?2)) = ?2) THEN 4
    WHEN instr(p.key_en, ' ' || ?2) > 0 THEN 5
    WHEN instr(p.key_th, ?2) > 0 THEN 6
  END AS rank
  FROM places p
)
SELECT r.code, r.level, r.parent_code, r.name_th, r.name_en, r.postal_code,
       COALESCE(d.name_th, ''), COALESCE(d.name_en, ''), COALESCE(v.name_th, ''), COALESCE(v.name_en, '')
FROM ranked r
LEFT JOIN places d ON d.code = CASE WHEN r.level >= 3 THEN substr(r.code, 1, 4) END
LEFT JOIN places v ON v.code = CASE WHEN r.level >= 2 THEN substr(r.code, 1, 2) END
WHERE r.rank IS NOT NULL
ORDER BY r.rank, CASE r.level WHEN 3 THEN 0 WHEN 4 THEN 1 WHEN 2 THEN 2 ELSE 3 END, r.name_th COLLATE THAI, r.code
LIMIT ?3
)sql";

} // namespace

std::optional<Place> PlaceStore::find(const std::string& code) const
{
    auto row = m_db.cached(std::string(kSelect) + "WHERE code = ?1");
    if (!row->bind(1, asciiCode(code)).step()) {
        return std::nullopt;
    }
    return readPlace(*row);
}

Place PlaceStore::get(const std::string& code) const
{
    if (auto place = find(code)) {
        return *place;
    }
    throw Error(ErrorCategory::NotFound, "There is no place with the code \"%1\".", {code});
}

std::optional<PlaceMatch> PlaceStore::match(const std::string& code) const
{
    if (!find(code)) {
        return std::nullopt;
    }
    const std::vector<Place> chain = path(code);
    PlaceMatch result{chain.back(), {}, {}, {}, {}};
    for (const Place& ancestor : chain) {
        if (ancestor.code == code) {
            continue;
        }
        if (ancestor.level == PlaceLevel::Province) {
            result.provinceTh = ancestor.nameTh;
            result.provinceEn = ancestor.nameEn;
        } else if (ancestor.level == PlaceLevel::District) {
            result.districtTh = ancestor.nameTh;
            result.districtEn = ancestor.nameEn;
        }
    }
    return result;
}

std::vector<Place> PlaceStore::path(const std::string& code) const
{
    std::vector<Place> chain;
    for (std::optional<std::string> current = code; current;) {
        Place place = get(*current);
        current = place.parentCode;
        chain.insert(chain.begin(), std::move(place));
    }
    return chain;
}

std::vector<Place> PlaceStore::children(const std::string& code) const
{
    std::vector<Place> result;
    auto rows =
        code.empty()
            ? m_db.cached(std::string(kSelect) + "WHERE parent_code IS NULL ORDER BY name_th COLLATE THAI")
            : m_db.cached(std::string(kSelect) +
                          "WHERE parent_code = ?1 ORDER BY name_th COLLATE THAI, code");
    if (!code.empty()) {
        rows->bind(1, code);
    }
    while (rows->step()) {
        result.push_back(readPlace(*rows));
    }
    return result;
}

std::int64_t PlaceStore::count(PlaceLevel level) const
{
    auto row = m_db.cached("SELECT count(*) FROM places WHERE level = ?1");
    return row->bind(1, static_cast<int>(level)).step() ? row->integer(0) : 0;
}

std::vector<Place> PlaceStore::atLevel(PlaceLevel level) const
{
    std::vector<Place> result;
    auto rows = m_db.cached(std::string(kSelect) + "WHERE level = ?1 ORDER BY code");
    rows->bind(1, static_cast<int>(level));
    while (rows->step()) {
        result.push_back(readPlace(*rows));
    }
    return result;
}

std::vector<PlaceMatch> PlaceStore::search(const std::string& query, int limit) const
{
    const std::string typed = normalizeLine(query, "place search");
    const std::string key = withoutUnitPrefix(matchKey(typed));
    std::vector<PlaceMatch> result;
    if (key.empty()) {
        return result;
    }
    auto rows = m_db.cached(kSearch);
    rows->bind(1, asciiCode(typed)).bind(2, key).bind(3, limit);
    while (rows->step()) {
        result.push_back({readPlace(*rows), rows->text(6), rows->text(7), rows->text(8), rows->text(9)});
    }
    return result;
}

Place PlaceStore::addVillage(const std::string& subdistrictCode, int moo, const std::string& nameTh,
                             const std::string& nameEn)
{
    const Place subdistrict = get(subdistrictCode);
    if (subdistrict.level != PlaceLevel::Subdistrict) {
        throw Error(ErrorCategory::InvalidInput, "Villages belong under a subdistrict; %1 (%2) is not one.",
                    {subdistrictCode, subdistrict.nameTh});
    }
    if (moo < 1 || moo > 99) {
        throw Error(ErrorCategory::InvalidInput, "A village number (หมู่ที่) runs from 1 to 99, not %1.",
                    {std::to_string(moo)});
    }
    const std::string name = normalizeLine(nameTh, "village name");
    const std::string english = normalizeLine(nameEn, "English village name");
    char suffix[3];
    (void)std::snprintf(suffix, sizeof suffix, "%02d", moo);
    const std::string code = subdistrictCode + suffix;
    Transaction transaction(m_db);
    if (const auto existing = find(code)) {
        throw Error(ErrorCategory::InvalidInput, "หมู่ที่ %1 of %2 already exists (%3).",
                    {std::to_string(moo), subdistrict.nameTh, existing->nameTh});
    }
    const std::string display = name.empty() ? "หมู่ที่ " + std::to_string(moo) : name;
    m_db.cached(
            "INSERT INTO places (code, level, parent_code, name_th, name_en, postal_code, key_th, key_en, "
            "created_ms) VALUES (?1, 4, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        ->bind(1, code)
        .bind(2, subdistrictCode)
        .bind(3, display)
        .bind(4, english)
        .bind(5, subdistrict.postalCode)
        .bind(6, matchKey(display))
        .bind(7, matchKey(english))
        .bind(8, nowMillis())
        .run();
    Place village = get(code);
    transaction.commit();
    return village;
}

} // namespace banthuek::core
