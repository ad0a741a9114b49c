// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/registerdialog.h"

#include "core/text/normalize.h"
#include "ui/people/entrydialogs.h"
#include "ui/session/session.h"
#include "ui/widgets/confirm.h"
#include "ui/widgets/screenfit.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace banthuek::ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2; // the row's text folded for the filter

QString thai(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// `stretched`: the column that takes the spare width (a long text, not a number).
QTableWidget* makeTable(const QStringList& headers, int stretched, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(stretched, QHeaderView::Stretch);
    table->setAlternatingRowColors(true);
    return table;
}

// Fills one row; the first cell carries the id and the text the filter looks in.
void setRow(QTableWidget* table, int row, const std::string& id, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        if (column == cells.size() - 1) {
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter); // the count of notes
        }
        if (column == 0) {
            item->setData(kIdRole, QString::fromStdString(id));
            item->setData(kSearchRole,
                          QString::fromStdString(core::matchKey(cells.join(QLatin1Char(' ')).toStdString())));
        }
        table->setItem(row, column, item);
    }
}

// Two rows of one name (the same person added on two laptops, say) are shown as likely
// duplicates to merge; they are never merged without the user.
void markLikelyDuplicates(QTableWidget* table, int nameColumn)
{
    QHash<QString, int> seen;
    for (int row = 0; row < table->rowCount(); ++row) {
        seen[QString::fromStdString(core::matchKey(table->item(row, nameColumn)->text().toStdString()))] += 1;
    }
    for (int row = 0; row < table->rowCount(); ++row) {
        QTableWidgetItem* name = table->item(row, nameColumn);
        if (seen.value(QString::fromStdString(core::matchKey(name->text().toStdString()))) > 1) {
            name->setData(Qt::BackgroundRole, QColor(0xff, 0xf3, 0xcd));
            name->setToolTip(
                RegisterDialog::tr("Another entry has this name: a likely duplicate. Select both and "
                                   "choose Merge duplicates to join them."));
        }
    }
}

} // namespace

RegisterDialog::RegisterDialog(Session& session, std::function<void(const core::NoteFilter&)> showPage,
                               QWidget* parent)
    : QDialog(parent), m_session(session), m_showPage(std::move(showPage)), m_filter(new QLineEdit(this)),
      m_tabs(new QTabWidget(this)),
      m_people(
          makeTable({tr("Name"), tr("KM role"), tr("Organisation"), tr("Works in"), tr("Notes")}, 3, this)),
      m_organisations(makeTable(
          {tr("Abbreviation"), tr("Thai name"), tr("English name"), tr("Type"), tr("Notes")}, 2, this)),
      m_merge(new QPushButton(tr("&Merge duplicates…"), this))
{
    setObjectName(QStringLiteral("registerDialog"));
    setWindowTitle(tr("People and organisations"));
    auto* layout = new QVBoxLayout(this);
    m_filter->setObjectName(QStringLiteral("registerFilter"));
    m_filter->setPlaceholderText(tr("Type to narrow: name, abbreviation, role, organisation…"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_tabs->addTab(m_people, tr("People"));
    m_tabs->addTab(m_organisations, tr("Organisations"));
    layout->addWidget(m_tabs, 1);
    auto* hint = new QLabel(
        tr("Select two rows and choose Merge to join duplicates: every tag moves to the one kept."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* buttons = new QHBoxLayout();
    auto* add = new QPushButton(tr("&Add…"), this);
    auto* edit = new QPushButton(tr("&Edit…"), this);
    auto* remove = new QPushButton(tr("&Delete"), this);
    auto* open = new QPushButton(tr("&Open page"), this);
    for (QPushButton* button : {add, edit, remove, m_merge, open}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto* close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &RegisterDialog::addEntry);
    connect(edit, &QPushButton::clicked, this, &RegisterDialog::editEntry);
    connect(remove, &QPushButton::clicked, this, &RegisterDialog::deleteEntry);
    connect(m_merge, &QPushButton::clicked, this, &RegisterDialog::chooseMerge);
    connect(open, &QPushButton::clicked, this, &RegisterDialog::openPage);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &RegisterDialog::applyFilter);
    auto updateMerge = [this] {
        m_merge->setEnabled(current()->selectionModel()->selectedRows().size() == 2);
    };
    for (QTableWidget* table : {m_people, m_organisations}) {
        connect(table, &QTableWidget::cellDoubleClicked, this, &RegisterDialog::openPage);
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateMerge);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, updateMerge);
    m_merge->setToolTip(tr("Select the two rows that are the same person or organisation."));
    updateMerge();
    connect(&m_session, &Session::registerChanged, this, &RegisterDialog::reload);
    reload();
    sizeToScreen(this, {900, 560});
}

void RegisterDialog::reload()
{
    const core::Notebook& notebook = m_session.notebook();
    const auto organisations = m_session.read([&] { return notebook.organisations().list(); })
                                   .value_or(std::vector<core::Organisation>{});
    const auto people =
        m_session.read([&] { return notebook.people().list(); }).value_or(std::vector<core::Person>{});
    QHash<QString, qint64> personNotes;
    QHash<QString, qint64> organisationNotes;
    for (const auto& count : m_session.read([&] { return notebook.notes().countsByPerson(); })
                                 .value_or(std::vector<core::TagCount>{})) {
        personNotes.insert(QString::fromStdString(count.key), count.notes);
    }
    for (const auto& count : m_session.read([&] { return notebook.notes().countsByOrganisation(); })
                                 .value_or(std::vector<core::TagCount>{})) {
        organisationNotes.insert(QString::fromStdString(count.key), count.notes);
    }
    QHash<QString, QString> shortNames;
    m_organisations->setRowCount(static_cast<int>(organisations.size()));
    for (int row = 0; row < static_cast<int>(organisations.size()); ++row) {
        const core::Organisation& o = organisations[static_cast<std::size_t>(row)];
        const QString id = QString::fromStdString(o.id);
        shortNames.insert(id, QString::fromStdString(o.shortName()));
        setRow(m_organisations, row, o.id,
               {QString::fromStdString(o.abbreviation), QString::fromStdString(o.nameTh),
                QString::fromStdString(o.nameEn), thai(core::organisationTypeThai(o.type)),
                QString::number(organisationNotes.value(id))});
    }
    m_people->setRowCount(static_cast<int>(people.size()));
    for (int row = 0; row < static_cast<int>(people.size()); ++row) {
        const core::Person& p = people[static_cast<std::size_t>(row)];
        QStringList places;
        for (const std::string& code : p.placeCodes) {
            places << m_session.placeName(QString::fromStdString(code));
        }
        setRow(m_people, row, p.id,
               {QString::fromStdString(p.name), thai(core::roleThai(p.role)),
                shortNames.value(QString::fromStdString(p.organisationId.value_or(""))),
                places.join(QStringLiteral(", ")),
                QString::number(personNotes.value(QString::fromStdString(p.id)))});
    }
    markLikelyDuplicates(m_people, 0);
    markLikelyDuplicates(m_organisations, 1); // by Thai name
    for (QTableWidget* table : {m_people, m_organisations}) {
        table->resizeColumnsToContents();
    }
    applyFilter();
}

void RegisterDialog::applyFilter()
{
    const QString wanted = QString::fromStdString(core::matchKey(m_filter->text().trimmed().toStdString()));
    for (QTableWidget* table : {m_people, m_organisations}) {
        for (int row = 0; row < table->rowCount(); ++row) {
            table->setRowHidden(row, !wanted.isEmpty() &&
                                         !table->item(row, 0)->data(kSearchRole).toString().contains(wanted));
        }
    }
}

bool RegisterDialog::onPeople() const
{
    return m_tabs->currentWidget() == m_people;
}

QTableWidget* RegisterDialog::current() const
{
    return onPeople() ? m_people : m_organisations;
}

QStringList RegisterDialog::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& index : current()->selectionModel()->selectedRows()) {
        ids << current()->item(index.row(), 0)->data(kIdRole).toString();
    }
    return ids;
}

