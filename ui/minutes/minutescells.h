// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What MinutesPanel's two halves (building and loading, reading back) share: the tables'
// columns and the data roles their cells carry. Not for use outside ui/minutes.

#include "core/organisations/organisationstore.h"

#include <QString>

#include <optional>
#include <string>

namespace banthuek::ui::minutes {

enum AttendeeColumn { AttendeeName, AttendeeOrganisation, AttendeeAttendance, AttendeeReason };
enum AgendaColumn { AgendaTitle, AgendaDiscussion, AgendaResolution };
enum ActionColumn {
    ActionText,
    ActionOwner,
    ActionDue,
    ActionStatus,
    ActionDone,
    ActionAgenda,
    ActionMeeting
};

// The name or label a cell showed when it was loaded: while the text is unchanged, the id
// loaded with it stands (two people may share a name).
constexpr int LoadedTextRole = Qt::UserRole + 3;
constexpr int FollowUpsRole = Qt::UserRole + 4; // an agenda item's followed-up action ids
inline const QString kPerson = QStringLiteral("person:");
inline const QString kOrganisation = QStringLiteral("organisation:");

inline QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

inline std::optional<std::string> optional(const QString& text)
{
    return text.isEmpty() ? std::nullopt : std::optional(text.toStdString());
}

inline QString organisationLabel(const core::Organisation& organisation)
{
    return fromStd(organisation.shortName());
}

} // namespace banthuek::ui::minutes
