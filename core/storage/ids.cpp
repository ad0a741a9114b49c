// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ids.h"

#include <sodium.h>
#include <uuid/uuid.h>

#include <array>

namespace banthuek::core {

std::string newUuid()
{
    uuid_t id;
    uuid_generate_random(id);
    char text[37];
    uuid_unparse_lower(id, text);
    return text;
}

std::string stableUuid(std::string_view seed)
{
    std::array<unsigned char, 16> hash{};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(seed.data()),
                       seed.size(), nullptr, 0);
    hash[6] = static_cast<unsigned char>((hash[6] & 0x0F) | 0x80); // version 8: custom
    hash[8] = static_cast<unsigned char>((hash[8] & 0x3F) | 0x80); // RFC 4122 variant
    char text[37];
    uuid_unparse_lower(hash.data(), text);
    return text;
}

bool isUuid(std::string_view text) noexcept
{
    if (text.size() != 36) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace banthuek::core
