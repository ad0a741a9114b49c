// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/minutes/minutespanel.h"

#include "core/error.h"
#include "core/notebook/notebook.h"
#include "core/storage/ids.h"
#include "ui/minutes/minutescells.h"
#include "ui/preferences/preferences.h"
#include "ui/session/session.h"
#include "ui/widgets/entrydelegate.h"
#include "ui/widgets/entrytable.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace banthuek::ui {
using namespace minutes;

namespace {

QLineEdit* nameEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

MinutesPanel::MinutesPanel(Session& session, const Preferences& preferences, QWidget* parent)
    : QWidget(parent), m_session(session), m_preferences(preferences)
{
    setObjectName(QStringLiteral("minutesPanel"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(buildHeader());

    const auto heading = [page](const QString& text, const QString& hint) {
        auto* label = new QLabel(QStringLiteral("<b>%1</b> <span style='color:gray'>%2</span>")
                                     .arg(text.toHtmlEscaped(), hint.toHtmlEscaped()),
                                 page);
        return label;
    };
    const QString enterHint = tr("Enter: next row · Ctrl+Delete: remove row");
    m_attendees =
        new EntryTable({tr("Name"), tr("Organisation"), tr("Attendance"), tr("Reason if absent")}, page);
    m_attendees->setObjectName(QStringLiteral("attendeesTable"));
    m_attendees->entryDelegate()->setCompletion(AttendeeName, [this] { return personNames(); });
    m_attendees->entryDelegate()->setCompletion(AttendeeOrganisation, [this] { return organisationNames(); });
    m_attendees->entryDelegate()->setChoices(AttendeeAttendance, {{tr("Present"), QStringLiteral("present")},
                                                                  {tr("Absent"), QStringLiteral("absent")},
                                                                  {tr("Guest"), QStringLiteral("guest")}});
    m_attendees->horizontalHeader()->setSectionResizeMode(AttendeeName, QHeaderView::Stretch);
    m_attendees->horizontalHeader()->setSectionResizeMode(AttendeeReason, QHeaderView::Stretch);
    connect(m_attendees, &EntryTable::rowAdded, this, [this](int row) {
        m_attendees->setCell(row, AttendeeAttendance, tr("Present"), QStringLiteral("present"));
        m_attendees->item(row, AttendeeAttendance)->setData(EntryDelegate::DefaultRole, true);
    });
    connect(m_attendees, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_loading && item->column() == AttendeeName) {
            attendeeNamed(item->row());
        }
    });

    m_agenda = new EntryTable({tr("Agenda item"), tr("Discussion"), tr("Resolution")}, page);
    m_agenda->setObjectName(QStringLiteral("agendaTable"));
    m_agenda->entryDelegate()->setMultiLine(AgendaDiscussion);
    m_agenda->entryDelegate()->setMultiLine(AgendaResolution);
    for (int column : {AgendaTitle, AgendaDiscussion, AgendaResolution}) {
        m_agenda->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    // An agenda item has its id from the start, so action items can name it before a save.
    connect(m_agenda, &EntryTable::rowAdded, this, [this](int row) {
        m_agenda->item(row, AgendaTitle)->setData(Qt::UserRole, fromStd(core::newUuid()));
    });
    connect(m_agenda, &EntryTable::edited, this, &MinutesPanel::refreshAgendaChoices);

    m_actions = new EntryTable(
        {tr("Action"), tr("Owner"), tr("Due"), tr("Status"), tr("Done on"), tr("Agenda item"), tr("Meeting")},
        page);
    m_actions->setObjectName(QStringLiteral("actionItemsTable"));
    m_actions->entryDelegate()->setCompletion(ActionOwner,
                                              [this] { return personNames() + organisationNames(); });
    const auto date = [this](const core::CivilDate& day) { return m_preferences.formatDate(day); };
    m_actions->entryDelegate()->setDates(ActionDue, date);
    m_actions->entryDelegate()->setDates(ActionDone, date);
    m_actions->entryDelegate()->setChoices(ActionStatus, {{tr("Open"), QStringLiteral("open")},
                                                          {tr("Done"), QStringLiteral("done")},
                                                          {tr("Dropped"), QStringLiteral("dropped")}});
    m_actions->horizontalHeader()->setSectionResizeMode(ActionText, QHeaderView::Stretch);
    connect(m_actions, &EntryTable::rowAdded, this, [this](int row) {
        m_actions->item(row, ActionText)->setData(Qt::UserRole, fromStd(core::newUuid()));
        m_actions->setCell(row, ActionStatus, tr("Open"), QStringLiteral("open"));
        m_actions->item(row, ActionStatus)->setData(EntryDelegate::DefaultRole, true);
        m_actions->setCell(row, ActionMeeting, tr("this meeting"), m_noteId);
        m_actions->item(row, ActionMeeting)->setData(EntryDelegate::DefaultRole, true);
        m_actions->setCellReadOnly(row, ActionMeeting, true);
    });

    layout->addWidget(heading(tr("Attendees"), enterHint));
    layout->addWidget(m_attendees);
    layout->addWidget(heading(tr("Agenda"), tr("Shift+Enter: new line in a cell")));
    layout->addWidget(m_agenda);
    layout->addWidget(heading(tr("Action items"), tr("Due dates: 2569-11-30 (B.E.) or 2026-11-30")));
    layout->addWidget(m_actions);
    layout->addWidget(buildReviews());
    layout->addStretch(1);
    scroll->setWidget(page);
    outer->addWidget(scroll);

    for (EntryTable* table : {m_attendees, m_agenda, m_actions}) {
        connect(table, &EntryTable::edited, this, [this] {
            if (!m_loading) {
                emit edited();
            }
        });
    }
}

QWidget* MinutesPanel::buildHeader()
{
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_series = new QComboBox(box);
    m_series->setObjectName(QStringLiteral("seriesCombo"));
    m_series->setEditable(true);
    m_series->setInsertPolicy(QComboBox::NoInsert);
    m_series->lineEdit()->setPlaceholderText(tr("e.g. วงคุณเอื้อ ประจำเดือน"));
    m_number = new QSpinBox(box);
    m_number->setObjectName(QStringLiteral("meetingNumber"));
    m_number->setRange(0, 9999);
    m_number->setSpecialValueText(tr("—"));
    auto* seriesRow = new QHBoxLayout();
    seriesRow->addWidget(m_series, 1);
    seriesRow->addWidget(new QLabel(tr("No."), box));
    seriesRow->addWidget(m_number);
    form->addRow(tr("Meeting series:"), seriesRow);

    m_start = new QLineEdit(box);
    m_start->setObjectName(QStringLiteral("startTime"));
    m_end = new QLineEdit(box);
    m_end->setObjectName(QStringLiteral("endTime"));
    for (QLineEdit* time : {m_start, m_end}) {
        time->setPlaceholderText(tr("09:30"));
        time->setMaximumWidth(90);
    }
    auto* times = new QHBoxLayout();
    times->addWidget(m_start);
    times->addWidget(new QLabel(tr("to"), box));
    times->addWidget(m_end);
    times->addStretch(1);
    form->addRow(tr("Time:"), times);

    m_venue = new QLineEdit(box);
    m_venue->setObjectName(QStringLiteral("venueEdit"));
    m_venuePlace = new QComboBox(box);
    m_venuePlace->setObjectName(QStringLiteral("venuePlace"));
    auto* venue = new QHBoxLayout();
    venue->addWidget(m_venue, 2);
    venue->addWidget(m_venuePlace, 1);
    form->addRow(tr("Venue:"), venue);

    m_chair = nameEdit(box, QStringLiteral("chairEdit"));
    m_recorder = nameEdit(box, QStringLiteral("recorderEdit"));
    m_approver = nameEdit(box, QStringLiteral("approverEdit"));
    auto* roles = new QHBoxLayout();
    roles->addWidget(new QLabel(tr("Chair"), box));
    roles->addWidget(m_chair, 1);
    roles->addWidget(new QLabel(tr("Recorder"), box));
    roles->addWidget(m_recorder, 1);
    roles->addWidget(new QLabel(tr("Approved by"), box));
    roles->addWidget(m_approver, 1);
    form->addRow(tr("People:"), roles);

    const auto changed = [this] {
        if (!m_loading) {
            emit edited();
        }
    };
    connect(m_series, &QComboBox::currentTextChanged, this, changed);
    connect(m_number, &QSpinBox::valueChanged, this, changed);
    connect(m_venuePlace, &QComboBox::currentIndexChanged, this, changed);
    for (QLineEdit* edit : {m_start, m_end, m_venue, m_chair, m_recorder, m_approver}) {
        connect(edit, &QLineEdit::textEdited, this, changed);
    }
    return box;
}

QWidget* MinutesPanel::buildReviews()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    const auto addGroup = [&](const QString& title, const QStringList& questions) {
        auto* group = new QGroupBox(title, box);
        auto* form = new QFormLayout(group);
        form->setRowWrapPolicy(QFormLayout::WrapAllRows);
        for (const QString& question : questions) {
            auto* text = new QPlainTextEdit(group);
            text->setTabChangesFocus(true);
            text->setFixedHeight(text->fontMetrics().lineSpacing() * 3 + 12);
            connect(text, &QPlainTextEdit::textChanged, this, [this] {
                if (!m_loading) {
                    emit edited();
                }
            });
            form->addRow(question, text);
            m_reviews.append(text);
        }
        row->addWidget(group, 1);
    };
    addGroup(tr("Before Action Review (BAR)"), {tr("Goal"), tr("Expected results"), tr("Risks")});
    addGroup(tr("After Action Review (AAR)"), {tr("What we expected"), tr("What happened"),
                                               tr("Why they differ"), tr("What we will do next")});
    return box;
}

QStringList MinutesPanel::personNames() const
{
    return m_session.personNames();
}

QStringList MinutesPanel::organisationNames() const
{
    QStringList names;
    for (const core::Organisation& organisation :
         m_session.read([&] { return m_session.notebook().organisations().list(); })
             .value_or(std::vector<core::Organisation>{})) {
        names.append(organisationLabel(organisation));
    }
    return names;
}

QString MinutesPanel::personName(const std::optional<std::string>& id) const
{
    if (!id) {
        return {};
    }
    const auto person = m_session.read([&] { return m_session.notebook().people().get(*id); });
    return person ? fromStd(person->name) : QString();
}

void MinutesPanel::load(const QString& noteId, const std::vector<std::string>& placeCodes)
{
    m_loading = true;
    m_noteId = noteId;
    const auto record =
        m_session.read([&] { return m_session.notebook().minutes().record(noteId.toStdString()); })
            .value_or(core::MeetingRecord{});
    const core::MinutesDetails& details = record.details;
    m_series->clear();
    m_series->addItem(QString(), QString());
    for (const core::MeetingSeries& series :
         m_session.read([&] { return m_session.notebook().minutes().series(); })
             .value_or(std::vector<core::MeetingSeries>{})) {
        m_series->addItem(fromStd(series.name), fromStd(series.id));
    }
    m_series->setCurrentIndex(std::max(0, m_series->findData(fromStd(details.seriesId.value_or("")))));
    m_number->setValue(details.number.value_or(0));
    m_start->setText(fromStd(details.startTime));
    m_end->setText(fromStd(details.endTime));
    m_venue->setText(fromStd(details.venue));
    m_venuePlace->clear();
    m_venuePlace->addItem(tr("(no place)"), QString());
    std::vector<std::string> places = placeCodes;
    if (details.venuePlace && std::find(places.begin(), places.end(), *details.venuePlace) == places.end()) {
        places.push_back(*details.venuePlace);
    }
    for (const std::string& code : places) {
        m_venuePlace->addItem(m_session.placeName(fromStd(code)), fromStd(code));
    }
    m_venuePlace->setCurrentIndex(
        std::max(0, m_venuePlace->findData(fromStd(details.venuePlace.value_or("")))));
    const std::pair<QLineEdit*, const std::optional<std::string>*> roles[] = {
        {m_chair, &details.chairId}, {m_recorder, &details.recorderId}, {m_approver, &details.approverId}};
    for (const auto& [edit, id] : roles) {
        edit->setText(personName(*id));
        edit->setProperty("personId", fromStd(id->value_or("")));
        edit->setProperty("loadedName", edit->text());
        auto* completer = new QCompleter(personNames(), edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        delete edit->completer();
        edit->setCompleter(completer);
    }
    const std::string* texts[] = {&details.barGoal,     &details.barResults,  &details.barRisks,
                                  &details.aarExpected, &details.aarHappened, &details.aarWhy,
                                  &details.aarNext};
    for (qsizetype i = 0; i < m_reviews.size(); ++i) {
        m_reviews[i]->setPlainText(fromStd(*texts[i]));
    }
    fillAttendees(details);
    fillAgenda(details);
    fillActions(record);
    m_loading = false;
}

void MinutesPanel::fillAttendees(const core::MinutesDetails& details)
{
    m_attendees->clearRows();
    for (const core::Attendee& attendee : details.attendees) {
        const auto person =
            m_session.read([&] { return m_session.notebook().people().get(attendee.personId); });
        if (!person) {
            continue;
        }
        const int row = m_attendees->appendRow();
        m_attendees->setCell(row, AttendeeName, fromStd(person->name), fromStd(person->id));
        m_attendees->item(row, AttendeeName)->setData(LoadedTextRole, fromStd(person->name));
        if (person->organisationId) {
            const auto organisation = m_session.read(
                [&] { return m_session.notebook().organisations().get(*person->organisationId); });
            if (organisation) {
                m_attendees->setCell(row, AttendeeOrganisation, organisationLabel(*organisation));
            }
        }
        const QString code = fromStd(std::string(core::attendanceName(attendee.attendance)));
        m_attendees->setCell(row, AttendeeAttendance,
                             m_attendees->entryDelegate()->labelOf(AttendeeAttendance, code), code);
        m_attendees->setCell(row, AttendeeReason, fromStd(attendee.reason));
    }
    m_attendees->resizeRowsToContents();
    m_attendees->fitHeight();
}

void MinutesPanel::fillAgenda(const core::MinutesDetails& details)
{
    m_agenda->clearRows();
    for (const core::AgendaItem& item : details.agenda) {
        const int row = m_agenda->appendRow();
        m_agenda->setCell(row, AgendaTitle, fromStd(item.title), fromStd(item.id));
        QStringList followUps;
        for (const std::string& id : item.followUpActionIds) {
            followUps.append(fromStd(id));
        }
        m_agenda->item(row, AgendaTitle)->setData(FollowUpsRole, followUps);
        m_agenda->setCell(row, AgendaDiscussion, fromStd(item.discussion));
        m_agenda->setCell(row, AgendaResolution, fromStd(item.resolution));
    }
    m_agenda->resizeRowsToContents();
    m_agenda->fitHeight();
}

void MinutesPanel::fillActions(const core::MeetingRecord& record)
{
    m_actions->clearRows();
    const core::Notebook& notebook = m_session.notebook();
    for (const core::ActionItem& item : record.actions) {
        const int row = m_actions->appendRow();
        m_actions->setCell(row, ActionText, fromStd(item.text), fromStd(item.id));
        QString owner;
        QString ownerKey;
        if (item.ownerPersonId) {
            owner = personName(item.ownerPersonId);
            ownerKey = kPerson + fromStd(*item.ownerPersonId);
        } else if (item.ownerOrganisationId) {
            const auto organisation =
                m_session.read([&] { return notebook.organisations().get(*item.ownerOrganisationId); });
            owner = organisation ? organisationLabel(*organisation) : QString();
            ownerKey = kOrganisation + fromStd(*item.ownerOrganisationId);
        }
        m_actions->setCell(row, ActionOwner, owner, ownerKey);
        m_actions->item(row, ActionOwner)->setData(LoadedTextRole, owner);
        m_actions->setCell(row, ActionDue, item.due ? m_preferences.formatDate(item.due) : QString(),
                           item.due ? fromStd(item.due->iso()) : QVariant());
        const QString status = fromStd(std::string(core::actionStatusName(item.status)));
        m_actions->setCell(row, ActionStatus, m_actions->entryDelegate()->labelOf(ActionStatus, status),
                           status);
        m_actions->setCell(row, ActionDone,
                           item.doneDate ? m_preferences.formatDate(item.doneDate) : QString(),
                           item.doneDate ? fromStd(item.doneDate->iso()) : QVariant());
        m_actions->setCell(row, ActionAgenda, QString(), fromStd(item.agendaItemId.value_or("")));
        m_actions->item(row, ActionText)->setData(LoadedTextRole, fromStd(item.followUpNoteId.value_or("")));
        const bool carried = item.noteId != m_noteId.toStdString();
        QString meeting = tr("this meeting");
        if (carried) {
            const auto note = m_session.read([&] { return notebook.notes().get(item.noteId); });
            meeting = note ? fromStd(note->content.title) : QString();
            // A followed-up item shows under the agenda item that brought it back.
            for (int agendaRow = 0; agendaRow < m_agenda->rowCount(); ++agendaRow) {
                if (m_agenda->item(agendaRow, AgendaTitle)
                        ->data(FollowUpsRole)
                        .toStringList()
                        .contains(fromStd(item.id))) {
                    m_actions->setCell(row, ActionAgenda, QString(), m_agenda->value(agendaRow, AgendaTitle));
                }
            }
        }
        m_actions->setCell(row, ActionMeeting, meeting, fromStd(item.noteId));
        m_actions->setCellReadOnly(row, ActionMeeting, true);
        m_actions->setCellReadOnly(row, ActionAgenda, carried);
    }
    refreshAgendaChoices();
    m_actions->resizeRowsToContents();
    m_actions->fitHeight();
}

void MinutesPanel::refreshAgendaChoices()
{
    QList<EntryDelegate::Choice> choices{{tr("—"), QString()}};
    for (int row = 0; row < m_agenda->rowCount(); ++row) {
        if (!m_agenda->text(row, AgendaTitle).isEmpty()) {
            choices.append({m_agenda->text(row, AgendaTitle), m_agenda->value(row, AgendaTitle).toString()});
        }
    }
    m_actions->entryDelegate()->setChoices(ActionAgenda, choices);
    const bool loading = m_loading;
    m_loading = true; // relabelling is not an edit
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        const QString id = m_actions->value(row, ActionAgenda).toString();
        const bool readOnly = !(m_actions->item(row, ActionAgenda)->flags() & Qt::ItemIsEditable);
        m_actions->setCell(row, ActionAgenda,
                           id.isEmpty() ? QString() : m_actions->entryDelegate()->labelOf(ActionAgenda, id),
                           id);
        m_actions->setCellReadOnly(row, ActionAgenda, readOnly);
    }
    m_loading = loading;
}

void MinutesPanel::attendeeNamed(int row)
{
    // A known person's organisation fills in by itself.
    const QString name = m_attendees->text(row, AttendeeName);
    if (name.isEmpty() || !m_attendees->text(row, AttendeeOrganisation).isEmpty()) {
        return;
    }
    const auto found =
        m_session.read([&] { return m_session.notebook().people().findByName(name.toStdString()); });
    if (!found || found->empty() || !found->front().organisationId) {
        return;
    }
    const auto organisation = m_session.read(
        [&] { return m_session.notebook().organisations().get(*found->front().organisationId); });
    if (organisation) {
        m_attendees->setCell(row, AttendeeOrganisation, organisationLabel(*organisation));
    }
}

void MinutesPanel::setReadOnly(bool readOnly)
{
    for (QWidget* field : std::initializer_list<QWidget*>{m_series, m_number, m_start, m_end, m_venue,
                                                          m_venuePlace, m_chair, m_recorder, m_approver}) {
        field->setEnabled(!readOnly);
    }
    for (EntryTable* table : {m_attendees, m_agenda, m_actions}) {
        table->setEditTriggers(readOnly
                                   ? QAbstractItemView::NoEditTriggers
                                   : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                         QAbstractItemView::AnyKeyPressed);
    }
    for (QPlainTextEdit* text : m_reviews) {
        text->setReadOnly(readOnly);
    }
}

} // namespace banthuek::ui
