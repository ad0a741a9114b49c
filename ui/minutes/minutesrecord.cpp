// SPDX-License-Identifier: GPL-3.0-or-later
// MinutesPanel, second half: reading what the note-taker entered back into a MeetingRecord.
#include "core/error.h"
#include "core/notebook/notebook.h"
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

// The person a name field holds: the one loaded while the name is unchanged, else the first of
// that name in the register (a new name joins it).
std::optional<std::string> roleHolder(core::Notebook& notebook, const QLineEdit* edit)
{
    const QString name = edit->text().trimmed();
    if (name.isEmpty()) {
        return std::nullopt;
    }
    const QString loadedId = edit->property("personId").toString();
    if (name == edit->property("loadedName").toString() && !loadedId.isEmpty()) {
        return loadedId.toStdString();
    }
    return notebook.people().findOrAdd(name.toStdString()).id;
}

// The owner key ("person:ID" or "organisation:ID") of an action item's owner cell.
QString ownerKey(core::Notebook& notebook, const QTableWidgetItem* owner)
{
    const QString name = owner->text().trimmed();
    const QString loaded = owner->data(Qt::UserRole).toString();
    if (name.isEmpty() || (!loaded.isEmpty() && name == owner->data(LoadedTextRole).toString())) {
        return name.isEmpty() ? QString() : loaded;
    }
    // A person's name first, then an organisation; someone new joins the register.
    const auto people = notebook.people().findByName(name.toStdString());
    if (!people.empty()) {
        return kPerson + fromStd(people.front().id);
    }
    const auto organisations = notebook.organisations().find(name.toStdString());
    if (!organisations.empty()) {
        return kOrganisation + fromStd(organisations.front().id);
    }
    return kPerson + fromStd(notebook.people().findOrAdd(name.toStdString()).id);
}

} // namespace

core::MeetingRecord MinutesPanel::record(core::Notebook& notebook)
{
    for (EntryTable* table : {m_attendees, m_agenda, m_actions}) {
        table->commitOpenEditor();
    }
    core::MeetingRecord record;
    readHeader(notebook, record.details);
    readAttendees(notebook, record.details);
    const QStringList agendaIds = readAgenda(record.details);
    readActions(notebook, agendaIds, record);
    return record;
}

void MinutesPanel::readHeader(core::Notebook& notebook, core::MinutesDetails& details) const
{
    const QString series = m_series->currentText().trimmed();
    if (!series.isEmpty()) {
        details.seriesId = notebook.minutes().findOrAddSeries(series.toStdString()).id;
    }
    if (m_number->value() > 0) {
        details.number = m_number->value();
    }
    details.startTime = m_start->text().trimmed().toStdString();
    details.endTime = m_end->text().trimmed().toStdString();
    details.venue = m_venue->text().toStdString();
    details.venuePlace = optional(m_venuePlace->currentData().toString());
    details.chairId = roleHolder(notebook, m_chair);
    details.recorderId = roleHolder(notebook, m_recorder);
    details.approverId = roleHolder(notebook, m_approver);
    std::string* texts[] = {&details.barGoal,     &details.barResults,  &details.barRisks,
                            &details.aarExpected, &details.aarHappened, &details.aarWhy,
                            &details.aarNext};
    for (qsizetype i = 0; i < m_reviews.size(); ++i) {
        *texts[i] = m_reviews[i]->toPlainText().toStdString();
    }
}

void MinutesPanel::readAttendees(core::Notebook& notebook, core::MinutesDetails& details) const
{
    for (int row = 0; row < m_attendees->rowCount(); ++row) {
        if (m_attendees->rowIsEmpty(row)) {
            continue;
        }
        const QString name = m_attendees->text(row, AttendeeName);
        if (name.isEmpty()) {
            refuse(tr("Attendees, row %1: the name is missing.").arg(row + 1));
        }
        const QTableWidgetItem* cell = m_attendees->item(row, AttendeeName);
        const QString loadedId = cell->data(Qt::UserRole).toString();
        core::Person person = name == cell->data(LoadedTextRole).toString() && !loadedId.isEmpty()
                                  ? notebook.people().get(loadedId.toStdString())
                                  : notebook.people().findOrAdd(name.toStdString());
        const QString organisation = m_attendees->text(row, AttendeeOrganisation);
        if (!organisation.isEmpty()) {
            const std::string organisationId =
                notebook.organisations().findOrAdd(organisation.toStdString()).id;
            if (person.organisationId != organisationId) {
                person.organisationId = organisationId;
                person = notebook.people().update(person);
            }
        }
        core::Attendee attendee;
        attendee.personId = person.id;
        attendee.attendance =
            core::parseAttendance(m_attendees->value(row, AttendeeAttendance).toString().toStdString())
                .value_or(core::Attendance::Present);
        attendee.reason = m_attendees->text(row, AttendeeReason).toStdString();
        details.attendees.push_back(std::move(attendee));
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

void MinutesPanel::readActions(core::Notebook& notebook, const QStringList& agendaIds,
                               core::MeetingRecord& record) const
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
        const QString owner = ownerKey(notebook, m_actions->item(row, ActionOwner));
        if (owner.startsWith(kPerson)) {
            item.ownerPersonId = owner.mid(kPerson.size()).toStdString();
        } else if (owner.startsWith(kOrganisation)) {
            item.ownerOrganisationId = owner.mid(kOrganisation.size()).toStdString();
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
        if (item.noteId != m_noteId.toStdString()) {
            item.agendaItemId = notebook.actions().get(item.id).agendaItemId; // kept from its own meeting
        } else if (agendaIds.contains(agenda)) {
            item.agendaItemId = agenda.toStdString();
        }
        item.followUpNoteId = optional(m_actions->item(row, ActionText)->data(LoadedTextRole).toString());
        record.actions.push_back(std::move(item));
    }
}

} // namespace banthuek::ui
