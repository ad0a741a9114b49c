// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plans/plan.h"

#include "core/report/reportsvg.h"
#include "core/text/normalize.h"

namespace banthuek::core {

std::string_view creditorName(Creditor creditor)
{
    static constexpr std::string_view kNames[] = {"bank",        "baac",     "village_fund", "savings_group",
                                                  "cooperative", "informal", "other"};
    return kNames[static_cast<int>(creditor)];
}

std::string_view planStatusName(PlanStatus status)
{
    static constexpr std::string_view kNames[] = {"draft", "approved", "in_progress", "completed",
                                                  "archived"};
    return kNames[static_cast<int>(status)];
}

std::string_view itemCategoryName(ItemCategory category)
{
    static constexpr std::string_view kNames[] = {"self", "partners", "agencies"};
    return kNames[static_cast<int>(category)];
}

std::string_view itemStatusName(ItemStatus status)
{
    static constexpr std::string_view kNames[] = {"proposed", "approved", "in_progress", "done", "dropped"};
    return kNames[static_cast<int>(status)];
}

PlanTotals totalsOf(const std::vector<PlanItem>& items)
{
    PlanTotals totals;
    for (const PlanItem& item : items) {
        ++totals.items;
        ++totals.byStatus[static_cast<int>(item.status)];
        ++totals.byCategory[static_cast<int>(item.category)];
        totals.budgetByCategory[static_cast<int>(item.category)] += item.budgetOwn + item.budgetRequested;
        totals.approved += item.budgetApproved;
    }
    return totals;
}

std::optional<Satang> parseBaht(std::string_view typed)
{
    std::string text = matchKey(typed); // Thai digits folded, case folded, odd spaces plain
    for (const std::string_view unit : {"บาท", "baht", "฿"}) {
        if (const auto at = text.find(unit); at != std::string::npos) {
            text.erase(at, unit.size());
        }
    }
    Satang baht = 0;
    int decimals = -1; // digits after the point, once there is one
    Satang fraction = 0;
    bool any = false;
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            any = true;
            if (decimals >= 0) {
                if (++decimals > 2) {
                    return std::nullopt;
                }
                fraction = fraction * 10 + (c - '0');
            } else {
                if (baht > 100'000'000'000'000) { // a hundred trillion baht: not a village's budget
                    return std::nullopt;
                }
                baht = baht * 10 + (c - '0');
            }
        } else if (c == '.' && decimals < 0) {
            decimals = 0;
        } else if (c == ',' && decimals < 0) {
            continue; // thousands separators
        } else if (c != ' ') {
            return std::nullopt;
        }
    }
    if (!any) {
        return std::nullopt;
    }
    if (decimals == 1) {
        fraction *= 10;
    }
    return baht * 100 + fraction;
}

std::string formatBaht(Satang amount, Digits digits)
{
    return reportNumber(static_cast<double>(amount) / 100.0, digits);
}

} // namespace banthuek::core
