// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plans/plandetails.h"

#include "core/summary/period.h"
#include "ui/plans/planformat.h"
#include "ui/preferences/preferences.h"
#include "ui/widgets/datefield.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace banthuek::ui {
using namespace plans;

namespace {

constexpr core::PlanStatus kStatuses[] = {core::PlanStatus::Draft, core::PlanStatus::Approved,
                                          core::PlanStatus::InProgress, core::PlanStatus::Completed,
                                          core::PlanStatus::Archived};

} // namespace

PlanDetails::PlanDetails(const Preferences& preferences, QWidget* parent)
    : QWidget(parent), m_preferences(preferences), m_firstYear(new QSpinBox(this)),
      m_lastYear(new QSpinBox(this)), m_status(new QComboBox(this)),
      m_approvedOn(
          new DateField([&preferences](const core::CivilDate& d) { return preferences.formatDate(d); },
                        preferences.era, this)),
      m_forum(new QLineEdit(this))
{
    for (QSpinBox* year : {m_firstYear, m_lastYear}) {
        year->setRange(core::yearInEra(1950, preferences.era), core::yearInEra(2150, preferences.era));
        year->setPrefix(preferences.era == core::Era::Buddhist ? tr("B.E. ") : QString());
    }
    const QStringList labels = {tr("Draft"), tr("Approved at the forum"), tr("Being carried out"),
                                tr("Completed"), tr("Archived")};
    for (const core::PlanStatus status : kStatuses) {
        m_status->addItem(labels.at(static_cast<int>(status)),
                          fromStd(std::string(core::planStatusName(status))));
    }
    m_forum->setPlaceholderText(tr("Where it was approved, e.g. เวทีประชาคมหมู่บ้าน"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_firstYear);
    row->addWidget(new QLabel(QStringLiteral("–"), this));
    row->addWidget(m_lastYear);
    row->addWidget(m_status);
    row->addWidget(new QLabel(tr("approved on"), this));
    row->addWidget(m_approvedOn);
    row->addWidget(m_forum, 1);
    connect(m_forum, &QLineEdit::textEdited, this, &PlanDetails::edited);
}

void PlanDetails::showPlan(const std::optional<core::Plan>& plan)
{
    setEnabled(plan.has_value());
    const int thisYear = core::today().year;
    const int start = core::fiscalYearOf(core::today()).year;
    m_firstYear->setValue(
        core::yearInEra(plan ? plan->firstYear.value_or(thisYear) : start, m_preferences.era));
    m_lastYear->setValue(
        core::yearInEra(plan ? plan->lastYear.value_or(thisYear) : start + 2, m_preferences.era));
    if (plan) {
        m_status->setCurrentIndex(
            m_status->findData(fromStd(std::string(core::planStatusName(plan->status)))));
    }
    m_forum->setText(plan ? fromStd(plan->forum) : QString());
    m_approvedOn->setDate(plan ? plan->approvedOn : std::nullopt);
}

core::Plan PlanDetails::applied(core::Plan plan) const
{
    const int offset = core::yearInEra(0, m_preferences.era);
    plan.firstYear = m_firstYear->value() - offset;
    plan.lastYear = m_lastYear->value() - offset;
    for (const core::PlanStatus status : kStatuses) {
        if (m_status->currentData().toString() == fromStd(std::string(core::planStatusName(status)))) {
            plan.status = status;
        }
    }
    plan.forum = str(m_forum->text());
    plan.approvedOn = m_approvedOn->date();
    return plan;
}

} // namespace banthuek::ui
