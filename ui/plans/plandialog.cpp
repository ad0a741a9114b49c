// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plans/plandialog.h"

#include "core/formats/plancsv.h"
#include "core/summary/period.h"
#include "ui/places/placesfield.h"
#include "ui/plans/plancharts.h"
#include "ui/preferences/preferences.h"
#include "ui/report/reportwriter.h"
#include "ui/session/session.h"
#include "ui/widgets/chipsfield.h"
#include "ui/widgets/confirm.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/entrydelegate.h"
#include "ui/widgets/entrytable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace banthuek::ui {
namespace {

constexpr std::int64_t kStalledMs = 90LL * 24 * 3600 * 1000; // approved or under way, unchanged for 90 days

enum ItemColumn {
    Title,
    Category,
    Status,
    Progress,
    Own,
    Requested,
    Approved,
    FiscalYear,
    Responsible,
    Partners,
    Theme,
    Tao,
    Notes
};

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}
std::string str(const QString& text)
{
    return text.trimmed().toStdString();
}

QString money(core::Satang amount)
{
    return amount == 0 ? QString() : fromStd(core::formatBaht(amount));
}

// The figures of a survey, by field name: what the form shows and the year before beside it.
const QList<QPair<QString, QString>>& surveyFields()
{
    static const QList<QPair<QString, QString>> fields = {
        {QStringLiteral("households"), PlanDialog::tr("Households")},
        {QStringLiteral("population"), PlanDialog::tr("Population")},
        {QStringLiteral("income"), PlanDialog::tr("Income per household (baht a year)")},
        {QStringLiteral("expenses"), PlanDialog::tr("Expenses per household")},
        {QStringLiteral("debt"), PlanDialog::tr("Debt per household")},
        {QStringLiteral("savings"), PlanDialog::tr("Savings per household")},
        {QStringLiteral("debt_bank"), PlanDialog::tr("Owed to banks")},
        {QStringLiteral("debt_baac"), PlanDialog::tr("Owed to BAAC (ธ.ก.ส.)")},
        {QStringLiteral("debt_village_fund"), PlanDialog::tr("Owed to the village fund")},
        {QStringLiteral("debt_savings_group"), PlanDialog::tr("Owed to savings groups")},
        {QStringLiteral("debt_cooperative"), PlanDialog::tr("Owed to cooperatives")},
        {QStringLiteral("debt_informal"), PlanDialog::tr("Owed to informal lenders")},
        {QStringLiteral("debt_other"), PlanDialog::tr("Owed to others")},
    };
    return fields;
}

std::optional<core::Satang> surveyValue(const core::Survey& survey, const QString& field)
{
    if (field == QStringLiteral("households"))
        return survey.households;
    if (field == QStringLiteral("population"))
        return survey.population;
    if (field == QStringLiteral("income"))
        return survey.income;
    if (field == QStringLiteral("expenses"))
        return survey.expenses;
    if (field == QStringLiteral("debt"))
        return survey.debt;
    if (field == QStringLiteral("savings"))
        return survey.savings;
    for (const auto& [creditor, amount] : survey.debtByCreditor) {
        if (field == QStringLiteral("debt_") + fromStd(std::string(core::creditorName(creditor)))) {
            return amount;
        }
    }
    return std::nullopt;
}

bool isCount(const QString& field)
{
    return field == QStringLiteral("households") || field == QStringLiteral("population");
}

QString surveyText(const std::optional<core::Satang>& value, bool count)
{
    if (!value) {
        return {};
    }
    return count ? QString::number(*value) : money(*value);
}

// A row's category and status, as their choice cells hold them (codes in Qt::UserRole).
void readChoices(const EntryTable& table, int row, core::PlanItem& item)
{
    for (const core::ItemCategory category : core::kItemCategories) {
        if (table.value(row, Category).toString() == fromStd(std::string(core::itemCategoryName(category)))) {
            item.category = category;
        }
    }
    for (const core::ItemStatus status : core::kItemStatuses) {
        if (table.value(row, Status).toString() == fromStd(std::string(core::itemStatusName(status)))) {
            item.status = status;
        }
    }
}

} // namespace

