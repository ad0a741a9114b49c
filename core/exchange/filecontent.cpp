// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/filecontent.h"

#include "core/error.h"
#include "core/files/filerefs.h"
#include "core/files/filestore.h"
#include "core/storage/database.h"

#include <nlohmann/json.hpp>

namespace banthuek::core {
namespace {

using Json = nlohmann::json;

constexpr std::size_t kMaxNameBytes = 1024;

[[noreturn]] void refuseFiles(const std::string& name)
{
    throw Error(ErrorCategory::Corrupt,
                "%1 is a damaged bundle: its files do not match what it says of them. Ask the sender for it "
                "again. Nothing was imported.",
                {name});
}

std::int64_t deviceNum(Database& db, const std::string& deviceId)
{
    db.cached("INSERT OR IGNORE INTO exchange_devices (device_id) VALUES (?1)")->bind(1, deviceId).run();
    auto row = db.cached("SELECT num FROM exchange_devices WHERE device_id = ?1");
    row->bind(1, deviceId);
    return row->step() ? row->integer(0) : 1;
}

} // namespace

std::int64_t appendFiles(Database& db, const VersionVector& base, std::string& payload)
{
    FileStore files(db);
    Json list = Json::array();
    std::string bytes;
    Statement rows = db.prepare("SELECT files.sha256, files.name, files.size, files.created_ms, files.hlc, "
                                "exchange_devices.device_id "
                                "FROM files JOIN exchange_devices ON exchange_devices.num = files.device "
                                "ORDER BY files.hlc, files.sha256");
    while (rows.step()) {
        const std::string device = rows.text(5);
        const auto known = base.find(device);
        if (rows.integer(4) <= (known == base.end() ? 0 : known->second)) {
            continue;
        }
        const std::string sha = rows.text(0);
        list.push_back({{"h", sha},
                        {"n", rows.text(1)},
                        {"z", rows.integer(2)},
                        {"c", rows.integer(3)},
                        {"s", Json::array({rows.integer(4), device})}});
        files.read(sha, [&bytes](std::string_view chunk) { bytes.append(chunk); });
    }
    if (list.empty()) {
        return 0;
    }
    payload += '\0';
    payload += list.dump();
    payload += '\0';
    payload += bytes;
    return static_cast<std::int64_t>(list.size());
}

ReceivedFiles takeFiles(Database& db, std::string& payload, const std::string& name)
{
    ReceivedFiles received;
    const std::size_t first = payload.find('\0');
    if (first == std::string::npos) {
        return received;
    }
    const std::size_t second = payload.find('\0', first + 1);
    if (second == std::string::npos) {
        refuseFiles(name);
    }
    const Json list = Json::parse(payload.begin() + static_cast<std::ptrdiff_t>(first + 1),
                                  payload.begin() + static_cast<std::ptrdiff_t>(second), nullptr, false);
    if (!list.is_array()) {
        refuseFiles(name);
    }
    const std::string_view bytes = std::string_view(payload).substr(second + 1);
    FileStore files(db);
    std::size_t at = 0;
    for (const Json& file : list) {
        if (!file.is_object() || !file.contains("h") || !file["h"].is_string() || !file.contains("n") ||
            !file["n"].is_string() || !file.contains("z") || !file["z"].is_number_unsigned() ||
            !file.contains("c") || !file["c"].is_number_integer() || !file.contains("s") ||
            !file["s"].is_array() || file["s"].size() != 2 || !file["s"][0].is_number_integer() ||
            !file["s"][1].is_string()) {
            refuseFiles(name);
        }
        const auto& sha = file["h"].get_ref<const std::string&>();
        const auto& fileName = file["n"].get_ref<const std::string&>();
        const auto size = file["z"].get<std::uint64_t>();
        if (!isSha256Hex(sha) || fileName.size() > kMaxNameBytes || size == 0 || size > bytes.size() - at) {
            refuseFiles(name);
        }
        const std::string_view content = bytes.substr(at, size);
        at += size;
        if (files.find(sha)) {
            ++received.known;
            continue;
        }
        const std::int64_t device = deviceNum(db, file["s"][1].get<std::string>());
        if (!files.addReceived(content, sha, fileName, file["c"].get<std::int64_t>(),
                               file["s"][0].get<std::int64_t>(), device)) {
            refuseFiles(name);
        }
        ++received.stored;
    }
    if (at != bytes.size()) {
        refuseFiles(name);
    }
    payload.resize(first);
    return received;
}

} // namespace banthuek::core
