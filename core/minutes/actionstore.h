// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/minutes/minutes.h"

#include <string>
#include <vector>

namespace banthuek::core {

class Database;

// Action items: each belongs to the meeting that decided it; trashing the meeting hides them.
class ActionStore final
{
public:
    explicit ActionStore(Database& db) : m_db(db) {}

    // Adds an item to a minutes note (at the end of its list), with the id given or a new one.
    [[nodiscard]] ActionItem add(const ActionItem& item);
    // Makes `items` the meeting's own action items, in that order: known ids are updated, new
    // ones added (with the id given, if any), the meeting's other items deleted.
    [[nodiscard]] std::vector<ActionItem> replaceForMeeting(const std::string& noteId,
                                                            const std::vector<ActionItem>& items);
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
