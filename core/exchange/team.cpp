// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/team.h"

#include "core/error.h"
#include "core/notes/notestore.h"
#include "core/storage/database.h"
#include "core/storage/hex.h"
#include "core/text/normalize.h"

#include <sodium.h>

#include <filesystem>
#include <set>
#include <string_view>

namespace banthuek::core {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford's base 32
constexpr std::size_t kCodeBytes = 17;                                     // the secret and a check byte

std::string meta(Database& db, const char* key)
{
    auto row = db.cached("SELECT value FROM notebook_meta WHERE key = ?1");
    return row->bind(1, key).step() ? row->text(0) : std::string();
}

void setMeta(Database& db, const char* key, const std::string& value)
{
    db.cached(
          "INSERT INTO notebook_meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2")
        ->bind(1, key)
        .bind(2, value)
        .run();
}

unsigned char checkByte(const std::array<unsigned char, 16>& secret)
{
    std::array<unsigned char, 16> hash{};
    crypto_generichash(hash.data(), hash.size(), secret.data(), secret.size(), nullptr, 0);
    return hash[0];
}

template <std::size_t N>
std::array<unsigned char, N> derived(const std::array<unsigned char, 16>& secret, std::string_view purpose)
{
    std::array<unsigned char, N> out{};
    crypto_generichash(out.data(), out.size(), secret.data(), secret.size(),
                       reinterpret_cast<const unsigned char*>(purpose.data()), purpose.size());
    return out;
}

std::set<std::int64_t> peerSlots(Database& db)
{
    std::set<std::int64_t> slots;
    Statement rows = db.prepare("SELECT slot FROM exchange_devices WHERE num <> 1 AND slot IS NOT NULL");
    while (rows.step()) {
        slots.insert(rows.integer(0));
    }
    return slots;
}

std::int64_t freeSlot(Database& db)
{
    const std::set<std::int64_t> taken = peerSlots(db);
    for (;;) {
        const auto slot = static_cast<std::int64_t>(randombytes_uniform(999)) + 1;
        if (!taken.contains(slot)) {
            return slot;
        }
    }
}

void enter(Database& db, const TeamSecret& secret, const std::string& name)
{
    setMeta(db, "team_id", secret.teamId());
    setMeta(db, "team_secret", toHex(secret.bytes.data(), secret.bytes.size()));
    setMeta(db, "team_name", normalizeLine(name, "team name"));
    const std::int64_t slot = freeSlot(db);
    setMeta(db, "record_slot", std::to_string(slot));
    db.cached("UPDATE exchange_devices SET slot = ?1 WHERE num = 1")->bind(1, slot).run();
}

void refuseIfInAnotherTeam(Database& db, const std::string& teamId)
{
    const std::string current = meta(db, "team_id");
    if (!current.empty() && current != teamId) {
        throw Error(ErrorCategory::InvalidInput,
                    "This notebook is already in the team \"%1\"; a notebook belongs to one team.",
                    {meta(db, "team_name").empty() ? current : meta(db, "team_name")});
    }
}

} // namespace

TeamSecret TeamSecret::random()
{
    if (sodium_init() < 0) {
        throw Error(ErrorCategory::Database, "The encryption library could not start.");
    }
    TeamSecret secret;
    randombytes_buf(secret.bytes.data(), secret.bytes.size());
    return secret;
}

std::string TeamSecret::code() const
{
    std::array<unsigned char, kCodeBytes> data{};
    std::copy(bytes.begin(), bytes.end(), data.begin());
    data.back() = checkByte(bytes);
    std::string code;
    unsigned buffer = 0;
    int bits = 0;
    for (const unsigned char byte : data) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            code += kAlphabet[(buffer >> (bits - 5)) & 31U];
            bits -= 5;
        }
    }
    code += kAlphabet[(buffer << (5 - bits)) & 31U]; // 136 bits: 27 full characters and 1 bit
    std::string grouped;
    for (std::size_t i = 0; i < code.size(); ++i) {
        grouped += (i > 0 && i % 4 == 0 ? "-" : "") + std::string(1, code[i]);
    }
    return grouped;
}

TeamSecret TeamSecret::fromCode(const std::string& code)
{
    std::string symbols;
    for (char c : code) {
        if (c == '-' || c == ' ') {
            continue;
        }
        c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        c = c == 'O' ? '0' : (c == 'I' || c == 'L') ? '1' : c; // what people misread
        if (kAlphabet.find(c) == std::string_view::npos) {
            throw Error(ErrorCategory::InvalidInput,
                        "\"%1\" is not a team code: it has a character (%2) that team codes never have.",
                        {code, std::string(1, c)});
        }
        symbols += c;
    }
    if (symbols.size() != 28) {
        throw Error(ErrorCategory::InvalidInput,
                    "\"%1\" is not a team code: a team code has 28 letters and digits, this has %2.",
                    {code, std::to_string(symbols.size())});
    }
    std::array<unsigned char, kCodeBytes> data{};
    unsigned buffer = 0;
    int bits = 0;
    std::size_t out = 0;
    for (const char c : symbols) {
        buffer = (buffer << 5) | static_cast<unsigned>(kAlphabet.find(c));
        bits += 5;
        if (bits >= 8 && out < data.size()) {
            data[out++] = static_cast<unsigned char>((buffer >> (bits - 8)) & 0xFFU);
            bits -= 8;
        }
    }
    TeamSecret secret;
    std::copy(data.begin(), data.begin() + 16, secret.bytes.begin());
    if (checkByte(secret.bytes) != data[16]) {
        throw Error(ErrorCategory::InvalidInput,
                    "\"%1\" is not a team code: a letter or digit in it is wrong (its check does not match). "
                    "Type it again from the team sheet.",
                    {code});
    }
    return secret;
}

