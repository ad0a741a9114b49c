// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/minutes/actionsdialog.h"

#include "core/notebook/notebook.h"
#include "ui/preferences/preferences.h"
#include "ui/session/session.h"
#include "ui/widgets/screenfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace banthuek::ui {
namespace {

enum Column { Done, Due, Owner, Action, Meeting, Series, ColumnCount };

const QString kPerson = QStringLiteral("person:");
const QString kOrganisation = QStringLiteral("organisation:");

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

ActionsDialog::ActionsDialog(Session& session, const Preferences& preferences,
                             std::function<void(const QString& noteId)> openMeeting, QWidget* parent)
    : QDialog(parent), m_session(session), m_preferences(preferences), m_openMeeting(std::move(openMeeting)),
      m_owner(new QComboBox(this)), m_status(new QComboBox(this)), m_series(new QComboBox(this)),
      m_place(new QComboBox(this)), m_theme(new QComboBox(this)),
      m_overdue(new QCheckBox(tr("Overdue only"), this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("actionsDialog"));
    setWindowTitle(tr("Action items"));
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout();
    filters->addWidget(new QLabel(tr("Owner"), this));
    filters->addWidget(m_owner, 1);
    filters->addWidget(new QLabel(tr("Status"), this));
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("Meeting series"), this));
    filters->addWidget(m_series, 1);
    filters->addWidget(m_overdue);
    layout->addLayout(filters);
    // The meetings' places and themes: what a team lead asks about a district or an issue.
    auto* about = new QHBoxLayout();
    about->addWidget(new QLabel(tr("Place"), this));
    about->addWidget(m_place, 1);
    about->addWidget(new QLabel(tr("Theme"), this));
    about->addWidget(m_theme, 1);
    layout->addLayout(about);
    m_place->setObjectName(QStringLiteral("actionsPlace"));
    m_theme->setObjectName(QStringLiteral("actionsTheme"));
    for (QComboBox* combo : {m_place, m_theme}) {
        combo->setEditable(true); // type part of a name to find it among many
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    }
    m_status->addItem(tr("Open"), QStringLiteral("open"));
    m_status->addItem(tr("Done"), QStringLiteral("done"));
    m_status->addItem(tr("Dropped"), QStringLiteral("dropped"));
    m_status->addItem(tr("All"), QString());
    m_table->setObjectName(QStringLiteral("actionsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Done"), tr("Due"), tr("Owner"), tr("Action"), tr("Meeting"), tr("Series")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Action, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    auto* bottom = new QHBoxLayout();
    bottom->addWidget(m_summary, 1);
    auto* close = new QPushButton(tr("Close"), this);
    bottom->addWidget(close);
    layout->addLayout(bottom);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    for (QComboBox* combo : {m_owner, m_status, m_series, m_place, m_theme}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ActionsDialog::reload);
    }
    connect(m_overdue, &QCheckBox::toggled, this, &ActionsDialog::reload);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling && item->column() == Done) {
            doneToggled(item->row(), item->checkState() == Qt::Checked);
        }
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column != Done && m_openMeeting && row < static_cast<int>(m_rows.size())) {
            m_openMeeting(fromStd(m_rows[static_cast<std::size_t>(row)].item.noteId));
        }
    });
    connect(&m_session, &Session::actionsChanged, this, &ActionsDialog::reload);
    connect(&m_session, &Session::notesChanged, this,
            &ActionsDialog::reload); // a meeting trashed or restored
    fillChoices();
    reload();
    sizeToScreen(this, {980, 560});
}

void ActionsDialog::fillChoices()
{
    m_filling = true;
    const core::Notebook& notebook = m_session.notebook();
    m_owner->addItem(tr("Everyone"), QString());
    for (const core::Person& person :
         m_session.read([&] { return notebook.people().list(); }).value_or(std::vector<core::Person>{})) {
        m_owner->addItem(fromStd(person.name), kPerson + fromStd(person.id));
    }
    for (const core::Organisation& organisation :
         m_session.read([&] { return notebook.organisations().list(); })
             .value_or(std::vector<core::Organisation>{})) {
        m_owner->addItem(fromStd(organisation.label()), kOrganisation + fromStd(organisation.id));
    }
    m_series->addItem(tr("All series"), QString());
    for (const core::MeetingSeries& series : m_session.read([&] { return notebook.minutes().series(); })
                                                 .value_or(std::vector<core::MeetingSeries>{})) {
        m_series->addItem(fromStd(series.name), fromStd(series.id));
    }
    m_place->addItem(tr("All places"), QString());
    for (const core::TagCount& place : m_session.read([&] { return notebook.notes().countsByPlace(); })
                                           .value_or(std::vector<core::TagCount>{})) {
        const QString code = fromStd(place.key);
        m_place->addItem(m_session.placeName(code), code);
    }
    m_theme->addItem(tr("All themes"), QString());
    for (const core::Theme& theme :
         m_session.read([&] { return notebook.themes().list(); }).value_or(std::vector<core::Theme>{})) {
        m_theme->addItem(fromStd(theme.nameTh), fromStd(theme.id));
    }
    m_filling = false;
}

