// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/minutes/minutes.h"

#include <string>
#include <vector>

namespace banthuek::core {

class Database;

// Action items: each belongs to the meeting that decided it; trashing the meeting hides them.
class ActionStore final {
public:
    explicit ActionStore(Database& db) : m_db(db) {}

    // Adds an item to a minutes note (at the end of its list).
    [[nodiscard]] ActionItem add(const ActionItem& item);
    // Saves text, owner, due date, status, done date, agenda item and follow-up note. The
    // meeting never changes. Done needs a done date (today when none is given).
    [[nodiscard]] ActionItem update(const ActionItem& item);
    [[nodiscard]] ActionItem markDone(const std::string& id, const CivilDate& on);
    void remove(const std::string& id);
    [[nodiscard]] ActionItem get(const std::string& id) const;
    // Items of meetings not in the Trash, by due date (undated last), then meeting and order.
    // `today` decides which are overdue.
    [[nodiscard]] std::vector<ActionRow> list(const ActionFilter& filter, const CivilDate& today) const;

private:
    [[nodiscard]] ActionItem checked(const ActionItem& item) const;

    Database& m_db;
};

} // namespace banthuek::core
