// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plans/planstore.h"

#include "core/error.h"
#include "core/search/searchtext.h"
#include "core/storage/database.h"
#include "core/storage/ids.h"
#include "core/storage/rows.h"
#include "core/text/normalize.h"

#include <algorithm>

namespace banthuek::core {
namespace {

std::optional<std::int64_t> optionalInt(const std::optional<int>& value)
{
    return value ? std::optional<std::int64_t>(*value) : std::nullopt;
}

std::optional<int> intOf(const std::optional<std::int64_t>& value)
{
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

template <typename Enum, std::size_t N>
Enum enumFrom(const std::string& name, const Enum (&values)[N], std::string_view (*nameOf)(Enum))
{
    for (const Enum value : values) {
        if (nameOf(value) == name) {
            return value;
        }
    }
    return values[0];
}

constexpr PlanStatus kPlanStatuses[] = {PlanStatus::Draft, PlanStatus::Approved, PlanStatus::InProgress,
                                        PlanStatus::Completed, PlanStatus::Archived};

constexpr const char* kPlanColumns =
    "SELECT id, community_code, title, first_year, last_year, approved_on, forum, status FROM plans ";

Plan readPlan(const Statement& row)
{
    Plan plan;
    plan.id = row.text(0);
    plan.communityCode = row.text(1);
    plan.title = row.text(2);
    plan.firstYear = intOf(row.optionalInteger(3));
    plan.lastYear = intOf(row.optionalInteger(4));
    if (const auto approved = row.optionalText(5)) {
        plan.approvedOn = parseIsoDate(*approved);
    }
    plan.forum = row.text(6);
    plan.status = enumFrom(row.text(7), kPlanStatuses, planStatusName);
    return plan;
}

} // namespace

void PlanStore::requireCommunity(const std::string& code) const
{
    auto row = m_db.cached("SELECT level FROM places WHERE code = ?1");
    row->bind(1, code);
    if (!row->step()) {
        throw Error(ErrorCategory::NotFound, "There is no place with code \"%1\".", {code});
    }
    if (row->integer(0) < 3) {
        throw Error(
            ErrorCategory::InvalidInput,
            "The community %1 is a province or district; a plan's community is a village or a subdistrict.",
            {code});
    }
}

Survey PlanStore::saveSurvey(const Survey& input)
{
    requireCommunity(input.communityCode);
    if (input.year < 1900 || input.year > 2200) {
        throw Error(ErrorCategory::InvalidInput, "The survey year %1 is out of range.",
                    {std::to_string(input.year)});
    }
    Survey survey = input;
    survey.notes = normalizeText(input.notes, "survey notes");
    Transaction transaction(m_db);
    const auto existing = this->survey(survey.communityCode, survey.year);
    survey.id = existing ? existing->id : newUuid();
    const std::int64_t now = nowMillis();
    m_db.cached("INSERT INTO surveys (id, community_code, year, households, population, income_satang, "
                "expenses_satang,"
                " debt_satang, savings_satang, notes, created_ms, updated_ms) VALUES (?1, ?2, ?3, ?4, ?5, "
                "?6, ?7, ?8, ?9, ?10, ?11, ?11)"
                " ON CONFLICT (id) DO UPDATE SET households = ?4, population = ?5, income_satang = ?6, "
                "expenses_satang = ?7,"
                " debt_satang = ?8, savings_satang = ?9, notes = ?10, updated_ms = ?11")
        ->bind(1, survey.id)
        .bind(2, survey.communityCode)
        .bind(3, survey.year)
        .bind(4, survey.households)
        .bind(5, survey.population)
        .bind(6, survey.income)
        .bind(7, survey.expenses)
        .bind(8, survey.debt)
        .bind(9, survey.savings)
        .bind(10, survey.notes)
        .bind(11, now)
        .run();
    m_db.cached("DELETE FROM survey_debts WHERE survey_id = ?1")->bind(1, survey.id).run();
    m_db.cached("DELETE FROM survey_occupations WHERE survey_id = ?1")->bind(1, survey.id).run();
    for (const auto& [creditor, amount] : survey.debtByCreditor) {
        m_db.cached("INSERT OR REPLACE INTO survey_debts (survey_id, creditor, amount_satang) VALUES (?1, "
                    "?2, ?3)")
            ->bind(1, survey.id)
            .bind(2, creditorName(creditor))
            .bind(3, amount)
            .run();
    }
    int position = 0;
    for (auto& [occupation, households] : survey.occupations) {
        occupation = normalizeLine(occupation, "occupation");
        m_db.cached("INSERT INTO survey_occupations (survey_id, position, occupation, households) VALUES "
                    "(?1, ?2, ?3, ?4)")
            ->bind(1, survey.id)
            .bind(2, position++)
            .bind(3, occupation)
            .bind(4, households)
            .run();
    }
    transaction.commit();
    return survey;
}

std::optional<Survey> PlanStore::survey(const std::string& communityCode, int year) const
{
    auto row = m_db.cached(
        "SELECT id, households, population, income_satang, expenses_satang, debt_satang, savings_satang,"
        " notes FROM surveys WHERE community_code = ?1 AND year = ?2");
    row->bind(1, communityCode).bind(2, year);
    if (!row->step()) {
        return std::nullopt;
    }
    Survey survey;
    survey.id = row->text(0);
    survey.communityCode = communityCode;
    survey.year = year;
    survey.households = row->optionalInteger(1);
    survey.population = row->optionalInteger(2);
    survey.income = row->optionalInteger(3);
    survey.expenses = row->optionalInteger(4);
    survey.debt = row->optionalInteger(5);
    survey.savings = row->optionalInteger(6);
    survey.notes = row->text(7);
    auto debts = m_db.cached("SELECT creditor, amount_satang FROM survey_debts WHERE survey_id = ?1");
    debts->bind(1, survey.id);
    std::vector<std::pair<std::string, Satang>> owed;
    while (debts->step()) {
        owed.emplace_back(debts->text(0), debts->integer(1));
    }
    for (const Creditor creditor : kCreditors) { // in the creditors' own order
        for (const auto& [name, amount] : owed) {
            if (name == creditorName(creditor)) {
                survey.debtByCreditor.emplace_back(creditor, amount);
            }
        }
    }
    auto jobs = m_db.cached(
        "SELECT occupation, households FROM survey_occupations WHERE survey_id = ?1 ORDER BY position");
    jobs->bind(1, survey.id);
    while (jobs->step()) {
        survey.occupations.emplace_back(jobs->text(0), jobs->integer(1));
    }
    return survey;
}

std::vector<Survey> PlanStore::surveys(const std::string& communityCode) const
{
    std::vector<int> years;
    auto rows = m_db.cached("SELECT year FROM surveys WHERE community_code = ?1 ORDER BY year");
    rows->bind(1, communityCode);
    while (rows->step()) {
        years.push_back(static_cast<int>(rows->integer(0)));
    }
    std::vector<Survey> result;
    result.reserve(years.size());
    for (const int year : years) {
        result.push_back(*survey(communityCode, year));
    }
    return result;
}

Plan PlanStore::savePlan(const Plan& input)
{
    requireCommunity(input.communityCode);
    Plan plan = input;
    plan.title = normalizeLine(input.title, "plan title");
    plan.forum = normalizeLine(input.forum, "forum");
    if (plan.title.empty()) {
        throw Error(ErrorCategory::InvalidInput, "A plan needs a title.");
    }
    if (plan.firstYear && plan.lastYear && *plan.lastYear < *plan.firstYear) {
        throw Error(ErrorCategory::InvalidInput, "The plan \"%1\" ends before it starts.", {plan.title});
    }
    Transaction transaction(m_db);
    if (const auto same = findPlan(plan.communityCode, plan.title); same && same->id != plan.id) {
        throw Error(ErrorCategory::InvalidInput, "The community already has a plan named \"%1\".",
                    {plan.title});
    }
    const bool added = plan.id.empty();
    if (added) {
        plan.id = newUuid();
    } else {
        requireRow(m_db, "plans", plan.id, "plan");
    }
    const std::int64_t now = nowMillis();
    m_db.cached(
            "INSERT INTO plans (id, community_code, title, first_year, last_year, approved_on, forum, "
            "status, created_ms,"
            " updated_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9) ON CONFLICT (id) DO UPDATE SET"
            " community_code = ?2, title = ?3, first_year = ?4, last_year = ?5, approved_on = ?6, forum = ?7,"
            " status = ?8, updated_ms = ?9")
        ->bind(1, plan.id)
        .bind(2, plan.communityCode)
        .bind(3, plan.title)
        .bind(4, optionalInt(plan.firstYear))
        .bind(5, optionalInt(plan.lastYear))
        .bind(6, plan.approvedOn ? std::optional<std::string>(plan.approvedOn->iso()) : std::nullopt)
        .bind(7, plan.forum)
        .bind(8, planStatusName(plan.status))
        .bind(9, now)
        .run();
    transaction.commit();
    return plan;
}

Plan PlanStore::plan(const std::string& id) const
{
    auto row = m_db.cached(std::string(kPlanColumns) + "WHERE id = ?1");
    row->bind(1, id);
    if (!row->step()) {
        throw Error(ErrorCategory::NotFound, "There is no plan \"%1\".", {id});
    }
    return readPlan(*row);
}

std::optional<Plan> PlanStore::findPlan(const std::string& communityCode, const std::string& title) const
{
    auto row = m_db.cached(std::string(kPlanColumns) + "WHERE community_code = ?1 AND title = ?2");
    row->bind(1, communityCode).bind(2, normalizeLine(title, "plan title"));
    if (!row->step()) {
        return std::nullopt;
    }
    return readPlan(*row);
}

std::vector<Plan> PlanStore::plansWhere(const std::string& sql, const std::string& key) const
{
    std::vector<Plan> result;
    auto rows = m_db.cached(std::string(kPlanColumns) + sql);
    rows->bind(1, key);
    while (rows->step()) {
        result.push_back(readPlan(*rows));
    }
    return result;
}

std::vector<Plan> PlanStore::plans(const std::string& communityCode) const
{
    return plansWhere("WHERE community_code = ?1 ORDER BY coalesce(first_year, 0) DESC, title COLLATE THAI",
                      communityCode);
}

std::vector<Plan> PlanStore::plansUnder(const std::string& placeCode) const
{
    return plansWhere(
        "WHERE substr(community_code, 1, length(?1)) = ?1 ORDER BY community_code, title COLLATE THAI",
        placeCode);
}

void PlanStore::setProblems(const std::string& planId, const std::vector<Problem>& problems)
{
    Transaction transaction(m_db);
    requireRow(m_db, "plans", planId, "plan");
    m_db.cached("DELETE FROM plan_problems WHERE plan_id = ?1")->bind(1, planId).run();
    int rank = 0;
    for (const Problem& problem : problems) {
        const std::string text = normalizeLine(problem.text, "problem");
        if (text.empty()) {
            continue;
        }
        requireRow(m_db, "themes", problem.themeId, "theme");
        m_db.cached("INSERT INTO plan_problems (plan_id, rank, text, theme_id) VALUES (?1, ?2, ?3, ?4)")
            ->bind(1, planId)
            .bind(2, ++rank)
            .bind(3, text)
            .bind(4, problem.themeId)
            .run();
    }
    transaction.commit();
}

std::vector<Problem> PlanStore::problems(const std::string& planId) const
{
    std::vector<Problem> result;
    auto rows =
        m_db.cached("SELECT rank, text, theme_id FROM plan_problems WHERE plan_id = ?1 ORDER BY rank");
    rows->bind(1, planId);
    while (rows->step()) {
        result.push_back(Problem{static_cast<int>(rows->integer(0)), rows->text(1), rows->optionalText(2)});
    }
    return result;
}

PlanItem PlanStore::saveItem(const PlanItem& input)
{
    PlanItem item = input;
    item.title = normalizeLine(input.title, "plan item title");
    item.description = normalizeText(input.description, "plan item description");
    item.taoReference = normalizeLine(input.taoReference, "reference in the TAO plan");
    if (item.title.empty()) {
        throw Error(ErrorCategory::InvalidInput, "A plan item needs a title.");
    }
    if (item.progress < 0 || item.progress > 100) {
        throw Error(ErrorCategory::InvalidInput, "The progress of \"%1\" is %2%; give 0 to 100.",
                    {item.title, std::to_string(item.progress)});
    }
    if (item.budgetOwn < 0 || item.budgetRequested < 0 || item.budgetApproved < 0) {
        throw Error(ErrorCategory::InvalidInput, "The budget of \"%1\" is negative.", {item.title});
    }
    Transaction transaction(m_db);
    requireRow(m_db, "plans", item.planId, "plan");
    requireRow(m_db, "themes", item.themeId, "theme");
    requireRow(m_db, "people", item.responsiblePersonId, "person");
    requireRow(m_db, "organisations", item.responsibleOrganisationId, "organisation");
    for (const std::string& partner : item.partnerIds) {
        requireRow(m_db, "organisations", partner, "organisation");
    }
    for (const std::string& note : item.noteIds) {
        requireRow(m_db, "notes", note, "note");
    }
    if (const auto same = findItem(item.planId, item.title); same && same->id != item.id) {
        throw Error(ErrorCategory::InvalidInput, "The plan already has an item named \"%1\".", {item.title});
    }
    if (item.id.empty()) {
        item.id = newUuid();
    } else {
        requireRow(m_db, "plan_items", item.id, "plan item");
    }
    item.updatedMs = nowMillis();
    m_db.cached("INSERT INTO plan_items (id, plan_id, position, title, description, theme_id, category, "
                "responsible_person_id,"
                " responsible_organisation_id, budget_own_satang, budget_requested_satang, "
                "budget_approved_satang,"
                " fiscal_year, status, progress, tao_reference, created_ms, updated_ms) VALUES (?1, ?2,"
                " (SELECT coalesce(max(position), 0) + 1 FROM plan_items WHERE plan_id = ?2), ?3, ?4, ?5, "
                "?6, ?7, ?8, ?9,"
                " ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16) ON CONFLICT (id) DO UPDATE SET title = ?3, "
                "description = ?4,"
                " theme_id = ?5, category = ?6, responsible_person_id = ?7, responsible_organisation_id = ?8,"
                " budget_own_satang = ?9, budget_requested_satang = ?10, budget_approved_satang = ?11, "
                "fiscal_year = ?12,"
                " status = ?13, progress = ?14, tao_reference = ?15, updated_ms = ?16")
        ->bind(1, item.id)
        .bind(2, item.planId)
        .bind(3, item.title)
        .bind(4, item.description)
        .bind(5, item.themeId)
        .bind(6, itemCategoryName(item.category))
        .bind(7, item.responsiblePersonId)
        .bind(8, item.responsibleOrganisationId)
        .bind(9, item.budgetOwn)
        .bind(10, item.budgetRequested)
        .bind(11, item.budgetApproved)
        .bind(12, optionalInt(item.fiscalYear))
        .bind(13, itemStatusName(item.status))
        .bind(14, item.progress)
        .bind(15, item.taoReference)
        .bind(16, item.updatedMs)
        .run();
    m_db.cached("DELETE FROM plan_item_partners WHERE item_id = ?1")->bind(1, item.id).run();
    for (const std::string& partner : item.partnerIds) {
        m_db.cached("INSERT OR IGNORE INTO plan_item_partners (item_id, organisation_id) VALUES (?1, ?2)")
            ->bind(1, item.id)
            .bind(2, partner)
            .run();
    }
    m_db.cached("DELETE FROM plan_item_notes WHERE item_id = ?1")->bind(1, item.id).run();
    for (const std::string& note : item.noteIds) {
        linkNote(item.id, note);
    }
    transaction.commit();
    return this->item(item.id);
}

PlanItem PlanStore::item(const std::string& id) const
{
    const auto found = itemsWhere("i.id = ?1", id);
    if (found.empty()) {
        throw Error(ErrorCategory::NotFound, "There is no plan item \"%1\".", {id});
    }
    return found.front();
}

std::vector<PlanItem> PlanStore::itemsWhere(const std::string& sql, const std::string& key) const
{
    std::vector<PlanItem> result;
    auto rows = m_db.cached(
        "SELECT i.id, i.plan_id, i.title, i.description, i.theme_id, i.category, i.responsible_person_id,"
        " i.responsible_organisation_id, i.budget_own_satang, i.budget_requested_satang,"
        " i.budget_approved_satang, i.fiscal_year, i.status, i.progress, i.tao_reference, i.updated_ms"
        " FROM plan_items i WHERE " +
        sql + " ORDER BY (SELECT community_code FROM plans WHERE id = i.plan_id), i.plan_id, i.position");
    rows->bind(1, key);
    while (rows->step()) {
        PlanItem item;
        item.id = rows->text(0);
        item.planId = rows->text(1);
        item.title = rows->text(2);
        item.description = rows->text(3);
        item.themeId = rows->optionalText(4);
        item.category = enumFrom(rows->text(5), kItemCategories, itemCategoryName);
        item.responsiblePersonId = rows->optionalText(6);
        item.responsibleOrganisationId = rows->optionalText(7);
        item.budgetOwn = rows->integer(8);
        item.budgetRequested = rows->integer(9);
        item.budgetApproved = rows->integer(10);
        item.fiscalYear = intOf(rows->optionalInteger(11));
        item.status = enumFrom(rows->text(12), kItemStatuses, itemStatusName);
        item.progress = static_cast<int>(rows->integer(13));
        item.taoReference = rows->text(14);
        item.updatedMs = rows->integer(15);
        result.push_back(std::move(item));
    }
    for (PlanItem& item : result) {
        auto partners =
            m_db.cached("SELECT p.organisation_id FROM plan_item_partners p JOIN organisations o ON o.id ="
                        " p.organisation_id WHERE p.item_id = ?1 ORDER BY o.name_th COLLATE THAI");
        partners->bind(1, item.id);
        while (partners->step()) {
            item.partnerIds.push_back(partners->text(0));
        }
        auto notes = m_db.cached("SELECT l.note_id FROM plan_item_notes l JOIN notes n ON n.id = l.note_id"
                                 " WHERE l.item_id = ?1 ORDER BY n.event_date, n.record");
        notes->bind(1, item.id);
        while (notes->step()) {
            item.noteIds.push_back(notes->text(0));
        }
    }
    return result;
}

std::vector<PlanItem> PlanStore::items(const std::string& planId) const
{
    return itemsWhere("i.plan_id = ?1", planId);
}

std::vector<PlanItem> PlanStore::itemsUnder(const std::string& placeCode) const
{
    return itemsWhere("i.plan_id IN (SELECT id FROM plans WHERE substr(community_code, 1, length(?1)) = ?1)",
                      placeCode);
}

std::optional<PlanItem> PlanStore::findItem(const std::string& planId, const std::string& title) const
{
    for (PlanItem& item : items(planId)) {
        if (item.title == normalizeLine(title, "plan item title")) {
            return std::move(item);
        }
    }
    return std::nullopt;
}

std::vector<PlanItem> PlanStore::search(const std::string& query, std::size_t limit) const
{
    std::vector<std::string> terms;
    const std::string folded = foldForSearch(query).text;
    for (std::size_t start = 0; start < folded.size();) {
        const std::size_t end = std::min(folded.find(' ', start), folded.size());
        if (end > start) {
            terms.push_back(folded.substr(start, end - start));
        }
        start = end + 1;
    }
    std::vector<PlanItem> found;
    if (terms.empty()) {
        return found;
    }
    // Plan items number in the thousands, not the hundred thousands of notes: reading them all
    // is fast, and finds parts of Thai words as well as whole ones.
    for (PlanItem& item : itemsWhere("?1 = ''", "")) {
        const std::string text = foldForSearch(item.title + "\n" + item.description).text;
        if (std::all_of(terms.begin(), terms.end(),
                        [&](const std::string& t) { return text.find(t) != std::string::npos; })) {
            found.push_back(std::move(item));
            if (found.size() >= limit) {
                break;
            }
        }
    }
    return found;
}

void PlanStore::removeItem(const std::string& id)
{
    Transaction transaction(m_db);
    requireRow(m_db, "plan_items", id, "plan item");
    m_db.cached("DELETE FROM plan_items WHERE id = ?1")->bind(1, id).run();
    transaction.commit();
}

void PlanStore::linkNote(const std::string& itemId, const std::string& noteId)
{
    Transaction transaction(m_db);
    requireRow(m_db, "plan_items", itemId, "plan item");
    requireRow(m_db, "notes", noteId, "note");
    m_db.cached("INSERT OR IGNORE INTO plan_item_notes (item_id, note_id) VALUES (?1, ?2)")
        ->bind(1, itemId)
        .bind(2, noteId)
        .run();
    transaction.commit();
}

void PlanStore::unlinkNote(const std::string& itemId, const std::string& noteId)
{
    m_db.cached("DELETE FROM plan_item_notes WHERE item_id = ?1 AND note_id = ?2")
        ->bind(1, itemId)
        .bind(2, noteId)
        .run();
}

std::vector<PlanItem> PlanStore::itemsOfNote(const std::string& noteId) const
{
    return itemsWhere("i.id IN (SELECT item_id FROM plan_item_notes WHERE note_id = ?1)", noteId);
}

} // namespace banthuek::core
