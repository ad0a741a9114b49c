// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/staleplacesdialog.h"

#include "ui/preferences/preferences.h"
#include "ui/session/session.h"
#include "ui/widgets/screenfit.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace banthuek::ui {
namespace {

constexpr int kCodeRole = Qt::UserRole + 1;

// Days from a date to today; a place with no field note at all counts as the longest.
qint64 daysSince(const std::optional<core::CivilDate>& date)
{
    return date ? QDate(date->year, date->month, date->day).daysTo(QDate::currentDate())
                : std::numeric_limits<qint64>::max();
}

} // namespace

StalePlacesDialog::StalePlacesDialog(Session& session, const Preferences& preferences,
                                     std::function<void(const QString& code)> showPlace, QWidget* parent)
    : QDialog(parent), m_session(session), m_preferences(preferences), m_showPlace(std::move(showPlace)),
      m_province(new QComboBox(this)), m_days(new QSpinBox(this)), m_table(new QTableWidget(0, 5, this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("stalePlacesDialog"));
    setWindowTitle(tr("Places not visited lately"));
    auto* layout = new QVBoxLayout(this);
    auto* choice = new QHBoxLayout();
    choice->addWidget(new QLabel(tr("Subdistricts in"), this));
    m_province->addItem(tr("every province"), QString());
    const auto provinces = m_session.read([&] { return m_session.notebook().overview().places(); });
    for (const core::PlaceActivity& province : provinces.value_or(std::vector<core::PlaceActivity>{})) {
        m_province->addItem(QString::fromStdString(province.place.nameTh),
                            QString::fromStdString(province.place.code));
    }
    choice->addWidget(m_province);
    choice->addWidget(new QLabel(tr("with no field note in the last"), this));
    m_days->setRange(1, 3650);
    m_days->setValue(60);
    m_days->setSuffix(tr(" days"));
    choice->addWidget(m_days);
    choice->addStretch(1);
    layout->addLayout(choice);
    m_table->setObjectName(QStringLiteral("stalePlacesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Province"), tr("District"), tr("Subdistrict"), tr("Last field note"), tr("Days ago")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout();
    buttons->addStretch(1);
    auto* close = new QPushButton(tr("Close"), this);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_province, &QComboBox::currentIndexChanged, this, &StalePlacesDialog::reload);
    connect(m_days, &QSpinBox::valueChanged, this, &StalePlacesDialog::reload);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (m_showPlace) {
            m_showPlace(m_table->item(row, 0)->data(kCodeRole).toString());
        }
    });
    sizeToScreen(this, {760, 560});
    reload();
}

void StalePlacesDialog::reload()
{
    const std::string under = m_province->currentData().toString().toStdString();
    auto places = m_session.read([&] { return m_session.notebook().overview().subdistricts(under); })
                      .value_or(std::vector<core::PlaceActivity>{});
    const qint64 limit = m_days->value();
    std::erase_if(places,
                  [limit](const core::PlaceActivity& a) { return daysSince(a.lastFieldNote) < limit; });
    std::stable_sort(places.begin(), places.end(), [](const auto& a, const auto& b) {
        return daysSince(a.lastFieldNote) > daysSince(b.lastFieldNote);
    });
    m_table->setRowCount(static_cast<int>(places.size()));
    for (int row = 0; row < static_cast<int>(places.size()); ++row) {
        const core::PlaceActivity& a = places[static_cast<std::size_t>(row)];
        const QString code = QString::fromStdString(a.place.code);
        const qint64 days = daysSince(a.lastFieldNote);
        const QStringList cells{m_session.placeName(code.left(2)), m_session.placeName(code.left(4)),
                                QString::fromStdString(a.place.nameTh),
                                a.lastFieldNote ? m_preferences.formatDate(*a.lastFieldNote) : tr("never"),
                                a.lastFieldNote ? QString::number(days) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(kCodeRole, code);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_status->setText(places.size() == 1
                          ? tr("1 subdistrict. Double-click one to open its page.")
                          : tr("%1 subdistricts. Double-click one to open its page.").arg(places.size()));
}

} // namespace banthuek::ui
