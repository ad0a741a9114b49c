// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plans/plan.h"

#include <optional>
#include <string>
#include <vector>

namespace banthuek::core {

class Database;

// Community master plans: household surveys, plans with their ranked problems, and plan items
// linked to the field notes that report on them. Each call that writes is one transaction (or
// joins the caller's); nothing is written when a check fails.
class PlanStore final
{
public:
    explicit PlanStore(Database& db) : m_db(db) {}

    // The survey of its community and year, replaced whole when there is one. The community
    // must be a village or a subdistrict.
    [[nodiscard]] Survey saveSurvey(const Survey& survey);
    [[nodiscard]] std::optional<Survey> survey(const std::string& communityCode, int year) const;
    [[nodiscard]] std::vector<Survey> surveys(const std::string& communityCode) const; // by year

    // Adds a plan (no id) or updates one; a community's plans have different titles.
    [[nodiscard]] Plan savePlan(const Plan& plan);
    [[nodiscard]] Plan plan(const std::string& id) const; // throws NotFound
    [[nodiscard]] std::optional<Plan> findPlan(const std::string& communityCode,
                                               const std::string& title) const;
    [[nodiscard]] std::vector<Plan> plans(const std::string& communityCode) const; // newest period first
    // Plans of the communities under a place (or the place itself), for a district's roll-up.
    [[nodiscard]] std::vector<Plan> plansUnder(const std::string& placeCode) const;

    void setProblems(const std::string& planId, const std::vector<Problem>& problems); // ranked as given
    [[nodiscard]] std::vector<Problem> problems(const std::string& planId) const;

    // Adds an item (no id: at the end of its plan) or updates one, with its partners and notes.
    [[nodiscard]] PlanItem saveItem(const PlanItem& item);
    [[nodiscard]] PlanItem item(const std::string& id) const;                   // throws NotFound
    [[nodiscard]] std::vector<PlanItem> items(const std::string& planId) const; // in plan order
    // The items of every plan of the communities under a place: a district's or province's roll-up.
    [[nodiscard]] std::vector<PlanItem> itemsUnder(const std::string& placeCode) const;
    [[nodiscard]] std::optional<PlanItem> findItem(const std::string& planId, const std::string& title) const;
    void removeItem(const std::string& id);
    // Items of every plan whose title or description holds each word of `query` (folded as search
    // folds text: case, Thai digits, spaces), in community and plan order; at most `limit`.
    [[nodiscard]] std::vector<PlanItem> search(const std::string& query, std::size_t limit = 50) const;
    // Linking works from both sides: a note's items, an item's notes (PlanItem::noteIds).
    void linkNote(const std::string& itemId, const std::string& noteId);
    void unlinkNote(const std::string& itemId, const std::string& noteId);
    [[nodiscard]] std::vector<PlanItem> itemsOfNote(const std::string& noteId) const;

private:
    void requireCommunity(const std::string& code) const;
    [[nodiscard]] std::vector<Plan> plansWhere(const std::string& sql, const std::string& key) const;
    [[nodiscard]] std::vector<PlanItem> itemsWhere(const std::string& sql, const std::string& key) const;

    Database& m_db;
};

} // namespace banthuek::core
