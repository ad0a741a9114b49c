// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/sqljson.h"

#include "core/storage/hex.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

namespace banthuek::core {

using Json = nlohmann::json;

Json toJson(const SqlValue& value)
{
    struct Visitor
    {
        Json operator()(std::monostate) const { return nullptr; }
        Json operator()(std::int64_t number) const { return number; }
        Json operator()(double number) const { return number; }
        Json operator()(const std::string& text) const { return text; }
        Json operator()(const Blob& blob) const
        {
            return Json{{"x", toHex(blob.bytes.data(), blob.bytes.size())}};
        }
    };
    return std::visit(Visitor{}, value);
}

std::optional<SqlValue> fromJson(const Json& json)
{
    if (json.is_null()) {
        return SqlValue{};
    }
    if (json.is_number_integer()) {
        return SqlValue{json.get<std::int64_t>()};
    }
    if (json.is_number_float()) {
        return SqlValue{json.get<double>()};
    }
    if (json.is_string()) {
        return SqlValue{json.get<std::string>()};
    }
    if (json.is_object() && json.size() == 1 && json.contains("x") && json["x"].is_string()) {
        const auto& hex = json["x"].get_ref<const std::string&>();
        std::string bytes(hex.size() / 2, '\0');
        std::size_t length = 0;
        if (sodium_hex2bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), hex.data(),
                           hex.size(), nullptr, &length, nullptr) != 0 ||
            length * 2 != hex.size()) {
            return std::nullopt;
        }
        return SqlValue{Blob{bytes}};
    }
    return std::nullopt;
}

} // namespace banthuek::core
