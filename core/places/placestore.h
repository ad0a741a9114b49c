// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/places/place.h"

#include <optional>
#include <string>
#include <vector>

namespace banthuek::core {

class Database;

// Thailand's provinces, districts and subdistricts (loaded from the gazetteer) and the
// villages (หมู่ที่ N) users add under a subdistrict.
class PlaceStore final
{
public:
    explicit PlaceStore(Database& db) : m_db(db) {}

    [[nodiscard]] std::optional<Place> find(const std::string& code) const;
    [[nodiscard]] Place get(const std::string& code) const; // throws NotFound
    // The place with the names of its district and province, as search() returns it.
    [[nodiscard]] std::optional<PlaceMatch> match(const std::string& code) const;
    // Province first, down to the place itself.
    [[nodiscard]] std::vector<Place> path(const std::string& code) const;
    // Direct children in Thai order; an empty code lists the provinces.
    [[nodiscard]] std::vector<Place> children(const std::string& code) const;
    [[nodiscard]] std::int64_t count(PlaceLevel level) const;
    // Every place of one level, by code.
    [[nodiscard]] std::vector<Place> atLevel(PlaceLevel level) const;

    // Type-ahead look-up by code, Thai or English name (prefix first, then inside the name),
    // or a former name; a leading ต./อ./จ./ตำบล/อำเภอ/จังหวัด/แขวง/เขต is ignored.
    // Ranked: exact, prefix, alias, English word, Thai infix; subdistricts before districts and
    // provinces at the same rank; then Thai order.
    [[nodiscard]] std::vector<PlaceMatch> search(const std::string& query, int limit = 20) const;

    // Adds หมู่ที่ `moo` under a subdistrict; its code is the subdistrict's code and the
    // two-digit village number, as DOPA numbers villages.
    [[nodiscard]] Place addVillage(const std::string& subdistrictCode, int moo, const std::string& nameTh,
                                   const std::string& nameEn = {});

private:
    Database& m_db;
};

} // namespace banthuek::core
