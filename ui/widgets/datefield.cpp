// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/datefield.h"

#include "core/error.h"

#include <QCalendarWidget>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace banthuek::ui {
namespace {

QDate toQDate(const core::CivilDate& date)
{
    return QDate(date.year, date.month, date.day);
}

core::CivilDate fromQDate(QDate date)
{
    return {date.year(), date.month(), date.day()};
}

} // namespace

DateField::DateField(Formatter formatter, core::Era era, QWidget* parent)
    : QWidget(parent), m_formatter(std::move(formatter)), m_era(era), m_input(new QLineEdit(this)),
      m_button(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_input->setPlaceholderText(era == core::Era::Buddhist ? tr("e.g. 2569-11-24") : tr("e.g. 2026-11-24"));
    m_input->setToolTip(tr("Type a date as YYYY-MM-DD, Buddhist or Gregorian year; leave empty for none."));
    m_button->setText(QStringLiteral("▾"));
    m_button->setToolTip(tr("Choose from a calendar"));
    m_button->setObjectName(QStringLiteral("calendarButton"));
    layout->addWidget(m_input, 1);
    layout->addWidget(m_button);
    connect(m_input, &QLineEdit::editingFinished, this, &DateField::commitTyped);
    connect(m_button, &QToolButton::clicked, this, &DateField::showCalendar);
}

void DateField::show(const std::optional<core::CivilDate>& date)
{
    m_input->setText(date ? m_formatter(*date) : QString());
    m_input->setStyleSheet(QString());
}

void DateField::setDate(const std::optional<core::CivilDate>& date)
{
    m_date = date;
    show(date);
}

void DateField::commitTyped()
{
    const QString text = m_input->text().trimmed();
    if (m_date && text == m_formatter(*m_date)) {
        return; // unchanged
    }
    std::optional<core::CivilDate> typed;
    if (!text.isEmpty()) {
        try {
            typed = core::parseUserDate(text.toStdString());
        } catch (const core::Error&) {
            // Keep what the user typed, mark it, and keep the last good date.
            m_input->setStyleSheet(QStringLiteral("color: #b00020"));
            m_input->setToolTip(tr("Not a date. Type YYYY-MM-DD, e.g. 2550-01-22 or 2007-01-22."));
            return;
        }
    }
    if (typed != m_date) {
        m_date = typed;
        emit dateChanged();
    }
    show(m_date);
}

void DateField::showCalendar()
{
    QDialog popup(this, Qt::Popup);
    auto* layout = new QVBoxLayout(&popup);
    auto* header = new QHBoxLayout();
    auto* previous = new QToolButton(&popup);
    auto* next = new QToolButton(&popup);
    previous->setText(QStringLiteral("◀"));
    next->setText(QStringLiteral("▶"));
    auto* title = new QLabel(&popup);
    title->setAlignment(Qt::AlignCenter);
    header->addWidget(previous);
    header->addWidget(title, 1);
    header->addWidget(next);
    auto* calendar = new QCalendarWidget(&popup);
    calendar->setObjectName(QStringLiteral("calendar"));
    calendar->setNavigationBarVisible(false); // its header would show the Gregorian year
    calendar->setSelectedDate(m_date ? toQDate(*m_date) : QDate::currentDate());
    layout->addLayout(header);
    layout->addWidget(calendar);
    auto updateTitle = [this, title, calendar] {
        const int year = core::yearInEra(calendar->yearShown(), m_era);
        title->setText(QStringLiteral("%1 %2")
                           .arg(calendar->locale().standaloneMonthName(calendar->monthShown()))
                           .arg(year));
    };
    connect(calendar, &QCalendarWidget::currentPageChanged, &popup, updateTitle);
    connect(previous, &QToolButton::clicked, calendar, &QCalendarWidget::showPreviousMonth);
    connect(next, &QToolButton::clicked, calendar, &QCalendarWidget::showNextMonth);
    connect(calendar, &QCalendarWidget::activated, &popup, [&](QDate chosen) {
        m_date = fromQDate(chosen);
        show(m_date);
        emit dateChanged();
        popup.accept();
    });
    connect(calendar, &QCalendarWidget::clicked, calendar, &QCalendarWidget::activated);
    updateTitle();
    popup.move(mapToGlobal(QPoint(0, height())));
    popup.exec();
}

} // namespace banthuek::ui
