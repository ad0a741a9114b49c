// SPDX-License-Identifier: GPL-3.0-or-later
// What every fuzz target shares: the libFuzzer entry point, and the one outcome hostile bytes
// may have besides success, core::Error (a message naming what and where). Anything else
// thrown, a crash, a leak or undefined behaviour is a bug the fuzzer reports.
#pragma once

#include "core/error.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace banthuek::fuzz {

inline std::string bytes(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

// Runs `read` on the input; a core::Error is the expected refusal of bad input.
template <typename Read> int refuseOrRead(Read&& read)
{
    try {
        read();
    } catch (const core::Error& refused) {
        if (refused.message().text.empty()) {
            __builtin_trap(); // a refusal must say why
        }
    }
    return 0;
}

} // namespace banthuek::fuzz
