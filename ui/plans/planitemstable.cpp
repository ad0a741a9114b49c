// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plans/planitemstable.h"

#include "core/formats/plancsv.h"
#include "core/summary/period.h"
#include "ui/plans/plancharts.h"
#include "ui/plans/planformat.h"
#include "ui/preferences/preferences.h"
#include "ui/session/session.h"
#include "ui/widgets/entrydelegate.h"
#include "ui/widgets/entrytable.h"

#include <QCursor>
#include <QLabel>
#include <QMenu>
#include <QVBoxLayout>

#include <algorithm>

namespace banthuek::ui {
using namespace plans;

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

QStringList planThemeNames(Session& session)
{
    QStringList names;
    for (const core::Theme& theme : session.read([&] { return session.notebook().themes().list(); })
                                        .value_or(std::vector<core::Theme>{})) {
        names << fromStd(theme.nameTh);
    }
    return names;
}

PlanItemsTable::PlanItemsTable(Session& session, const Preferences& preferences, QWidget* parent)
    : QWidget(parent), m_session(session), m_preferences(preferences),
      m_table(new EntryTable({tr("Item"), tr("Category"), tr("Status"), tr("Progress %"), tr("Own budget"),
                              tr("Requested"), tr("Approved"), tr("Fiscal year"), tr("Responsible"),
                              tr("Partners"), tr("Theme"), tr("TAO plan reference"), tr("Notes")},
                             this)),
      m_totals(new QLabel(this)), m_charts(new PlanCharts(this))
{
    m_table->setObjectName(QStringLiteral("planItems"));
    QList<EntryDelegate::Choice> categories;
    for (const core::ItemCategory category : core::kItemCategories) {
        categories.append({categoryLabel(category), fromStd(std::string(core::itemCategoryName(category)))});
    }
    QList<EntryDelegate::Choice> statuses;
    for (const core::ItemStatus status : core::kItemStatuses) {
        statuses.append({statusLabel(status), fromStd(std::string(core::itemStatusName(status)))});
    }
    EntryDelegate* delegate = m_table->entryDelegate();
    delegate->setChoices(Category, categories);
    delegate->setChoices(Status, statuses);
    delegate->setCompletion(Responsible,
                            [this] { return m_session.personNames() + m_session.organisationShortNames(); });
    delegate->setCompletion(Partners, [this] { return m_session.organisationShortNames(); });
    delegate->setCompletion(Theme, [this] { return planThemeNames(m_session); });
    connect(m_table, &EntryTable::rowAdded, this, [this](int row) {
        m_table->setCell(row, Category, categoryLabel(core::ItemCategory::Self),
                         fromStd(std::string(core::itemCategoryName(core::ItemCategory::Self))));
        m_table->setCell(row, Status, statusLabel(core::ItemStatus::Proposed),
                         fromStd(std::string(core::itemStatusName(core::ItemStatus::Proposed))));
        for (const int column : {Category, Status}) {
            m_table->item(row, column)->setData(EntryDelegate::DefaultRole, true); // not typed: still empty
        }
    });
    connect(m_table, &EntryTable::edited, this, &PlanItemsTable::updateTotals);
    connect(m_table, &EntryTable::edited, this, &PlanItemsTable::edited);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
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

    auto* layout = new QVBoxLayout(this);
    // Totals and charts first: what a team lead looks for at a glance, above the long table.
    m_totals->setObjectName(QStringLiteral("planTotals"));
    m_totals->setWordWrap(true);
    layout->addWidget(m_totals);
    layout->addWidget(m_charts);
    layout->addWidget(m_table);
    layout->addStretch(1);
}

void PlanItemsTable::clear()
{
    m_table->clearRows();
    m_shown.clear();
    updateTotals();
}

void PlanItemsTable::load(std::vector<core::PlanItem> items)
{
    m_table->clearRows();
    m_shown = std::move(items);
    const std::int64_t now = core::nowMillis();
    for (const core::PlanItem& item : m_shown) {
        fillRow(m_table->appendRow(), item, now);
    }
    m_table->fitHeight();
    updateTotals();
}

void PlanItemsTable::fillRow(int row, const core::PlanItem& item, std::int64_t now)
{
    const core::Notebook& notebook = m_session.notebook();
    m_table->setCell(row, Title, fromStd(item.title), fromStd(item.id));
    m_table->setCell(row, Category, categoryLabel(item.category),
                     fromStd(std::string(core::itemCategoryName(item.category))));
    m_table->setCell(row, Status, statusLabel(item.status),
                     fromStd(std::string(core::itemStatusName(item.status))));
    m_table->setCell(row, Progress, QString::number(item.progress));
    m_table->setCell(row, Own, money(item.budgetOwn));
    m_table->setCell(row, Requested, money(item.budgetRequested));
    m_table->setCell(row, Approved, money(item.budgetApproved));
    m_table->setCell(row, FiscalYear,
                     item.fiscalYear ? QString::number(core::yearInEra(*item.fiscalYear, m_preferences.era))
                                     : QString());
    m_table->setCell(
        row, Responsible,
        fromStd(m_session.read([&] { return core::responsibleName(notebook, item); }).value_or("")));
    m_table->setCell(
        row, Partners,
        fromStd(m_session.read([&] { return core::partnersText(notebook, item); }).value_or("")));
    m_table->setCell(row, Theme, item.themeId ? m_session.themeName(fromStd(*item.themeId)) : QString());
    m_table->setCell(row, Tao, fromStd(item.taoReference));
    m_table->setCell(row, Notes,
                     item.noteIds.empty() ? QString()
                                          : tr("%n note(s)", nullptr, static_cast<int>(item.noteIds.size())));
    m_table->setCellReadOnly(row, Notes, true);
    m_table->item(row, Notes)
        ->setToolTip(tr("Double-click to open a note; link notes from the note (Note → Link to plan items)"));
    const bool underWay =
        item.status == core::ItemStatus::Approved || item.status == core::ItemStatus::InProgress;
    if (underWay && now - item.updatedMs > kStalledMs) { // stalled: shown at a glance
        for (int column = 0; column < m_table->columnCount(); ++column) {
            m_table->item(row, column)->setBackground(QColor(255, 236, 200));
            m_table->item(row, column)->setToolTip(tr("Stalled: no change for 90 days or more"));
        }
    }
}

std::vector<core::TypedPlanItem> PlanItemsTable::typedItems(const std::string& planId,
                                                            QStringList& problems) const
{
    const auto fail = [&](int row, const QString& column, const QString& why) {
        problems << tr("Row %1, %2: %3").arg(row + 1).arg(column, why);
    };
    const core::Notebook& notebook = m_session.notebook();
    std::vector<core::TypedPlanItem> typed;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->rowIsEmpty(row)) {
            continue;
        }
        core::TypedPlanItem t;
        core::PlanItem& item = t.item;
        item.id = str(m_table->value(row, Title).toString());
        item.planId = planId;
        item.title = str(m_table->text(row, Title));
        if (item.title.empty()) {
            fail(row, tr("Item"), tr("an item needs a title"));
        }
        const auto before = std::find_if(m_shown.begin(), m_shown.end(),
                                         [&](const core::PlanItem& shown) { return shown.id == item.id; });
        if (before != m_shown.end()) {
            item.description = before->description; // not in the table: kept
            item.noteIds = before->noteIds;
        }
        readChoices(*m_table, row, item);
        bool number = false;
        const QString progress = m_table->text(row, Progress).remove(QLatin1Char('%')).trimmed();
        item.progress = progress.isEmpty() ? 0 : progress.toInt(&number);
        if (!progress.isEmpty() && (!number || item.progress < 0 || item.progress > 100)) {
            fail(row, tr("Progress %"), tr("\"%1\" is not a percentage from 0 to 100").arg(progress));
        }
        const auto amount = [&](int column, const QString& name, core::Satang& into) {
            const std::string cell = str(m_table->text(row, column));
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
        if (const QString year = m_table->text(row, FiscalYear).trimmed(); !year.isEmpty()) {
            item.fiscalYear = core::parseUserYear(year.toStdString());
            if (!item.fiscalYear) {
                fail(row, tr("Fiscal year"), tr("\"%1\" is not a year").arg(year));
            }
        }
        const auto partners =
            m_session.read([&] { return core::partnersFrom(notebook, str(m_table->text(row, Partners))); });
        if (!partners) {
            fail(row, tr("Partners"), tr("name registered organisations, separated by ;"));
        } else {
            item.partnerIds = *partners;
        }
        if (const std::string theme = str(m_table->text(row, Theme)); !theme.empty()) {
            if (const auto found = notebook.themes().findByName(theme)) {
                item.themeId = found->id;
            } else {
                fail(row, tr("Theme"), tr("there is no theme \"%1\"").arg(fromStd(theme)));
            }
        }
        item.taoReference = str(m_table->text(row, Tao));
        t.responsible = str(m_table->text(row, Responsible));
        if (before != m_shown.end() && t.responsible == core::responsibleName(notebook, *before)) {
            item.responsiblePersonId = before->responsiblePersonId;
            item.responsibleOrganisationId = before->responsibleOrganisationId;
            t.responsible.clear();
        } else if (t.responsible.empty()) {
            item.responsiblePersonId.reset();
        }
        typed.push_back(std::move(t));
    }
    return typed;
}

bool PlanItemsTable::selectItem(const QString& itemId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->value(row, Title).toString() == itemId) {
            m_table->setCurrentCell(row, Title);
            m_table->scrollToItem(m_table->item(row, Title));
            return true;
        }
    }
    return false;
}

QList<QPair<QString, QString>> PlanItemsTable::notesOf(int row) const
{
    QList<QPair<QString, QString>> notes;
    const std::string id = str(m_table->value(row, Title).toString());
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

void PlanItemsTable::updateTotals()
{
    std::vector<core::PlanItem> items;
    int stalled = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->rowIsEmpty(row)) {
            continue;
        }
        core::PlanItem item;
        readChoices(*m_table, row, item);
        item.budgetOwn = core::parseBaht(str(m_table->text(row, Own))).value_or(0);
        item.budgetRequested = core::parseBaht(str(m_table->text(row, Requested))).value_or(0);
        item.budgetApproved = core::parseBaht(str(m_table->text(row, Approved))).value_or(0);
        stalled += m_table->item(row, Title) && !m_table->item(row, Title)->toolTip().isEmpty();
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

} // namespace banthuek::ui
