// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plans/plan.h"

#include <QString>

#include <string>

// Small conversions the plan page's parts share.
namespace banthuek::ui::plans {

inline QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

// What a cell or field holds, without the spaces around it.
inline std::string str(const QString& text)
{
    return text.trimmed().toStdString();
}

// An amount as a cell shows it: empty for nothing.
inline QString money(core::Satang amount)
{
    return amount == 0 ? QString() : fromStd(core::formatBaht(amount));
}

} // namespace banthuek::ui::plans
