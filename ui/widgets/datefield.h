// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/dates.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLineEdit;
class QToolButton;

namespace banthuek::ui {

// A date that shows and accepts the Buddhist era (22 มกราคม 2550, or typed 2550-01-22, Thai
// digits too) or the Gregorian era, as Preferences say. Qt has no Buddhist calendar, so the
// text comes from core's ICU formatter and the popup calendar's header is drawn here.
class DateField final : public QWidget
{
    Q_OBJECT

public:
    using Formatter = std::function<QString(const core::CivilDate&)>;

    DateField(Formatter formatter, core::Era era, QWidget* parent = nullptr);

    void setDate(const std::optional<core::CivilDate>& date);
    [[nodiscard]] std::optional<core::CivilDate> date() const { return m_date; }
    [[nodiscard]] QLineEdit* input() const { return m_input; }

signals:
    void dateChanged();

private:
    void commitTyped();
    void showCalendar();
    void show(const std::optional<core::CivilDate>& date);

    Formatter m_formatter;
    core::Era m_era;
    std::optional<core::CivilDate> m_date;
    QLineEdit* m_input;
    QToolButton* m_button;
};

} // namespace banthuek::ui
