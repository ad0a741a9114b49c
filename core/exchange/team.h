// SPDX-License-Identifier: GPL-3.0-or-later
// Who this notebook is in its team: its device id and name, its user's name and KM role, the
// team (a name, a public id and a secret key) and the peers it has heard from. A team is made
// on one laptop and joined on the others with the team code, which carries the team's secret:
// bundles are sealed with the key derived from it, so a bundle from outside the team, or one
// read by someone who found the USB stick, opens nowhere else.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace banthuek::core {

class Database;

struct Peer
{
    std::string deviceId;
    std::string name;
    std::optional<std::int64_t> slot;
    std::optional<std::int64_t> heardMs; // when a bundle from it last came in
};

struct TeamInfo
{
    std::string deviceId;
    std::string deviceName;
    std::string userName;
    std::string userRole; // khun_uea, khun_amnuay, khun_likhit, khun_kij, other or empty
    std::string teamId;   // empty when the notebook works alone
    std::string teamName;
    std::int64_t recordSlot = 0;
    std::vector<Peer> peers;
    [[nodiscard]] bool inTeam() const { return !teamId.empty(); }
};

using TeamKey = std::array<unsigned char, 32>;

// The secret a team code carries, checked; throws Error (InvalidInput) naming what is wrong.
struct TeamSecret
{
    std::array<unsigned char, 16> bytes{};
    [[nodiscard]] std::string code() const; // XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX
    [[nodiscard]] std::string teamId() const;
    [[nodiscard]] TeamKey key() const;
    [[nodiscard]] static TeamSecret fromCode(const std::string& code);
    [[nodiscard]] static TeamSecret random();
};

[[nodiscard]] TeamInfo teamInfo(Database& db);
// The team's key; throws Error (InvalidInput) when the notebook is in no team.
[[nodiscard]] TeamSecret teamSecret(Database& db);

struct Joined
{
    std::string code;
    std::int64_t renumbered = 0; // notes given team record numbers (they had only been seen here)
};

// Makes a new team with this notebook in it and returns its code. Refuses when already in one.
[[nodiscard]] Joined createTeam(Database& db, const std::string& name);
// Joins the team of `code`. This notebook's notes, numbered alone so far, take numbers of its
// own team slot, so they never clash with a teammate's.
[[nodiscard]] Joined joinTeam(Database& db, const std::string& code, const std::string& name = {});
// Names this laptop and its user (asked at first start, changed in Preferences).
void setIdentity(Database& db, const std::string& deviceName, const std::string& userName,
                 const std::string& userRole);
// The team's (or, alone, the notebook's) name, as reports and the window show it
// ("ทีมคุณอำนวยอำเภอท่าศาลา"); empty: the file's name is shown.
void setTeamName(Database& db, const std::string& name);
// The name to show for the notebook at `path`: the team's name, else the file's name without
// its folder and ending.
[[nodiscard]] std::string notebookName(Database& db, const std::string& path);
// Chooses another record slot when a teammate has ours and no note has a number from it yet.
void moveSlotIfTaken(Database& db);

} // namespace banthuek::core
