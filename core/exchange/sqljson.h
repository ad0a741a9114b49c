// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/statement.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace banthuek::core {

// A column's value as bundles and dumps write it: null, number or text as themselves, bytes as
// {"x": "<hex>"} so that a JSON reader never mistakes them for text.
[[nodiscard]] nlohmann::json toJson(const SqlValue& value);

// The value back; nullopt for JSON that no column value writes (an array, a bad hex string).
[[nodiscard]] std::optional<SqlValue> fromJson(const nlohmann::json& json);

} // namespace banthuek::core