void ActionsDialog::reload()
{
    if (m_filling) {
        return;
    }
    core::ActionFilter filter;
    const QString owner = m_owner->currentData().toString();
    if (owner.startsWith(kPerson)) {
        filter.ownerPersonId = owner.mid(kPerson.size()).toStdString();
    } else if (owner.startsWith(kOrganisation)) {
        filter.ownerOrganisationId = owner.mid(kOrganisation.size()).toStdString();
    }
    filter.status = core::parseActionStatus(m_status->currentData().toString().toStdString());
    if (const QString series = m_series->currentData().toString(); !series.isEmpty()) {
        filter.seriesId = series.toStdString();
    }
    if (const QString place = m_place->currentData().toString(); !place.isEmpty()) {
        filter.placeCode = place.toStdString();
    }
    if (const QString theme = m_theme->currentData().toString(); !theme.isEmpty()) {
        filter.themeId = theme.toStdString();
    }
    const core::CivilDate today = core::today();
    if (m_overdue->isChecked()) {
        filter.overdueOn = today;
    }
    m_rows = m_session.read([&] { return m_session.notebook().actions().list(filter, today); })
                 .value_or(std::vector<core::ActionRow>{});
    m_filling = true;
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    int overdue = 0;
    for (int row = 0; row < static_cast<int>(m_rows.size()); ++row) {
        const core::ActionRow& action = m_rows[static_cast<std::size_t>(row)];
        auto* done = new QTableWidgetItem();
        done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        done->setCheckState(action.item.status == core::ActionStatus::Done ? Qt::Checked : Qt::Unchecked);
        if (action.item.doneDate) {
            done->setToolTip(tr("Done %1").arg(m_preferences.formatDate(*action.item.doneDate)));
        }
        m_table->setItem(row, Done, done);
        QString due = action.item.due ? m_preferences.formatDate(*action.item.due) : QString();
        if (action.overdue) {
            due += QStringLiteral(" · ") + tr("overdue");
            ++overdue;
        }
        const QStringList cells{due, fromStd(action.owner), fromStd(action.item.text),
                                tr("%1 (no. %2)").arg(fromStd(action.meetingTitle)).arg(action.meetingRecord),
                                fromStd(action.seriesName)};
        for (int column = Due; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column - Due));
            if (action.overdue) {
                item->setBackground(QColor(0xf8, 0xd7, 0xda)); // the Trash banner's warning family
            }
            if (action.item.status == core::ActionStatus::Dropped) {
                item->setForeground(palette().placeholderText());
            }
            m_table->setItem(row, column, item);
        }
    }
    m_filling = false;
    m_table->resizeColumnToContents(Done);
    m_table->resizeColumnToContents(Due);
    m_table->resizeColumnToContents(Owner);
    m_table->resizeColumnToContents(Series);
    m_table->setColumnWidth(Meeting, 280); // titles are long: wrap them in a readable width
    m_table->resizeRowsToContents();
    m_summary->setText(tr("%1 action items · %2 overdue. Tick Done to mark one done today; double-click to "
                          "open its meeting.")
                           .arg(m_rows.size())
                           .arg(overdue));
}

void ActionsDialog::doneToggled(int row, bool done)
{
    if (row >= static_cast<int>(m_rows.size())) {
        return;
    }
    core::ActionItem item = m_rows[static_cast<std::size_t>(row)].item;
    item.status = done ? core::ActionStatus::Done : core::ActionStatus::Open;
    item.doneDate = done ? std::optional(core::today()) : std::nullopt;
    // Reloading from inside the table's own signal would delete the item being handled.
    QMetaObject::invokeMethod(
        this, [this, item] { (void)m_session.saveAction(item); }, Qt::QueuedConnection);
}

} // namespace banthuek::ui
