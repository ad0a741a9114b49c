// SPDX-License-Identifier: GPL-3.0-or-later
// Team bundles: any bytes as a received file (refused with a reason unless sealed with the
// team's key), and, for inputs that start with 'S', the rest sealed with the key and opened
// again, so the fuzzer also walks the decrypting and decompressing path with real bundles.
#include "core/exchange/bundlefile.h"
#include "tests/fuzz/fuzzinput.h"

using namespace banthuek;

namespace {

const core::TeamKey kKey{}; // all zeros: a team of the fuzzer's own
const std::string kTeam = "fuzz-team";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string input = fuzz::bytes(data, size);
    if (!input.empty() && input[0] == 'S') {
        core::BundleHeader header;
        header.teamId = kTeam;
        header.senderId = "fuzz-device";
        header.senderName = "ฟัซ";
        const std::string payload = input.substr(1);
        const std::string sealed = core::sealBundle(header, payload, kKey);
        const core::OpenedBundle opened = core::openBundle(sealed, "fuzz", kKey, kTeam);
        if (opened.payload != payload || opened.header.senderName != header.senderName) {
            __builtin_trap(); // what was sealed must open as it was
        }
        return 0;
    }
    fuzz::refuseOrRead([&] { (void)core::readBundleHeader(input, "fuzz"); });
    fuzz::refuseOrRead([&] { (void)core::openBundle(input, "fuzz", kKey, kTeam); });
    return 0;
}
