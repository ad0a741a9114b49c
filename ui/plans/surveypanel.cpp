// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plans/surveypanel.h"

#include "ui/plans/planformat.h"
#include "ui/session/session.h"
#include "ui/widgets/entrytable.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace banthuek::ui {
using namespace plans;

namespace {

// The figures of a survey, by field name: what the form shows and the year before beside it.
const QList<QPair<QString, QString>>& surveyFields()
{
    static const QList<QPair<QString, QString>> fields = {
        {QStringLiteral("households"), SurveyPanel::tr("Households")},
        {QStringLiteral("population"), SurveyPanel::tr("Population")},
        {QStringLiteral("income"), SurveyPanel::tr("Income per household (baht a year)")},
        {QStringLiteral("expenses"), SurveyPanel::tr("Expenses per household")},
        {QStringLiteral("debt"), SurveyPanel::tr("Debt per household")},
        {QStringLiteral("savings"), SurveyPanel::tr("Savings per household")},
        {QStringLiteral("debt_bank"), SurveyPanel::tr("Owed to banks")},
        {QStringLiteral("debt_baac"), SurveyPanel::tr("Owed to BAAC (ธ.ก.ส.)")},
        {QStringLiteral("debt_village_fund"), SurveyPanel::tr("Owed to the village fund")},
        {QStringLiteral("debt_savings_group"), SurveyPanel::tr("Owed to savings groups")},
        {QStringLiteral("debt_cooperative"), SurveyPanel::tr("Owed to cooperatives")},
        {QStringLiteral("debt_informal"), SurveyPanel::tr("Owed to informal lenders")},
        {QStringLiteral("debt_other"), SurveyPanel::tr("Owed to others")},
    };
    return fields;
}

QString creditorField(core::Creditor creditor)
{
    return QStringLiteral("debt_") + fromStd(std::string(core::creditorName(creditor)));
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
        if (field == creditorField(creditor)) {
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

} // namespace

SurveyPanel::SurveyPanel(Session& session, core::Era era, QWidget* parent)
    : QWidget(parent), m_session(session), m_era(era), m_year(new QSpinBox(this)),
      m_occupations(new EntryTable({tr("Main occupation"), tr("Households")}, this))
{
    m_year->setRange(core::yearInEra(1950, era), core::yearInEra(2150, era));
    m_year->setPrefix(era == core::Era::Buddhist ? tr("B.E. ") : QString());
    auto* grid = new QGridLayout(this);
    grid->addWidget(new QLabel(tr("Survey year"), this), 0, 0);
    grid->addWidget(m_year, 0, 1);
    int row = 1;
    for (const auto& [field, label] : surveyFields()) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("survey_") + field);
        auto* before = new QLabel(this);
        m_fields.insert(field, edit);
        m_previous.insert(field, before);
        grid->addWidget(new QLabel(label, this), row, 0);
        grid->addWidget(edit, row, 1);
        grid->addWidget(before, row, 2);
        ++row;
    }
    grid->addWidget(new QLabel(tr("Main occupations"), this), row, 0, Qt::AlignTop);
    grid->addWidget(m_occupations, row, 1, 1, 2);
    auto* notes = new QLineEdit(this);
    notes->setObjectName(QStringLiteral("survey_notes"));
    m_fields.insert(QStringLiteral("notes"), notes);
    grid->addWidget(new QLabel(tr("Notes"), this), row + 1, 0);
    grid->addWidget(notes, row + 1, 1, 1, 2);
    grid->setRowStretch(row + 2, 1);
    for (QLineEdit* edit : m_fields) {
        connect(edit, &QLineEdit::textEdited, this, &SurveyPanel::edited);
    }
    connect(m_occupations, &EntryTable::edited, this, &SurveyPanel::edited);
    connect(m_year, &QSpinBox::valueChanged, this, &SurveyPanel::yearChosen);
    const QSignalBlocker blocker(m_year);
    m_year->setValue(core::yearInEra(core::today().year, era));
}

void SurveyPanel::keepShownYear()
{
    const QSignalBlocker blocker(m_year);
    m_year->setValue(core::yearInEra(m_shownYear, m_era));
}

void SurveyPanel::load(const QString& community)
{
    for (QLineEdit* edit : m_fields) {
        edit->clear();
    }
    for (QLabel* label : m_previous) {
        label->clear();
    }
    m_occupations->clearRows();
    if (community.isEmpty()) {
        return;
    }
    const int year = m_year->value() - core::yearInEra(0, m_era);
    m_shownYear = year;
    const core::Notebook& notebook = m_session.notebook();
    const auto survey =
        m_session.read([&] { return notebook.plans().survey(str(community), year); }).value_or(std::nullopt);
    const auto before = m_session.read([&] { return notebook.plans().survey(str(community), year - 1); })
                            .value_or(std::nullopt);
    for (const auto& [field, label] : surveyFields()) {
        const auto now = survey ? surveyValue(*survey, field) : std::nullopt;
        if (survey) {
            m_fields[field]->setText(surveyText(now, isCount(field)));
        }
        const auto then = before ? surveyValue(*before, field) : std::nullopt;
        if (!then) {
            continue;
        }
        QString text =
            tr("%1: %2").arg(core::yearInEra(year - 1, m_era)).arg(surveyText(then, isCount(field)));
        if (now) {
            const core::Satang change = *now - *then;
            text += QStringLiteral(" (%1%2)").arg(change >= 0 ? QStringLiteral("+") : QStringLiteral("−"),
                                                  surveyText(change >= 0 ? change : -change, isCount(field)));
        }
        m_previous[field]->setText(text);
    }
    if (survey) {
        m_fields[QStringLiteral("notes")]->setText(fromStd(survey->notes));
        for (const auto& [occupation, households] : survey->occupations) {
            const int row = m_occupations->appendRow();
            m_occupations->setCell(row, 0, fromStd(occupation));
            m_occupations->setCell(row, 1, QString::number(households));
        }
    }
    m_occupations->fitHeight();
}

std::optional<core::Survey> SurveyPanel::typedSurvey(const QString& community, QStringList& problems) const
{
    m_occupations->commitOpenEditor();
    core::Survey survey;
    survey.communityCode = str(community);
    survey.year = m_shownYear;
    bool typed = false;
    for (const auto& [field, label] : surveyFields()) {
        const std::string cell = str(m_fields[field]->text());
        if (cell.empty()) {
            continue;
        }
        typed = true;
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
                if (field == creditorField(creditor)) {
                    survey.debtByCreditor.emplace_back(creditor, *value);
                }
            }
        }
    }
    for (int row = 0; row < m_occupations->rowCount(); ++row) {
        if (m_occupations->rowIsEmpty(row)) {
            continue;
        }
        typed = true;
        bool number = false;
        const qlonglong households = m_occupations->text(row, 1).trimmed().toLongLong(&number);
        if (!number || households < 0 || m_occupations->text(row, 0).trimmed().isEmpty()) {
            problems << tr("Survey, occupation row %1: give an occupation and its households").arg(row + 1);
            continue;
        }
        survey.occupations.emplace_back(str(m_occupations->text(row, 0)), households);
    }
    survey.notes = str(m_fields[QStringLiteral("notes")]->text());
    if (!typed && survey.notes.empty()) {
        return std::nullopt;
    }
    return survey;
}

} // namespace banthuek::ui
