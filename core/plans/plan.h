// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/dates.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace banthuek::core {

// Money as the notebook keeps it: satang (1/100 baht), so sums are exact.
using Satang = std::int64_t;

enum class Creditor { Bank, Baac, VillageFund, SavingsGroup, Cooperative, Informal, Other };
constexpr Creditor kCreditors[] = {Creditor::Bank,         Creditor::Baac,        Creditor::VillageFund,
                                   Creditor::SavingsGroup, Creditor::Cooperative, Creditor::Informal,
                                   Creditor::Other};
[[nodiscard]] std::string_view creditorName(Creditor creditor); // bank, baac, village_fund, ...

// A community's household survey for one year (per household figures are averages).
struct Survey
{
    std::string id;
    std::string communityCode; // a village or a subdistrict
    int year = 2007;           // Gregorian
    std::optional<std::int64_t> households;
    std::optional<std::int64_t> population;
    std::optional<Satang> income; // average per household, a year
    std::optional<Satang> expenses;
    std::optional<Satang> debt;
    std::optional<Satang> savings;
    std::vector<std::pair<Creditor, Satang>> debtByCreditor;       // total owed to each, in kCreditors order
    std::vector<std::pair<std::string, std::int64_t>> occupations; // main occupation, households
    std::string notes;
};

enum class PlanStatus { Draft, Approved, InProgress, Completed, Archived };
[[nodiscard]] std::string_view planStatusName(PlanStatus status);

struct Plan
{
    std::string id;
    std::string communityCode;
    std::string title;
    std::optional<int> firstYear; // Gregorian; shown as พ.ศ. 2550–2552
    std::optional<int> lastYear;
    std::optional<CivilDate> approvedOn;
    std::string forum; // เวทีประชาคม where it was approved
    PlanStatus status = PlanStatus::Draft;
};

struct Problem
{
    int rank = 1;
    std::string text;
    std::optional<std::string> themeId;
};

// What the community does itself, with partners, or asks agencies (and the อบต. plan) to do.
enum class ItemCategory { Self, Partners, Agencies };
constexpr ItemCategory kItemCategories[] = {ItemCategory::Self, ItemCategory::Partners,
                                            ItemCategory::Agencies};
[[nodiscard]] std::string_view itemCategoryName(ItemCategory category); // self, partners, agencies

enum class ItemStatus { Proposed, Approved, InProgress, Done, Dropped };
constexpr ItemStatus kItemStatuses[] = {ItemStatus::Proposed, ItemStatus::Approved, ItemStatus::InProgress,
                                        ItemStatus::Done, ItemStatus::Dropped};
[[nodiscard]] std::string_view
itemStatusName(ItemStatus status); // proposed, approved, in_progress, done, dropped

struct PlanItem
{
    std::string id; // empty for a new item
    std::string planId;
    std::string title;
    std::string description;
    std::optional<std::string> themeId;
    ItemCategory category = ItemCategory::Self;
    std::optional<std::string> responsiblePersonId;
    std::optional<std::string> responsibleOrganisationId;
    std::vector<std::string> partnerIds; // organisations
    Satang budgetOwn = 0;
    Satang budgetRequested = 0;
    Satang budgetApproved = 0;
    std::optional<int> fiscalYear; // Gregorian year the Thai fiscal year ends in
    ItemStatus status = ItemStatus::Proposed;
    int progress = 0;                 // percent
    std::string taoReference;         // where it stands in the อบต.'s three-year development plan
    std::vector<std::string> noteIds; // field notes reporting on it
    std::int64_t updatedMs = 0;
};

// Items and budgets added up: by category and by status.
struct PlanTotals
{
    std::int64_t items = 0;
    std::int64_t byStatus[5] = {0, 0, 0, 0, 0};
    std::int64_t byCategory[3] = {0, 0, 0};
    Satang budgetByCategory[3] = {0, 0, 0}; // requested plus own, the plan's whole cost
    Satang approved = 0;
};

[[nodiscard]] PlanTotals totalsOf(const std::vector<PlanItem>& items);

// Baht as typed: "1,200,000", "1200000.50", "๑๒๐๐", with or without "บาท"; nullopt when it is
// not an amount of money (negative, letters, more than two decimals).
[[nodiscard]] std::optional<Satang> parseBaht(std::string_view text);
// 1,200,000 or 1,200,000.50: Thai number formatting, in the chosen digits.
[[nodiscard]] std::string formatBaht(Satang amount, Digits digits = Digits::Arabic);

} // namespace banthuek::core
