// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sodium.h>

#include <cstddef>
#include <string>

namespace banthuek::core {

// Bytes as lower-case hexadecimal (team secrets, hashes, blobs in bundles).
[[nodiscard]] inline std::string toHex(const void* bytes, std::size_t size)
{
    std::string text(size * 2 + 1, '\0');
    sodium_bin2hex(text.data(), text.size(), static_cast<const unsigned char*>(bytes), size);
    text.pop_back();
    return text;
}

} // namespace banthuek::core