std::string TeamSecret::teamId() const
{
    const auto id = derived<16>(bytes, "banthuek team id");
    return toHex(id.data(), id.size());
}

TeamKey TeamSecret::key() const
{
    return derived<32>(bytes, "banthuek team key");
}

TeamInfo teamInfo(Database& db)
{
    TeamInfo info;
    auto self = db.cached("SELECT device_id FROM exchange_devices WHERE num = 1");
    info.deviceId = self->step() ? self->text(0) : std::string();
    self.reset();
    info.deviceName = meta(db, "device_name");
    info.userName = meta(db, "user_name");
    info.userRole = meta(db, "user_role");
    info.teamId = meta(db, "team_id");
    info.teamName = meta(db, "team_name");
    const std::string slot = meta(db, "record_slot");
    info.recordSlot = slot.empty() ? 0 : static_cast<std::int64_t>(std::stoll(slot));
    Statement peers = db.prepare("SELECT device_id, name, slot, heard_ms FROM exchange_devices WHERE num <> "
                                 "1 ORDER BY name, device_id");
    while (peers.step()) {
        info.peers.push_back(
            {peers.text(0), peers.text(1), peers.optionalInteger(2), peers.optionalInteger(3)});
    }
    return info;
}

TeamSecret teamSecret(Database& db)
{
    const std::string stored = meta(db, "team_secret");
    TeamSecret secret;
    std::size_t length = 0;
    if (stored.empty() ||
        sodium_hex2bin(secret.bytes.data(), secret.bytes.size(), stored.data(), stored.size(), nullptr,
                       &length, nullptr) != 0 ||
        length != secret.bytes.size()) {
        throw Error(
            ErrorCategory::InvalidInput,
            "This notebook is not in a team. Create a team (banthuek team PATH --create NAME) or join "
            "one with its team code (--join CODE) first.");
    }
    return secret;
}

Joined createTeam(Database& db, const std::string& name)
{
    if (normalizeLine(name, "team name").empty()) {
        throw Error(ErrorCategory::InvalidInput, "A team needs a name.");
    }
    Transaction transaction(db);
    if (!meta(db, "team_id").empty()) {
        refuseIfInAnotherTeam(db, "");
    }
    const TeamSecret secret = TeamSecret::random();
    enter(db, secret, name);
    transaction.commit();
    return {secret.code(), 0};
}

Joined joinTeam(Database& db, const std::string& code, const std::string& name)
{
    const TeamSecret secret = TeamSecret::fromCode(code);
    Transaction transaction(db);
    refuseIfInAnotherTeam(db, secret.teamId());
    Joined joined{secret.code(), 0};
    if (meta(db, "team_id") == secret.teamId()) {
        return joined; // already in it: nothing changes
    }
    enter(db, secret, name);
    const std::int64_t slot = static_cast<std::int64_t>(std::stoll(meta(db, "record_slot")));
    std::vector<std::string> alone;
    Statement notes = db.prepare("SELECT id FROM notes WHERE record < ?1 ORDER BY record");
    notes.bind(1, kTeamRecordBase);
    while (notes.step()) {
        alone.push_back(notes.text(0));
    }
    std::int64_t record = kTeamRecordBase - 1000 + slot;
    for (const std::string& id : alone) {
        record += 1000;
        db.cached("UPDATE notes SET record = ?2 WHERE id = ?1")->bind(1, id).bind(2, record).run();
    }
    joined.renumbered = static_cast<std::int64_t>(alone.size());
    transaction.commit();
    return joined;
}

void setIdentity(Database& db, const std::string& deviceName, const std::string& userName,
                 const std::string& userRole)
{
    static const std::set<std::string> roles = {"",         "khun_uea", "khun_amnuay", "khun_likhit",
                                                "khun_kij", "other"};
    if (!roles.contains(userRole)) {
        throw Error(ErrorCategory::InvalidInput,
                    "Unknown KM role \"%1\"; use khun_uea, khun_amnuay, khun_likhit, khun_kij or other.",
                    {userRole});
    }
    Transaction transaction(db);
    setMeta(db, "device_name", normalizeLine(deviceName, "device name"));
    setMeta(db, "user_name", normalizeLine(userName, "user name"));
    setMeta(db, "user_role", userRole);
    db.cached("UPDATE exchange_devices SET name = ?1 WHERE num = 1")
        ->bind(1, normalizeLine(deviceName))
        .run();
    transaction.commit();
}

void setTeamName(Database& db, const std::string& name)
{
    Transaction transaction(db);
    setMeta(db, "team_name", normalizeLine(name, "team name"));
    transaction.commit();
}

std::string notebookName(Database& db, const std::string& path)
{
    const std::string team = meta(db, "team_name");
    return team.empty() ? std::filesystem::path(path).stem().string() : team;
}

void moveSlotIfTaken(Database& db)
{
    const std::string current = meta(db, "record_slot");
    if (current.empty() || !peerSlots(db).contains(static_cast<std::int64_t>(std::stoll(current)))) {
        return;
    }
    auto used = db.cached("SELECT 1 FROM notes WHERE record >= ?1 AND record % 1000 = ?2 LIMIT 1");
    if (used->bind(1, kTeamRecordBase).bind(2, static_cast<std::int64_t>(std::stoll(current))).step()) {
        return; // numbers already shown stay; the clash is reported by check
    }
    used.reset();
    const std::int64_t slot = freeSlot(db);
    setMeta(db, "record_slot", std::to_string(slot));
    db.cached("UPDATE exchange_devices SET slot = ?1 WHERE num = 1")->bind(1, slot).run();
}

} // namespace banthuek::core
