// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edits/typednames.h"
#include "core/minutes/minutes.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace banthuek::core {
class Notebook;
}

namespace banthuek::ui {

class EntryTable;
class Session;
struct Preferences;

// The meeting part of a minutes note, for the note-taker: series and number, times, venue,
// chair, recorder and approver; attendees (present, absent with a reason, guests), agenda items
// with their discussion and resolution, action items, and the BAR/AAR sections. The three
// tables are filled from the keyboard (EntryTable): names complete from the register, and a
// name typed that is not there joins it when the note is saved.
class MinutesPanel final : public QWidget
{
    Q_OBJECT

public:
    MinutesPanel(Session& session, const Preferences& preferences, QWidget* parent = nullptr);

    // Shows a meeting's record; `placeCodes` are the note's places, offered as the venue's.
    void load(const QString& noteId, const std::vector<std::string>& placeCodes);
    // The record as entered, names as typed (Session::saveMeeting resolves them, adding new
    // ones to the register). Throws core::Error naming the table, row and field of anything
    // that cannot be saved.
    [[nodiscard]] core::MeetingEntry entry();
    void setReadOnly(bool readOnly);

    [[nodiscard]] EntryTable* attendees() const { return m_attendees; }
    [[nodiscard]] EntryTable* agenda() const { return m_agenda; }
    [[nodiscard]] EntryTable* actions() const { return m_actions; }
    [[nodiscard]] QComboBox* series() const { return m_series; }

signals:
    void edited();

private:
    QWidget* buildHeader();
    QWidget* buildReviews();
    void fillAttendees(const core::MinutesDetails& details);
    void fillAgenda(const core::MinutesDetails& details);
    void fillActions(const core::MeetingRecord& record);
    void refreshAgendaChoices();
    void attendeeNamed(int row);
    // Reading back (minutesrecord.cpp); each throws core::Error naming the row at fault.
    void readHeader(core::MeetingEntry& entry) const;
    void readAttendees(core::MeetingEntry& entry) const;
    [[nodiscard]] QStringList readAgenda(core::MinutesDetails& details) const; // the agenda ids kept
    void readActions(const QStringList& agendaIds, core::MeetingEntry& entry) const;
    [[nodiscard]] QStringList personNames() const;
    [[nodiscard]] QStringList organisationNames() const;
    [[nodiscard]] QString personName(const std::optional<std::string>& id) const;

    Session& m_session;
    const Preferences& m_preferences;
    QString m_noteId;
    bool m_loading = false;

    QComboBox* m_series = nullptr;
    QSpinBox* m_number = nullptr;
    QLineEdit* m_start = nullptr;
    QLineEdit* m_end = nullptr;
    QLineEdit* m_venue = nullptr;
    QComboBox* m_venuePlace = nullptr;
    QLineEdit* m_chair = nullptr;
    QLineEdit* m_recorder = nullptr;
    QLineEdit* m_approver = nullptr;
    EntryTable* m_attendees = nullptr;
    EntryTable* m_agenda = nullptr;
    EntryTable* m_actions = nullptr;
    QList<QPlainTextEdit*> m_reviews; // BAR goal, results, risks; AAR expected, happened, why, next
};

} // namespace banthuek::ui
