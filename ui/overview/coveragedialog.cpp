// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/coveragedialog.h"

#include "core/text/csv.h"
#include "ui/preferences/preferences.h"
#include "ui/session/session.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/screenfit.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace banthuek::ui {
namespace {

constexpr int kFixedColumns = 3; // district, subdistrict, all notes

// From white to the marker colour as the count nears the table's largest.
QColor shade(std::int64_t count, std::int64_t most)
{
    if (count == 0 || most == 0) {
        return Qt::white;
    }
    const double share = 0.25 + 0.75 * static_cast<double>(count) / static_cast<double>(most);
    return QColor(255, static_cast<int>(255 - share * (255 - 200)),
                  static_cast<int>(255 - share * (255 - 90)));
}

} // namespace

CoverageDialog::CoverageDialog(Session& session, const Preferences& preferences,
                               std::function<void(const core::NoteFilter&)> show, QWidget* parent)
    : QDialog(parent), m_session(session), m_show(std::move(show)),
      m_from(new DateField([&preferences](const core::CivilDate& d) { return preferences.formatDate(d); },
                           preferences.era, this)),
      m_to(new DateField([&preferences](const core::CivilDate& d) { return preferences.formatDate(d); },
                         preferences.era, this)),
      m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("coverageDialog"));
    setWindowTitle(tr("Coverage: places × themes"));
    auto* layout = new QVBoxLayout(this);
    auto* period = new QHBoxLayout();
    period->addWidget(new QLabel(tr("From"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch(1);
    layout->addLayout(period);
    m_table->setObjectName(QStringLiteral("coverageTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    layout->addWidget(new QLabel(tr("Double-click a number to list its notes."), this));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export coverage"), tr("coverage.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty()) {
            exportCsv(path);
        }
    });
    connect(m_from, &DateField::dateChanged, this, &CoverageDialog::reload);
    connect(m_to, &DateField::dateChanged, this, &CoverageDialog::reload);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CoverageDialog::cellChosen);
    sizeToScreen(this, {1000, 640});
    const core::CivilDate today = core::today();
    setPeriod(core::addDays(today, -90), today); // a quarter: what a monthly meeting looks back on
}

void CoverageDialog::setPeriod(const core::CivilDate& from, const core::CivilDate& to)
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void CoverageDialog::reload()
{
    if (!m_from->date() || !m_to->date()) {
        return;
    }
    m_coverage =
        m_session
            .read([&] { return m_session.notebook().overview().coverage(*m_from->date(), *m_to->date()); })
            .value_or(core::Coverage{});
    QStringList headers{tr("District"), tr("Subdistrict"), tr("All notes")};
    for (const core::Theme& theme : m_coverage.themes) {
        headers << QString::fromStdString(theme.nameTh);
    }
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(m_coverage.rows.size()));
    std::int64_t most = 0;
    for (const auto& row : m_coverage.rows) {
        for (const std::int64_t cell : row.cells) {
            most = std::max(most, cell);
        }
    }
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const core::Coverage::Row& row = m_coverage.rows[static_cast<std::size_t>(r)];
        m_table->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(row.district.nameTh)));
        m_table->setItem(r, 1, new QTableWidgetItem(QString::fromStdString(row.subdistrict.nameTh)));
        m_table->setItem(r, 2, new QTableWidgetItem(QString::number(row.notes)));
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            auto* item = new QTableWidgetItem(row.cells[c] ? QString::number(row.cells[c]) : QString());
            item->setBackground(shade(row.cells[c], most));
            item->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(r, kFixedColumns + static_cast<int>(c), item);
        }
    }
    m_table->resizeColumnsToContents();
}

void CoverageDialog::cellChosen(int row, int column)
{
    if (row < 0 || row >= static_cast<int>(m_coverage.rows.size()) || column < kFixedColumns - 1 || !m_show) {
        return;
    }
    core::NoteFilter filter;
    filter.placeCode = m_coverage.rows[static_cast<std::size_t>(row)].subdistrict.code;
    if (column >= kFixedColumns) {
        filter.themeId = m_coverage.themes[static_cast<std::size_t>(column - kFixedColumns)].id;
    }
    filter.from = m_from->date();
    filter.to = m_to->date();
    m_show(filter);
}

bool CoverageDialog::exportCsv(const QString& path)
{
    std::string csv = "\xEF\xBB\xBF"; // a byte-order mark: spreadsheets then read the Thai as UTF-8
    for (const std::vector<std::string>& fields : core::coverageTable(m_coverage)) {
        csv += core::csvRecord(fields);
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(csv.data(), static_cast<qint64>(csv.size())) < 0) {
        emit m_session.failed(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace banthuek::ui
