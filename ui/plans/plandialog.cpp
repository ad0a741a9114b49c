// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plans/plandialog.h"

#include "core/summary/period.h"
#include "ui/places/placesfield.h"
#include "ui/plans/plancsvfiles.h"
#include "ui/plans/plandetails.h"
#include "ui/plans/planformat.h"
#include "ui/plans/planitemstable.h"
#include "ui/plans/planproblems.h"
#include "ui/plans/surveypanel.h"
#include "ui/preferences/preferences.h"
#include "ui/session/session.h"
#include "ui/widgets/chipsfield.h"
#include "ui/widgets/confirm.h"
#include "ui/widgets/entrytable.h"
#include "ui/widgets/screenfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace banthuek::ui {
using namespace plans;

PlanDialog::PlanDialog(Session& session, const Preferences& preferences, QWidget* parent)
    : QDialog(parent), m_session(session), m_preferences(preferences),
      m_place(makePlacesField(session, this)), m_find(new QLineEdit(this)), m_plan(new QComboBox(this)),
      m_details(new PlanDetails(preferences, this)), m_tabs(new QTabWidget(this)),
      m_items(new PlanItemsTable(session, preferences, this)), m_problems(makeProblemsTable(session, this)),
      m_survey(new SurveyPanel(session, preferences.era, this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(tr("Community master plan"));
    m_place->setCreator({});
    m_place->setObjectName(QStringLiteral("planCommunity"));
    connect(m_items, &PlanItemsTable::edited, this, [this] { m_edited = m_edited || !m_loading; });
    connect(m_items, &PlanItemsTable::noteChosen, this, &PlanDialog::noteChosen);
    for (EntryTable* table : {m_problems, m_survey->occupations()}) {
        connect(table, &EntryTable::edited, this, [this] { m_edited = m_edited || !m_loading; });
    }
    connect(m_survey, &SurveyPanel::edited, this, [this] { m_edited = m_edited || !m_loading; });

    auto* head = new QFormLayout();
    auto* communityRow = new QHBoxLayout();
    communityRow->addWidget(m_place, 1);
    m_find->setObjectName(QStringLiteral("planFind"));
    m_find->setPlaceholderText(tr("Find a plan item in any community…"));
    m_find->setClearButtonEnabled(true);
    communityRow->addWidget(m_find, 1);
    head->addRow(tr("Community"), communityRow);
    auto* planRow = new QHBoxLayout();
    planRow->addWidget(m_plan, 1);
    auto* newPlan = new QPushButton(tr("New plan…"), this);
    planRow->addWidget(newPlan);
    head->addRow(tr("Plan"), planRow);
    head->addRow(tr("Period, status, forum"), m_details);

    auto* itemsScroll = new QScrollArea(this);
    itemsScroll->setWidgetResizable(true);
    itemsScroll->setWidget(m_items);
    m_tabs->addTab(itemsScroll, tr("Plan items"));
    m_tabs->addTab(m_problems, tr("Problems"));
    auto* surveyScroll = new QScrollArea(this);
    surveyScroll->setWidgetResizable(true);
    surveyScroll->setWidget(m_survey);
    m_tabs->addTab(surveyScroll, tr("Household survey"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    QPushButton* importButton = buttons->addButton(tr("Import CSV…"), QDialogButtonBox::ActionRole);
    QPushButton* exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    for (QAbstractButton* button : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            push->setAutoDefault(false); // Enter belongs to the tables
        }
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_tabs, 1);
    m_status->setObjectName(QStringLiteral("planStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] { save(); });
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, [this] { save(); });
    connect(m_place, &ChipsField::changed, this, [this] {
        const QStringList keys = m_place->keys();
        setCommunity(keys.isEmpty() ? QString() : keys.last());
    });
    connect(m_plan, &QComboBox::currentIndexChanged, this, [this] {
        if (!keepTyping()) {
            const QSignalBlocker blocker(m_plan);
            m_plan->setCurrentIndex(m_plan->findData(fromStd(m_shownPlan)));
            return;
        }
        loadPlan();
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        const auto found = findItems(m_find->text());
        if (found.empty()) {
            m_status->setText(tr("No plan item holds \"%1\".").arg(m_find->text()));
            return;
        }
        QMenu menu(this);
        for (const core::PlanItem& item : found) {
            const auto plan = m_session.read([&] { return m_session.notebook().plans().plan(item.planId); });
            const QString where = plan ? m_session.placeName(fromStd(plan->communityCode)) +
                                             QStringLiteral(" · ") + fromStd(plan->title) +
                                             QStringLiteral(" · ")
                                       : QString();
            menu.addAction(where + fromStd(item.title), this,
                           [this, id = fromStd(item.id)] { showItem(id); });
        }
        menu.exec(m_find->mapToGlobal(QPoint(0, m_find->height())));
    });
    connect(m_survey, &SurveyPanel::yearChosen, this, [this] {
        if (!keepTyping()) {
            m_survey->keepShownYear();
            return;
        }
        loadSurvey();
    });
    connect(newPlan, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString title = QInputDialog::getText(this, tr("New plan"), tr("Title of the plan:"),
                                                    QLineEdit::Normal, tr("Community master plan"), &ok);
        const int start = core::fiscalYearOf(core::today()).year;
        if (ok && !title.trimmed().isEmpty()) {
            addPlan(title, start, start + 2);
        }
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import plan items or surveys"), {}, tr("CSV (*.csv)"));
        if (!path.isEmpty()) {
            importCsv(path, [this](const QString& preview) {
                return QMessageBox::question(this, tr("Import CSV"), preview) == QMessageBox::Yes;
            });
        }
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export plan items"), tr("plan-%1.csv").arg(m_community), tr("CSV (*.csv)"));
        if (!path.isEmpty()) {
            exportCsv(path);
        }
    });
    connect(m_details, &PlanDetails::edited, this, [this] { m_edited = true; });
    sizeToScreen(this, {1200, 780});
    setCommunity({});
    m_place->input()->setFocus(); // the first thing to choose
}

void PlanDialog::reject()
{
    if (m_edited && !save() &&
        !confirm(this, tr("Community master plan"),
                 tr("What you typed could not be saved (%1). Close and lose it?").arg(m_status->text()))) {
        return; // the typing stays, with the reason shown
    }
    QDialog::reject();
}

PlanDialog::~PlanDialog()
{
    // The tables and fields signal as they are taken down; this dialog is no longer there to hear.
    for (QObject* child : findChildren<QObject*>()) {
        child->blockSignals(true);
    }
}

QString PlanDialog::planId() const
{
    return m_plan->currentData().toString();
}

bool PlanDialog::keepTyping()
{
    if (!m_edited || save()) {
        return true;
    }
    if (confirm(this, tr("Community master plan"),
                tr("What you typed could not be saved (%1). Go on and lose it?").arg(m_status->text()))) {
        m_edited = false;
        return true;
    }
    return false;
}

void PlanDialog::setCommunity(const QString& code)
{
    if (code != m_community && !keepTyping()) {
        const QSignalBlocker blocker(m_place);
        m_place->setChips(placeChips(m_session, {m_community.toStdString()}));
        return;
    }
    m_community = code;
    if (!code.isEmpty() && m_place->keys() != QStringList{code}) {
        const QSignalBlocker blocker(m_place);
        m_place->setChips(placeChips(m_session, {code.toStdString()}));
    }
    const bool chosen = !code.isEmpty();
    m_tabs->setEnabled(chosen);
    m_plan->setEnabled(chosen);
    loadPlans();
    loadSurvey();
}

void PlanDialog::loadPlans()
{
    const QSignalBlocker blocker(m_plan);
    m_plan->clear();
    if (!m_community.isEmpty()) {
        for (const core::Plan& plan :
             m_session.read([&] { return m_session.notebook().plans().plans(str(m_community)); })
                 .value_or(std::vector<core::Plan>{})) {
            m_plan->addItem(fromStd(plan.title), fromStd(plan.id));
        }
    }
    loadPlan();
}

namespace {

// Marks the dialog as filling its own tables while alive, and what they show as not typed after.
struct Loading
{
    bool& loading;
    bool& edited;
    explicit Loading(bool& l, bool& e) : loading(l), edited(e) { loading = true; }
    ~Loading()
    {
        loading = false;
        edited = false;
    }
};

} // namespace

void PlanDialog::loadPlan()
{
    const Loading loading(m_loading, m_edited);
    m_items->clear();
    m_problems->clearRows();
    const std::string id = str(planId());
    m_shownPlan = id;
    m_items->setEnabled(!id.empty());
    m_problems->setEnabled(!id.empty());
    if (id.empty()) {
        m_details->showPlan(std::nullopt);
        m_status->setText(m_community.isEmpty()
                              ? tr("Choose a village or subdistrict.")
                              : tr("This community has no plan yet: New plan… or Import CSV…"));
        return;
    }
    const core::Notebook& notebook = m_session.notebook();
    const auto plan = m_session.read([&] { return notebook.plans().plan(id); });
    if (!plan) {
        return;
    }
    m_details->showPlan(plan);
    m_items->load(
        m_session.read([&] { return notebook.plans().items(id); }).value_or(std::vector<core::PlanItem>{}));
    showProblems(
        *m_problems, m_session,
        m_session.read([&] { return notebook.plans().problems(id); }).value_or(std::vector<core::Problem>{}));
    m_status->clear();
}

void PlanDialog::loadSurvey()
{
    const Loading loading(m_loading, m_edited);
    m_survey->load(m_community);
}

bool PlanDialog::addPlan(const QString& title, int firstYear, int lastYear)
{
    core::Plan plan;
    plan.communityCode = str(m_community);
    plan.title = str(title);
    plan.firstYear = firstYear;
    plan.lastYear = lastYear;
    const auto added = m_session.savePlan(plan);
    if (!added) {
        return false;
    }
    loadPlans();
    m_plan->setCurrentIndex(m_plan->findData(fromStd(added->id)));
    return true;
}

bool PlanDialog::save()
{
    m_items->table()->commitOpenEditor();
    m_problems->commitOpenEditor();
    const std::string id = m_shownPlan; // what the table holds, even while another is being chosen
    const core::Notebook& notebook = m_session.notebook();
    // Read every cell first: a cell that cannot be saved stops the save with all its reasons.
    QStringList problems;
    std::vector<core::TypedPlanItem> typed =
        id.empty() ? std::vector<core::TypedPlanItem>{} : m_items->typedItems(id, problems);
    std::optional<core::Survey> survey = m_survey->typedSurvey(m_community, problems);
    if (!problems.isEmpty()) {
        m_status->setText(tr("Not saved: %1").arg(problems.join(QStringLiteral("; "))));
        return false;
    }
    core::PlanEdits edits;
    if (!id.empty()) {
        auto stored = m_session.read([&] { return notebook.plans().plan(id); });
        if (!stored) {
            return false; // the reason is on the status bar
        }
        edits.plan = m_details->applied(std::move(*stored));
        edits.items = std::move(typed);
        edits.shown = m_items->shown();
        edits.problems = typedProblems(*m_problems);
    }
    edits.survey = std::move(survey);
    const bool saved = m_session.savePlanEdits(edits);
    if (!saved) {
        m_status->setText(tr("Not saved: the notebook refused the change (see the message)."));
        return false;
    }
    loadPlan();
    loadSurvey();
    m_status->setText(tr("Saved."));
    return true;
}

bool PlanDialog::importCsv(const QString& path, const std::function<bool(const QString&)>& confirm)
{
    const PlanFileResult result = importPlanFile(m_session, path, confirm);
    if (result.done) {
        loadPlans();
        loadSurvey();
    }
    if (!result.message.isEmpty()) {
        m_status->setText(result.message);
    }
    return result.done;
}

std::vector<core::PlanItem> PlanDialog::findItems(const QString& words) const
{
    return m_session.read([&] { return m_session.notebook().plans().search(str(words)); })
        .value_or(std::vector<core::PlanItem>{});
}

bool PlanDialog::showItem(const QString& itemId)
{
    const core::Notebook& notebook = m_session.notebook();
    const auto plan =
        m_session.read([&] { return notebook.plans().plan(notebook.plans().item(str(itemId)).planId); });
    if (!plan) {
        return false;
    }
    setCommunity(fromStd(plan->communityCode));
    m_plan->setCurrentIndex(m_plan->findData(fromStd(plan->id)));
    if (!m_items->selectItem(itemId)) {
        return false;
    }
    m_tabs->setCurrentIndex(0);
    return true;
}

bool PlanDialog::exportCsv(const QString& path)
{
    const PlanFileResult result =
        exportPlanFile(m_session, m_community, m_preferences.dateStyle().language, path);
    if (!result.message.isEmpty()) {
        m_status->setText(result.message);
    }
    return result.done;
}

} // namespace banthuek::ui
