// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/bundlefile.h"

#include "core/error.h"

#include <nlohmann/json.hpp>
#include <sodium.h>
#include <zstd.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <string_view>
#include <vector>

namespace banthuek::core {
namespace {

constexpr std::string_view kMagic = "BANTHUEK-BUNDLE\n";
constexpr std::size_t kMaxHeader = std::size_t{64} * 1024;
constexpr std::size_t kChunk = std::size_t{1024} * 1024;
constexpr std::int64_t kMaxPayload = std::int64_t{1} << 30; // 1 GiB of changes, uncompressed
constexpr std::int64_t kMaxRows = 20'000'000;

using Json = nlohmann::json;

void putLength(std::string& out, std::size_t length)
{
    for (int i = 0; i < 4; ++i) {
        out += static_cast<char>((length >> (8 * i)) & 0xFFU);
    }
}

std::uint32_t takeLength(std::string_view bytes, std::size_t& at)
{
    std::uint32_t length = 0;
    for (int i = 0; i < 4; ++i) {
        length |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
    }
    at += 4;
    return length;
}

Json vectorJson(const VersionVector& vector)
{
    Json object = Json::object();
    for (const auto& [device, hlc] : vector) {
        object[device] = hlc;
    }
    return object;
}

[[noreturn]] void refuseDamaged(const std::string& name)
{
    throw Error(ErrorCategory::Corrupt,
                "%1 is a damaged bundle: it was changed or broken after it was made. Ask the sender for it "
                "again. Nothing was imported.",
                {name});
}

[[noreturn]] void refuseTruncated(const std::string& name)
{
    throw Error(ErrorCategory::Corrupt,
                "%1 is an incomplete bundle: the file ends before its last part (it may still be copying). "
                "Nothing was imported.",
                {name});
}

VersionVector vectorFrom(const Json& object, const std::string& name)
{
    VersionVector vector;
    if (!object.is_object() || object.size() > 100'000) {
        refuseDamaged(name);
    }
    for (const auto& [device, hlc] : object.items()) {
        if (!hlc.is_number_integer() || hlc.get<std::int64_t>() < 0) {
            refuseDamaged(name);
        }
        vector.emplace(device, hlc.get<std::int64_t>());
    }
    return vector;
}

BundleHeader headerFrom(std::string_view text, const std::string& name)
{
    // Depth is bounded: a header is an object of objects of numbers.
    const Json json = Json::parse(
        text, [](int depth, Json::parse_event_t, Json&) { return depth <= 3; }, false);
    if (!json.is_object()) {
        refuseDamaged(name);
    }
    try {
        BundleHeader header;
        header.format = json.at("format").get<int>();
        if (header.format > kBundleFormat) {
            throw Error(
                ErrorCategory::NewerSchema,
                "%1 was made by a newer Banthuek (bundle format %2; this Banthuek reads up to %3). Update "
                "Banthuek to import it. Nothing was imported.",
                {name, std::to_string(header.format), std::to_string(kBundleFormat)});
        }
        header.teamId = json.at("team").get<std::string>();
        header.teamName = json.value("team_name", "");
        header.senderId = json.at("sender").get<std::string>();
        header.senderName = json.value("sender_name", "");
        header.senderSlot = json.value("sender_slot", std::int64_t{0});
        header.createdMs = json.at("created_ms").get<std::int64_t>();
        header.base = vectorFrom(json.at("base"), name);
        header.top = vectorFrom(json.at("top"), name);
        header.rows = json.at("rows").get<std::int64_t>();
        header.payloadBytes = json.at("payload_bytes").get<std::int64_t>();
        if (header.rows < 0 || header.rows > kMaxRows || header.payloadBytes < 0 ||
            header.payloadBytes > kMaxPayload || header.senderId.empty() || header.teamId.empty()) {
            refuseDamaged(name);
        }
        return header;
    } catch (const Json::exception&) {
        refuseDamaged(name);
    }
}

std::size_t headerEnd(const std::string& bytes, const std::string& name, std::string_view& headerText)
{
    if (bytes.size() < kMagic.size() || std::string_view(bytes).substr(0, kMagic.size()) != kMagic) {
        throw Error(ErrorCategory::InvalidInput,
                    "%1 is not a Banthuek bundle (it does not begin as one). Nothing was imported.", {name});
    }
    std::size_t at = kMagic.size();
    if (bytes.size() < at + 4) {
        refuseTruncated(name);
    }
    const std::uint32_t length = takeLength(bytes, at);
    if (length > kMaxHeader) {
        refuseDamaged(name);
    }
    if (bytes.size() < at + length) {
        refuseTruncated(name);
    }
    headerText = std::string_view(bytes).substr(at, length);
    return at + length;
}

} // namespace

std::string sealBundle(const BundleHeader& header, const std::string& payload, const TeamKey& key)
{
    if (sodium_init() < 0) {
        throw Error(ErrorCategory::Database, "The encryption library could not start.");
    }
    Json json = {{"format", header.format},
                 {"team", header.teamId},
                 {"team_name", header.teamName},
                 {"sender", header.senderId},
                 {"sender_name", header.senderName},
                 {"sender_slot", header.senderSlot},
                 {"created_ms", header.createdMs},
                 {"base", vectorJson(header.base)},
                 {"top", vectorJson(header.top)},
                 {"rows", header.rows},
                 {"payload_bytes", static_cast<std::int64_t>(payload.size())}};
    const std::string headerText = json.dump();

    std::string compressed(ZSTD_compressBound(payload.size()), '\0');
    const std::size_t size =
        ZSTD_compress(compressed.data(), compressed.size(), payload.data(), payload.size(), 6);
    if (ZSTD_isError(size)) {
        throw Error(ErrorCategory::Database, "The bundle could not be compressed: %1.",
                    {ZSTD_getErrorName(size)});
    }
    compressed.resize(size);

    std::string out(kMagic);
    putLength(out, headerText.size());
    out += headerText;
    crypto_secretstream_xchacha20poly1305_state state;
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_HEADERBYTES> streamHeader{};
    crypto_secretstream_xchacha20poly1305_init_push(&state, streamHeader.data(), key.data());
    out.append(reinterpret_cast<const char*>(streamHeader.data()), streamHeader.size());
    std::size_t at = 0;
    bool first = true;
    std::vector<unsigned char> sealed;
    do {
        const std::size_t take = std::min(kChunk, compressed.size() - at);
        const bool last = at + take == compressed.size();
        sealed.resize(take + crypto_secretstream_xchacha20poly1305_ABYTES);
        unsigned long long sealedSize = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, sealed.data(), &sealedSize,
            reinterpret_cast<const unsigned char*>(compressed.data() + at), take,
            first ? reinterpret_cast<const unsigned char*>(headerText.data()) : nullptr,
            first ? headerText.size() : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        putLength(out, static_cast<std::size_t>(sealedSize));
        out.append(reinterpret_cast<const char*>(sealed.data()), static_cast<std::size_t>(sealedSize));
        at += take;
        first = false;
    } while (at < compressed.size());
    return out;
}

bool isBundleFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::string start(kMagic.size(), '\0');
    return in.read(start.data(), static_cast<std::streamsize>(start.size())) && start == kMagic;
}