void RegisterDialog::addEntry()
{
    if (onPeople()) {
        if (const auto person = editPerson(m_session, core::Person{}, this)) {
            (void)m_session.addPerson(*person);
        }
    } else if (const auto organisation = editOrganisation(core::Organisation{}, this)) {
        (void)m_session.addOrganisation(*organisation);
    }
}

void RegisterDialog::editEntry()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1) {
        return;
    }
    const std::string id = ids.first().toStdString();
    const core::Notebook& notebook = m_session.notebook();
    if (onPeople()) {
        const auto person = m_session.read([&] { return notebook.people().get(id); });
        if (const auto edited = person ? editPerson(m_session, *person, this) : std::nullopt) {
            (void)m_session.savePerson(*edited);
        }
    } else {
        const auto organisation = m_session.read([&] { return notebook.organisations().get(id); });
        if (const auto edited = organisation ? editOrganisation(*organisation, this) : std::nullopt) {
            (void)m_session.saveOrganisation(*edited);
        }
    }
}

void RegisterDialog::deleteEntry()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() ||
        !confirm(this, tr("Delete"),
                 tr("Delete %1 from the register? Notes keep their text but lose these tags.")
                     .arg(ids.size() == 1 ? current()->item(current()->currentRow(), 0)->text()
                                          : tr("%1 entries").arg(ids.size())))) {
        return;
    }
    std::vector<std::string> chosen;
    for (const QString& id : ids) {
        chosen.push_back(id.toStdString());
    }
    (void)(onPeople() ? m_session.removePeople(chosen)
                      : m_session.removeOrganisations(chosen)); // all or none
}

void RegisterDialog::chooseMerge()
{
    const QModelIndexList rows = current()->selectionModel()->selectedRows();
    if (rows.size() != 2) {
        return; // the button is enabled only with two rows selected
    }
    const QStringList names{current()->item(rows[0].row(), 0)->text(),
                            current()->item(rows[1].row(), 0)->text()};
    bool ok = false;
    const QString kept =
        QInputDialog::getItem(this, tr("Merge duplicates"),
                              tr("Keep which one? The other's tags move to it."), names, 0, false, &ok);
    if (ok) {
        mergeSelected(rows[names.indexOf(kept)].row());
    }
}

bool RegisterDialog::mergeSelected(int keptRow)
{
    const QModelIndexList rows = current()->selectionModel()->selectedRows();
    if (rows.size() != 2) {
        return false;
    }
    const int duplicateRow = rows[0].row() == keptRow ? rows[1].row() : rows[0].row();
    const std::string kept = current()->item(keptRow, 0)->data(kIdRole).toString().toStdString();
    const std::string duplicate = current()->item(duplicateRow, 0)->data(kIdRole).toString().toStdString();
    return onPeople() ? m_session.mergePeople(kept, duplicate)
                      : m_session.mergeOrganisations(kept, duplicate);
}

void RegisterDialog::openPage()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1 || !m_showPage) {
        return;
    }
    core::NoteFilter filter;
    (onPeople() ? filter.personId : filter.organisationId) = ids.first().toStdString();
    m_showPage(filter);
}

} // namespace banthuek::ui