PlanDialog::PlanDialog(Session& session, const Preferences& preferences, QWidget* parent)
    : QDialog(parent), m_session(session), m_preferences(preferences),
      m_place(makePlacesField(session, this)), m_find(new QLineEdit(this)), m_plan(new QComboBox(this)),
      m_firstYear(new QSpinBox(this)), m_lastYear(new QSpinBox(this)), m_planStatus(new QComboBox(this)),
      m_approvedOn(
          new DateField([&preferences](const core::CivilDate& d) { return preferences.formatDate(d); },
                        preferences.era, this)),
      m_forum(new QLineEdit(this)), m_tabs(new QTabWidget(this)),
      m_items(new EntryTable({tr("Item"), tr("Category"), tr("Status"), tr("Progress %"), tr("Own budget"),
                              tr("Requested"), tr("Approved"), tr("Fiscal year"), tr("Responsible"),
                              tr("Partners"), tr("Theme"), tr("TAO plan reference"), tr("Notes")},
                             this)),
      m_totals(new QLabel(this)), m_charts(new PlanCharts(this)),
      m_problems(new EntryTable({tr("Problem (most pressing first)"), tr("Theme")}, this)),
      m_surveyYear(new QSpinBox(this)),
      m_occupations(new EntryTable({tr("Main occupation"), tr("Households")}, this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(tr("Community master plan"));
    m_place->setCreator({});
    m_place->setObjectName(QStringLiteral("planCommunity"));
    m_items->setObjectName(QStringLiteral("planItems"));
    m_problems->setObjectName(QStringLiteral("planProblems"));
    const bool buddhist = preferences.era == core::Era::Buddhist;
    for (QSpinBox* year : {m_firstYear, m_lastYear, m_surveyYear}) {
        year->setRange(shownYear(1950), shownYear(2150));
        year->setPrefix(buddhist ? tr("B.E. ") : QString());
    }
    for (const core::PlanStatus status :
         {core::PlanStatus::Draft, core::PlanStatus::Approved, core::PlanStatus::InProgress,
          core::PlanStatus::Completed, core::PlanStatus::Archived}) {
        static const QStringList kLabels = {tr("Draft"), tr("Approved at the forum"), tr("Being carried out"),
                                            tr("Completed"), tr("Archived")};
        m_planStatus->addItem(kLabels.at(static_cast<int>(status)),
                              fromStd(std::string(core::planStatusName(status))));
    }
    m_forum->setPlaceholderText(tr("Where it was approved, e.g. เวทีประชาคมหมู่บ้าน"));

    QList<EntryDelegate::Choice> categories;
    for (const core::ItemCategory category : core::kItemCategories) {
        categories.append({categoryLabel(category), fromStd(std::string(core::itemCategoryName(category)))});
    }
    QList<EntryDelegate::Choice> statuses;
    for (const core::ItemStatus status : core::kItemStatuses) {
        statuses.append({statusLabel(status), fromStd(std::string(core::itemStatusName(status)))});
    }
    EntryDelegate* delegate = m_items->entryDelegate();
    delegate->setChoices(Category, categories);
    delegate->setChoices(Status, statuses);
    delegate->setCompletion(Responsible,
                            [this] { return m_session.personNames() + m_session.organisationShortNames(); });
    delegate->setCompletion(Partners, [this] { return m_session.organisationShortNames(); });
    const auto themeNames = [this] {
        QStringList names;
        for (const core::Theme& theme : m_session.read([&] { return m_session.notebook().themes().list(); })
                                            .value_or(std::vector<core::Theme>{})) {
            names << fromStd(theme.nameTh);
        }
        return names;
    };
    delegate->setCompletion(Theme, themeNames);
    m_problems->entryDelegate()->setCompletion(1, themeNames);
    connect(m_items, &EntryTable::rowAdded, this, [this](int row) {
        m_items->setCell(row, Category, categoryLabel(core::ItemCategory::Self),
                         fromStd(std::string(core::itemCategoryName(core::ItemCategory::Self))));
        m_items->setCell(row, Status, statusLabel(core::ItemStatus::Proposed),
                         fromStd(std::string(core::itemStatusName(core::ItemStatus::Proposed))));
        for (const int column : {Category, Status}) {
            m_items->item(row, column)
                ->setData(EntryDelegate::DefaultRole, true); // not typed: the row is still empty
        }
    });
    connect(m_items, &EntryTable::edited, this, &PlanDialog::updateTotals);
    for (EntryTable* table : {m_items, m_problems, m_occupations}) {
        connect(table, &EntryTable::edited, this, [this] { m_edited = m_edited || !m_loading; });
    }
    connect(m_items, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        const auto notes = notesOf(row);
        if (column != Notes || notes.isEmpty()) {
            return;
        }
        QMenu menu(this);
        for (const auto& [id, title] : notes) {
            menu.addAction(title, this, [this, id = id] { emit noteChosen(id); });
        }
        menu.exec(QCursor::pos());
    });

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
    auto* details = new QHBoxLayout();
    details->addWidget(m_firstYear);
    details->addWidget(new QLabel(QStringLiteral("–"), this));
    details->addWidget(m_lastYear);
    details->addWidget(m_planStatus);
    details->addWidget(new QLabel(tr("approved on"), this));
    details->addWidget(m_approvedOn);
    details->addWidget(m_forum, 1);
    head->addRow(tr("Period, status, forum"), details);

    auto* itemsPage = new QWidget(this);
    auto* itemsLayout = new QVBoxLayout(itemsPage);
    // Totals and charts first: what a team lead looks for at a glance, above the long table.
    m_totals->setObjectName(QStringLiteral("planTotals"));
    m_totals->setWordWrap(true);
    itemsLayout->addWidget(m_totals);
    itemsLayout->addWidget(m_charts);
    itemsLayout->addWidget(m_items);
    itemsLayout->addStretch(1);
    auto* itemsScroll = new QScrollArea(this);
    itemsScroll->setWidgetResizable(true);
    itemsScroll->setWidget(itemsPage);
    m_tabs->addTab(itemsScroll, tr("Plan items"));
    m_tabs->addTab(m_problems, tr("Problems"));

    auto* surveyPage = new QWidget(this);
    auto* grid = new QGridLayout(surveyPage);
    grid->addWidget(new QLabel(tr("Survey year"), surveyPage), 0, 0);
    grid->addWidget(m_surveyYear, 0, 1);
    int row = 1;
    for (const auto& [field, label] : surveyFields()) {
        auto* edit = new QLineEdit(surveyPage);
        edit->setObjectName(QStringLiteral("survey_") + field);
        auto* before = new QLabel(surveyPage);
        m_survey.insert(field, edit);
        m_previous.insert(field, before);
        grid->addWidget(new QLabel(label, surveyPage), row, 0);
        grid->addWidget(edit, row, 1);
        grid->addWidget(before, row, 2);
        ++row;
    }
    grid->addWidget(new QLabel(tr("Main occupations"), surveyPage), row, 0, Qt::AlignTop);
    grid->addWidget(m_occupations, row, 1, 1, 2);
    auto* notes = new QLineEdit(surveyPage);
    notes->setObjectName(QStringLiteral("survey_notes"));
    m_survey.insert(QStringLiteral("notes"), notes);
    grid->addWidget(new QLabel(tr("Notes"), surveyPage), row + 1, 0);
    grid->addWidget(notes, row + 1, 1, 1, 2);
    grid->setRowStretch(row + 2, 1);
    auto* surveyScroll = new QScrollArea(this);
    surveyScroll->setWidgetResizable(true);
    surveyScroll->setWidget(surveyPage);
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
    connect(m_surveyYear, &QSpinBox::valueChanged, this, [this] {
        if (!keepTyping()) {
            const QSignalBlocker blocker(m_surveyYear);
            m_surveyYear->setValue(shownYear(m_shownSurveyYear));
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
    for (QLineEdit* edit : m_survey) {
        connect(edit, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    }
    connect(m_forum, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    m_surveyYear->setValue(shownYear(core::today().year));
    resize(1200, 780);
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

int PlanDialog::shownYear(int gregorian) const
{
    return core::yearInEra(gregorian, m_preferences.era);
}

int PlanDialog::gregorianYear(int shown) const
{
    return shown - (core::yearInEra(0, m_preferences.era));
}

QLineEdit* PlanDialog::surveyField(const QString& name) const
{
    return m_survey.value(name);
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
    m_items->clearRows();
    m_problems->clearRows();
    m_shown.clear();
    const std::string id = str(planId());
    m_shownPlan = id;
    m_items->setEnabled(!id.empty());
    m_problems->setEnabled(!id.empty());
    for (QWidget* detail :
         std::initializer_list<QWidget*>{m_firstYear, m_lastYear, m_planStatus, m_approvedOn, m_forum}) {
        detail->setEnabled(!id.empty()); // a plan's details, with no plan to hold them
    }
    if (id.empty()) {
        const int start = core::fiscalYearOf(core::today()).year;
        m_firstYear->setValue(shownYear(start));
        m_lastYear->setValue(shownYear(start + 2));
        m_forum->clear();
        m_approvedOn->setDate(std::nullopt);
        m_status->setText(m_community.isEmpty()
                              ? tr("Choose a village or subdistrict.")
                              : tr("This community has no plan yet: New plan… or Import CSV…"));
        updateTotals();
        return;
    }
    const core::Notebook& notebook = m_session.notebook();
    const auto plan = m_session.read([&] { return notebook.plans().plan(id); });
    if (!plan) {
        return;
    }
    m_firstYear->setValue(shownYear(plan->firstYear.value_or(core::today().year)));
    m_lastYear->setValue(shownYear(plan->lastYear.value_or(core::today().year)));
    m_planStatus->setCurrentIndex(
        m_planStatus->findData(fromStd(std::string(core::planStatusName(plan->status)))));
    m_forum->setText(fromStd(plan->forum));
    m_approvedOn->setDate(plan->approvedOn);
    m_shown =
        m_session.read([&] { return notebook.plans().items(id); }).value_or(std::vector<core::PlanItem>{});
    const std::int64_t now = core::nowMillis();
    for (const core::PlanItem& item : m_shown) {
        const int row = m_items->appendRow();
        m_items->setCell(row, Title, fromStd(item.title), fromStd(item.id));
        m_items->setCell(row, Category, categoryLabel(item.category),
                         fromStd(std::string(core::itemCategoryName(item.category))));
        m_items->setCell(row, Status, statusLabel(item.status),
                         fromStd(std::string(core::itemStatusName(item.status))));
        m_items->setCell(row, Progress, QString::number(item.progress));
        m_items->setCell(row, Own, money(item.budgetOwn));
        m_items->setCell(row, Requested, money(item.budgetRequested));
        m_items->setCell(row, Approved, money(item.budgetApproved));
        m_items->setCell(row, FiscalYear,
                         item.fiscalYear ? QString::number(shownYear(*item.fiscalYear)) : QString());
        m_items->setCell(
            row, Responsible,
            fromStd(m_session.read([&] { return core::responsibleName(notebook, item); }).value_or("")));
        m_items->setCell(
            row, Partners,
            fromStd(m_session.read([&] { return core::partnersText(notebook, item); }).value_or("")));
        m_items->setCell(row, Theme, item.themeId ? m_session.themeName(fromStd(*item.themeId)) : QString());
        m_items->setCell(row, Tao, fromStd(item.taoReference));
        m_items->setCell(row, Notes,
                         item.noteIds.empty()
                             ? QString()
                             : tr("%n note(s)", nullptr, static_cast<int>(item.noteIds.size())));
        m_items->setCellReadOnly(row, Notes, true);
        m_items->item(row, Notes)
            ->setToolTip(
                tr("Double-click to open a note; link notes from the note (Note → Link to plan items)"));
        const bool underWay =
            item.status == core::ItemStatus::Approved || item.status == core::ItemStatus::InProgress;
        if (underWay && now - item.updatedMs > kStalledMs) { // stalled: shown at a glance
            for (int column = 0; column < m_items->columnCount(); ++column) {
                m_items->item(row, column)->setBackground(QColor(255, 236, 200));
                m_items->item(row, column)->setToolTip(tr("Stalled: no change for 90 days or more"));
            }
        }
    }
    for (const core::Problem& problem : m_session.read([&] { return notebook.plans().problems(id); })
                                            .value_or(std::vector<core::Problem>{})) {
        const int row = m_problems->appendRow();
        m_problems->setCell(row, 0, fromStd(problem.text));
        m_problems->setCell(row, 1,
                            problem.themeId ? m_session.themeName(fromStd(*problem.themeId)) : QString());
    }
    m_items->fitHeight();
    m_problems->fitHeight();
    m_status->clear();
    updateTotals();
}

void PlanDialog::loadSurvey()
{
    const Loading loading(m_loading, m_edited);
    for (QLineEdit* edit : m_survey) {
        edit->clear();
    }
    for (QLabel* label : m_previous) {
        label->clear();
    }
    m_occupations->clearRows();
    if (m_community.isEmpty()) {
        return;
    }
    const int year = gregorianYear(m_surveyYear->value());
    m_shownSurveyYear = year;
    const core::Notebook& notebook = m_session.notebook();
    const auto survey = m_session.read([&] { return notebook.plans().survey(str(m_community), year); })
                            .value_or(std::nullopt);
    const auto before = m_session.read([&] { return notebook.plans().survey(str(m_community), year - 1); })
                            .value_or(std::nullopt);
    for (const auto& [field, label] : surveyFields()) {
        if (survey) {
            m_survey[field]->setText(surveyText(surveyValue(*survey, field), isCount(field)));
        }
        if (before) {
            const auto then = surveyValue(*before, field);
            QString text = then ? tr("%1: %2").arg(shownYear(year - 1)).arg(surveyText(then, isCount(field)))
                                : QString();
            if (survey && then && surveyValue(*survey, field)) {
                const core::Satang change = *surveyValue(*survey, field) - *then;
                text +=
                    QStringLiteral(" (%1%2)").arg(change >= 0 ? QStringLiteral("+") : QStringLiteral("−"),
                                                  surveyText(change >= 0 ? change : -change, isCount(field)));
            }
            m_previous[field]->setText(text);
        }
    }
    if (survey) {
        m_survey[QStringLiteral("notes")]->setText(fromStd(survey->notes));
        for (const auto& [occupation, households] : survey->occupations) {
            const int row = m_occupations->appendRow();
            m_occupations->setCell(row, 0, fromStd(occupation));
            m_occupations->setCell(row, 1, QString::number(households));
        }
    }
    m_occupations->fitHeight();
}

void PlanDialog::updateTotals()
{
    std::vector<core::PlanItem> items;
    int stalled = 0;
    for (int row = 0; row < m_items->rowCount(); ++row) {
        if (m_items->rowIsEmpty(row)) {
            continue;
        }
        core::PlanItem item;
        readChoices(*m_items, row, item);
        item.budgetOwn = core::parseBaht(str(m_items->text(row, Own))).value_or(0);
        item.budgetRequested = core::parseBaht(str(m_items->text(row, Requested))).value_or(0);
        item.budgetApproved = core::parseBaht(str(m_items->text(row, Approved))).value_or(0);
        stalled += m_items->item(row, Title) && !m_items->item(row, Title)->toolTip().isEmpty();
        items.push_back(item);
    }
    const core::PlanTotals totals = core::totalsOf(items);
    QStringList parts;
    parts << tr("%n item(s)", nullptr, static_cast<int>(totals.items));
    for (const core::ItemCategory category : core::kItemCategories) {
        const int at = static_cast<int>(category);
        parts << tr("%1: %2 (%3 baht)")
                     .arg(categoryLabel(category))
                     .arg(totals.byCategory[at])
                     .arg(fromStd(core::formatBaht(totals.budgetByCategory[at])));
    }
    QStringList statuses;
    for (const core::ItemStatus status : core::kItemStatuses) {
        if (const auto count = totals.byStatus[static_cast<int>(status)]) {
            statuses << tr("%1 %2").arg(statusLabel(status)).arg(count);
        }
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (!statuses.isEmpty()) {
        text += QStringLiteral("\n") + statuses.join(QStringLiteral(" · "));
    }
    if (stalled > 0) {
        text += QStringLiteral("\n") +
                tr("Stalled (approved or under way, no change for 90 days): %1").arg(stalled);
    }
    m_totals->setText(text);
    m_charts->show(totals);
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
    m_items->commitOpenEditor();
    m_problems->commitOpenEditor();
    m_occupations->commitOpenEditor();
    QStringList problems;
    const auto fail = [&](int row, const QString& column, const QString& why) {
        problems << tr("Row %1, %2: %3").arg(row + 1).arg(column, why);
    };
    const std::string id = m_shownPlan; // what the table holds, even while another is being chosen
    const core::Notebook& notebook = m_session.notebook();
    // Read every cell first: a cell that cannot be saved stops the save with all its reasons.
    std::vector<core::TypedPlanItem> typed;
    for (int row = 0; !id.empty() && row < m_items->rowCount(); ++row) {
        if (m_items->rowIsEmpty(row)) {
            continue;
        }
        core::TypedPlanItem t;
        core::PlanItem& item = t.item;
        item.id = str(m_items->value(row, Title).toString());
        item.planId = id;
        item.title = str(m_items->text(row, Title));
        if (item.title.empty()) {
            fail(row, tr("Item"), tr("an item needs a title"));
        }
        const core::PlanItem* before = nullptr;
        for (const core::PlanItem& shown : m_shown) {
            if (shown.id == item.id) {
                before = &shown;
                item.description = shown.description; // not in the table: kept
                item.noteIds = shown.noteIds;
            }
        }
        readChoices(*m_items, row, item);
        bool number = false;
        const QString progress = m_items->text(row, Progress).remove(QLatin1Char('%')).trimmed();
        item.progress = progress.isEmpty() ? 0 : progress.toInt(&number);
        if (!progress.isEmpty() && (!number || item.progress < 0 || item.progress > 100)) {
            fail(row, tr("Progress %"), tr("\"%1\" is not a percentage from 0 to 100").arg(progress));
        }
        const auto amount = [&](int column, const QString& name, core::Satang& into) {
            const std::string cell = str(m_items->text(row, column));
            if (cell.empty()) {
                into = 0;
            } else if (const auto baht = core::parseBaht(cell)) {
                into = *baht;
            } else {
                fail(row, name, tr("\"%1\" is not an amount in baht").arg(fromStd(cell)));
            }
        };
        amount(Own, tr("Own budget"), item.budgetOwn);
        amount(Requested, tr("Requested"), item.budgetRequested);
        amount(Approved, tr("Approved"), item.budgetApproved);
        if (const QString year = m_items->text(row, FiscalYear).trimmed(); !year.isEmpty()) {
            item.fiscalYear = core::parseUserYear(year.toStdString());
            if (!item.fiscalYear) {
                fail(row, tr("Fiscal year"), tr("\"%1\" is not a year").arg(year));
            }
        }
        const auto partners =
            m_session.read([&] { return core::partnersFrom(notebook, str(m_items->text(row, Partners))); });
        if (!partners) {
            fail(row, tr("Partners"), tr("name registered organisations, separated by ;"));
        } else {
            item.partnerIds = *partners;
        }
        if (const std::string theme = str(m_items->text(row, Theme)); !theme.empty()) {
            if (const auto found = notebook.themes().findByName(theme)) {
                item.themeId = found->id;
            } else {
                fail(row, tr("Theme"), tr("there is no theme \"%1\"").arg(fromStd(theme)));
            }
        }
        item.taoReference = str(m_items->text(row, Tao));
        t.responsible = str(m_items->text(row, Responsible));
        if (before && t.responsible == core::responsibleName(notebook, *before)) {
            item.responsiblePersonId = before->responsiblePersonId;
            item.responsibleOrganisationId = before->responsibleOrganisationId;
            t.responsible.clear();
        } else if (t.responsible.empty()) {
            item.responsiblePersonId.reset();
        }
        typed.push_back(std::move(t));
    }
    core::Survey survey;
    survey.communityCode = str(m_community);
    survey.year = m_shownSurveyYear;
    bool surveyTyped = false;
    for (const auto& [field, label] : surveyFields()) {
        const std::string cell = str(m_survey[field]->text());
        if (cell.empty()) {
            continue;
        }
        surveyTyped = true;
        const auto value = core::parseBaht(cell);
        if (!value || (isCount(field) && *value % 100 != 0)) {
            problems << tr("Survey, %1: \"%2\" is not a number").arg(label, fromStd(cell));
            continue;
        }
        if (field == QStringLiteral("households"))
            survey.households = *value / 100;
        else if (field == QStringLiteral("population"))
            survey.population = *value / 100;
        else if (field == QStringLiteral("income"))
            survey.income = value;
        else if (field == QStringLiteral("expenses"))
            survey.expenses = value;
        else if (field == QStringLiteral("debt"))
            survey.debt = value;
        else if (field == QStringLiteral("savings"))
            survey.savings = value;
        else {
            for (const core::Creditor creditor : core::kCreditors) {
                if (field == QStringLiteral("debt_") + fromStd(std::string(core::creditorName(creditor)))) {
                    survey.debtByCreditor.emplace_back(creditor, *value);
                }
            }
        }
    }
    for (int row = 0; row < m_occupations->rowCount(); ++row) {
        if (m_occupations->rowIsEmpty(row)) {
            continue;
        }
        surveyTyped = true;
        bool number = false;
        const qlonglong households = m_occupations->text(row, 1).trimmed().toLongLong(&number);
        if (!number || households < 0 || m_occupations->text(row, 0).trimmed().isEmpty()) {
            problems << tr("Survey, occupation row %1: give an occupation and its households").arg(row + 1);
            continue;
        }
        survey.occupations.emplace_back(str(m_occupations->text(row, 0)), households);
    }
    survey.notes = str(m_survey[QStringLiteral("notes")]->text());
    surveyTyped = surveyTyped || !survey.notes.empty();
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
        core::Plan plan = std::move(*stored);
        plan.firstYear = gregorianYear(m_firstYear->value());
        plan.lastYear = gregorianYear(m_lastYear->value());
        for (const core::PlanStatus status :
             {core::PlanStatus::Draft, core::PlanStatus::Approved, core::PlanStatus::InProgress,
              core::PlanStatus::Completed, core::PlanStatus::Archived}) {
            if (m_planStatus->currentData().toString() ==
                fromStd(std::string(core::planStatusName(status)))) {
                plan.status = status;
            }
        }
        plan.forum = str(m_forum->text());
        plan.approvedOn = m_approvedOn->date();
        edits.plan = std::move(plan);
        edits.items = std::move(typed);
        edits.shown = m_shown;
        for (int row = 0; row < m_problems->rowCount(); ++row) {
            edits.problems.emplace_back(str(m_problems->text(row, 0)), str(m_problems->text(row, 1)));
        }
    }
    if (surveyTyped) {
        edits.survey = std::move(survey);
    }
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1.").arg(path));
        return false;
    }
    const std::string contents = file.readAll().toStdString();
    const auto preview = m_session.importPlanCsv(contents, true);
    if (!preview) {
        return false;
    }
    if (!preview->ok()) {
        QStringList lines;
        for (const core::CsvProblem& problem : preview->problems) {
            lines << tr("line %1%2: %3")
                         .arg(problem.line)
                         .arg(problem.column.empty() ? QString()
                                                     : tr(", column \"%1\"").arg(fromStd(problem.column)))
                         .arg(fromStd(problem.reason));
        }
        m_status->setText(tr("Nothing was imported from %1:\n%2")
                              .arg(QFileInfo(path).fileName(), lines.join(QStringLiteral("\n"))));
        return false;
    }
    QStringList lines;
    for (const std::string& line : preview->preview) {
        lines << fromStd(line);
    }
    const QString question =
        tr("Add %1 and update %2 from %3?\n\n%4")
            .arg(preview->added)
            .arg(preview->updated)
            .arg(QFileInfo(path).fileName(), lines.mid(0, 30).join(QStringLiteral("\n")));
    if (!confirm(question)) {
        return false;
    }
    const auto done = m_session.importPlanCsv(contents, false);
    if (!done || !done->ok()) {
        m_status->setText(tr("Nothing was imported from %1.").arg(QFileInfo(path).fileName()));
        return false;
    }
    loadPlans();
    loadSurvey();
    m_status->setText(tr("Imported %1 new and %2 updated rows from %3.")
                          .arg(done->added)
                          .arg(done->updated)
                          .arg(QFileInfo(path).fileName()));
    return true;
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
    for (int row = 0; row < m_items->rowCount(); ++row) {
        if (m_items->value(row, Title).toString() == itemId) {
            m_tabs->setCurrentIndex(0);
            m_items->setCurrentCell(row, Title);
            m_items->scrollToItem(m_items->item(row, Title));
            return true;
        }
    }
    return false;
}

QList<QPair<QString, QString>> PlanDialog::notesOf(int row) const
{
    QList<QPair<QString, QString>> notes;
    const std::string id = str(m_items->value(row, Title).toString());
    for (const core::PlanItem& item : m_shown) {
        if (item.id != id) {
            continue;
        }
        for (const std::string& noteId : item.noteIds) {
            const auto note = m_session.read([&] { return m_session.notebook().notes().get(noteId); });
            if (note) {
                notes.append({fromStd(noteId),
                              QStringLiteral("%1 · %2").arg(note->record).arg(fromStd(note->content.title))});
            }
        }
    }
    return notes;
}

bool PlanDialog::exportCsv(const QString& path)
{
    const auto csv = m_session.read([&] {
        return core::exportPlanCsv(m_session.notebook(), str(m_community), core::PlanTable::Items,
                                   m_preferences.dateStyle().language);
    });
    if (!csv) {
        return false;
    }
    try {
        writeTextFile(*csv, path);
    } catch (const core::Error& error) {
        m_status->setText(fromStd(error.what()));
        return false;
    }
    m_status->setText(tr("Wrote %1.").arg(QFileInfo(path).fileName()));
    return true;
}

} // namespace banthuek::ui