BundleHeader readBundleHeader(const std::string& bytes, const std::string& name)
{
    std::string_view text;
    (void)headerEnd(bytes, name, text);
    return headerFrom(text, name);
}

OpenedBundle openBundle(const std::string& bytes, const std::string& name, const TeamKey& key,
                        const std::string& teamId)
{
    if (sodium_init() < 0) {
        throw Error(ErrorCategory::Database, "The encryption library could not start.");
    }
    std::string_view headerText;
    std::size_t at = headerEnd(bytes, name, headerText);
    OpenedBundle opened{headerFrom(headerText, name), {}};
    if (opened.header.teamId != teamId) {
        throw Error(ErrorCategory::InvalidInput,
                    "%1 comes from another team (\"%2\"), not this notebook's. Nothing was imported.",
                    {name, opened.header.teamName.empty() ? opened.header.teamId : opened.header.teamName});
    }
    if (bytes.size() < at + crypto_secretstream_xchacha20poly1305_HEADERBYTES) {
        refuseTruncated(name);
    }
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char*>(bytes.data() + at), key.data()) != 0) {
        refuseDamaged(name);
    }
    at += crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    // Compressed data is never larger than zstd's bound for the declared payload.
    const auto maxCompressed =
        static_cast<std::size_t>(ZSTD_compressBound(static_cast<std::size_t>(opened.header.payloadBytes)));
    std::string compressed;
    std::vector<unsigned char> plain;
    bool first = true;
    bool finished = false;
    while (!finished) {
        if (bytes.size() < at + 4) {
            refuseTruncated(name);
        }
        const std::uint32_t length = takeLength(bytes, at);
        if (length < crypto_secretstream_xchacha20poly1305_ABYTES ||
            length > kChunk + crypto_secretstream_xchacha20poly1305_ABYTES) {
            refuseDamaged(name);
        }
        if (bytes.size() < at + length) {
            refuseTruncated(name);
        }
        plain.resize(length - crypto_secretstream_xchacha20poly1305_ABYTES);
        unsigned long long plainSize = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, plain.data(), &plainSize, &tag,
                reinterpret_cast<const unsigned char*>(bytes.data() + at), length,
                first ? reinterpret_cast<const unsigned char*>(headerText.data()) : nullptr,
                first ? headerText.size() : 0) != 0) {
            refuseDamaged(name);
        }
        at += length;
        first = false;
        if (compressed.size() + plainSize > maxCompressed) {
            refuseDamaged(name);
        }
        compressed.append(reinterpret_cast<const char*>(plain.data()), static_cast<std::size_t>(plainSize));
        finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    if (at != bytes.size()) {
        refuseDamaged(name); // bytes after the final chunk
    }
    const unsigned long long declared = ZSTD_getFrameContentSize(compressed.data(), compressed.size());
    if (declared == ZSTD_CONTENTSIZE_ERROR || declared == ZSTD_CONTENTSIZE_UNKNOWN ||
        declared != static_cast<unsigned long long>(opened.header.payloadBytes)) {
        refuseDamaged(name);
    }
    opened.payload.resize(static_cast<std::size_t>(declared));
    const std::size_t size =
        ZSTD_decompress(opened.payload.data(), opened.payload.size(), compressed.data(), compressed.size());
    if (ZSTD_isError(size) || size != opened.payload.size()) {
        refuseDamaged(name);
    }
    return opened;
}

} // namespace banthuek::core
