// SPDX-License-Identifier: GPL-3.0-or-later
// MinutesPanel, second half: reading what the note-taker entered back into a MeetingRecord.
#include "core/error.h"
#include "ui/minutes/minutescells.h"
#include "ui/minutes/minutespanel.h"
#include "ui/widgets/entrydelegate.h"
#include "ui/widgets/entrytable.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace banthuek::ui {
using namespace minutes;

namespace {

[[noreturn]] void refuse(const QString& message)
{
    throw core::Error(core::ErrorCategory::InvalidInput, message.toStdString());
}

// A name field as typed, with the person it was loaded with.
core::TypedName typedName(const QLineEdit* edit)
{
    core::TypedName typed;
    typed.text = edit->text().trimmed().toStdString();
    typed.loadedText = edit->property("loadedName").toString().toStdString();
    if (const QString id = edit->property("personId").toString(); !id.isEmpty()) {
        typed.loadedPersonId = id.toStdString();
    }
    return typed;
}

// A name cell as typed, with the register entry it was loaded with: a cell's loaded key is
// "person:ID" or "organisation:ID".
core::TypedName typedCell(const QTableWidgetItem* cell)
{
    core::TypedName typed;
    typed.text = cell->text().trimmed().toStdString();
    typed.loadedText = cell->data(LoadedTextRole).toString().toStdString();
    const QString key = cell->data(Qt::UserRole).toString();
    if (key.startsWith(kPerson)) {
        typed.loadedPersonId = key.mid(kPerson.size()).toStdString();
    } else if (key.startsWith(kOrganisation)) {
        typed.loadedOrganisationId = key.mid(kOrganisation.size()).toStdString();
    } else if (!key.isEmpty()) {
        typed.loadedPersonId = key.toStdString(); // an attendee cell holds the person's id alone
    }
    return typed;
}

} // namespace

core::MeetingEntry MinutesPanel::entry()
{
    for (EntryTable* table : {m_attendees, m_agenda, m_actions}) {
        table->commitOpenEditor();
    }
    core::MeetingEntry entry;
    readHeader(entry);
    readAttendees(entry);
    const QStringList agendaIds = readAgenda(entry.details);
    readActions(agendaIds, entry);
    return entry;
}

void MinutesPanel::readHeader(core::MeetingEntry& entry) const
{
    core::MinutesDetails& details = entry.details;
    entry.series = m_series->currentText().trimmed().toStdString();
    if (m_number->value() > 0) {
        details.number = m_number->value();
    }
    details.startTime = m_start->text().trimmed().toStdString();
    details.endTime = m_end->text().trimmed().toStdString();
    details.venue = m_venue->text().toStdString();
    details.venuePlace = optional(m_venuePlace->currentData().toString());
    entry.chair = typedName(m_chair);
    entry.recorder = typedName(m_recorder);
    entry.approver = typedName(m_approver);
    std::string* texts[] = {&details.barGoal,     &details.barResults,  &details.barRisks,
                            &details.aarExpected, &details.aarHappened, &details.aarWhy,
                            &details.aarNext};
    for (qsizetype i = 0; i < m_reviews.size(); ++i) {
        *texts[i] = m_reviews[i]->toPlainText().toStdString();
    }
}

void MinutesPanel::readAttendees(core::MeetingEntry& entry) const
{
    for (int row = 0; row < m_attendees->rowCount(); ++row) {
        if (m_attendees->rowIsEmpty(row)) {
            continue;
        }
        if (m_attendees->text(row, AttendeeName).isEmpty()) {
            refuse(tr("Attendees, row %1: the name is missing.").arg(row + 1));
        }
        core::TypedAttendee attendee;
        attendee.person = typedCell(m_attendees->item(row, AttendeeName));
        attendee.organisation = m_attendees->text(row, AttendeeOrganisation).toStdString();
        attendee.attendance =
            core::parseAttendance(m_attendees->value(row, AttendeeAttendance).toString().toStdString())
                .value_or(core::Attendance::Present);
        attendee.reason = m_attendees->text(row, AttendeeReason).toStdString();
        entry.attendees.push_back(std::move(attendee));
    }
}

QStringList MinutesPanel::readAgenda(core::MinutesDetails& details) const
{
    QStringList agendaIds;
    for (int row = 0; row < m_agenda->rowCount(); ++row) {
        if (m_agenda->rowIsEmpty(row)) {
            continue;
        }
        core::AgendaItem item;
        item.id = m_agenda->value(row, AgendaTitle).toString().toStdString();
        item.title = m_agenda->text(row, AgendaTitle).toStdString();
        if (item.title.empty()) {
            refuse(tr("Agenda, row %1: the agenda item needs a title.").arg(row + 1));
        }
        item.discussion = m_agenda->text(row, AgendaDiscussion).toStdString();
        item.resolution = m_agenda->text(row, AgendaResolution).toStdString();
        for (const QString& id : m_agenda->item(row, AgendaTitle)->data(FollowUpsRole).toStringList()) {
            item.followUpActionIds.push_back(id.toStdString());
        }
        agendaIds.append(m_agenda->value(row, AgendaTitle).toString());
        details.agenda.push_back(std::move(item));
    }
    return agendaIds;
}

void MinutesPanel::readActions(const QStringList& agendaIds, core::MeetingEntry& entry) const
{
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        if (m_actions->rowIsEmpty(row)) {
            continue;
        }
        core::ActionItem item;
        item.id = m_actions->value(row, ActionText).toString().toStdString();
        item.noteId = m_actions->value(row, ActionMeeting).toString().toStdString();
        item.text = m_actions->text(row, ActionText).toStdString();
        if (item.text.empty()) {
            refuse(tr("Action items, row %1: say what is to be done.").arg(row + 1));
        }
        for (const auto& [column, target] :
             {std::pair{ActionDue, &item.due}, std::pair{ActionDone, &item.doneDate}}) {
            const QTableWidgetItem* cell = m_actions->item(row, column);
            if (cell->data(EntryDelegate::InvalidRole).toBool()) {
                refuse(tr("Action items, row %1: \"%2\" is not a date; write it as 2569-11-30 (B.E.) or "
                          "2026-11-30.")
                           .arg(row + 1)
                           .arg(cell->text()));
            }
            *target = core::parseIsoDate(cell->data(Qt::UserRole).toString().toStdString());
        }
        item.status = core::parseActionStatus(m_actions->value(row, ActionStatus).toString().toStdString())
                          .value_or(core::ActionStatus::Open);
        const QString agenda = m_actions->value(row, ActionAgenda).toString();
        if (item.noteId == m_noteId.toStdString() && agendaIds.contains(agenda)) {
            item.agendaItemId = agenda.toStdString(); // an earlier meeting's item keeps its own
        }
        item.followUpNoteId = optional(m_actions->item(row, ActionText)->data(LoadedTextRole).toString());
        entry.actions.push_back({std::move(item), typedCell(m_actions->item(row, ActionOwner))});
    }
}

} // namespace banthuek::ui
