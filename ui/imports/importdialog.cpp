// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imports/importdialog.h"

#include "ui/places/placesfield.h"
#include "ui/session/errortext.h"
#include "ui/session/session.h"
#include "ui/widgets/chipsfield.h"
#include "ui/widgets/screenfit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace banthuek::ui {

ImportDialog::ImportDialog(Session& session, const Texts& texts, QWidget* parent)
    : QDialog(parent), m_session(session), m_table(new QTreeWidget(this)), m_author(new QLineEdit(this)),
      m_places(makePlacesField(session, this)), m_skipBad(new QCheckBox(texts.skipBad, this)),
      m_summary(new QLabel(this)), m_import(new QPushButton(tr("&Import"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(texts.title);
    sizeToScreen(this, {820, 480});
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(texts.intro, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setRootIsDecorated(false);
    m_table->setHeaderLabels(texts.columns);
    m_table->header()->setSectionResizeMode(texts.stretchColumn, QHeaderView::Stretch);
    m_table->header()->setStretchLastSection(false);
    layout->addWidget(m_table, 1);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_skipBad->setObjectName(QStringLiteral("skipBadCheck"));
    layout->addWidget(m_skipBad);
    auto* form = new QFormLayout;
    m_author->setObjectName(QStringLiteral("authorEdit"));
    m_author->setPlaceholderText(texts.authorPlaceholder);
    if (const auto team = m_session.team()) {
        m_author->setText(QString::fromStdString(team->userName));
    }
    form->addRow(tr("&Written by:"), m_author);
    m_places->setObjectName(QStringLiteral("placesField"));
    form->addRow(tr("&About places:"), m_places);
    layout->addLayout(form);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importNow);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_skipBad, &QCheckBox::toggled, this, &ImportDialog::updateButtons);
}

void ImportDialog::addProblemRow(const std::string& file, const core::Message& why, const QString& outcome,
                                 int textColumn)
{
    auto* row = new QTreeWidgetItem(m_table);
    const QString path = QString::fromStdString(file);
    const int outcomeColumn = m_table->columnCount() - 1;
    row->setText(0, QFileInfo(path).fileName());
    row->setText(textColumn, userMessage(why));
    row->setToolTip(textColumn, path + QStringLiteral("\n") + userMessage(why));
    row->setText(outcomeColumn, outcome);
    row->setForeground(textColumn, palette().brush(QPalette::Disabled, QPalette::Text));
    row->setForeground(outcomeColumn, QColor(0xB0, 0x20, 0x20));
}

void ImportDialog::showCounts(int good, int bad)
{
    m_good = good;
    m_bad = bad;
    for (int column = 0; column < m_table->columnCount(); ++column) {
        if (m_table->header()->sectionResizeMode(column) != QHeaderView::Stretch) {
            m_table->resizeColumnToContents(column);
        }
    }
    updateButtons();
}

std::string ImportDialog::author() const
{
    return m_author->text().trimmed().toStdString();
}

std::vector<std::string> ImportDialog::placeCodes() const
{
    std::vector<std::string> codes;
    for (const QString& code : m_places->keys()) {
        codes.push_back(code.toStdString());
    }
    return codes;
}

bool ImportDialog::skipBad() const
{
    return m_skipBad->isChecked();
}

void ImportDialog::updateButtons()
{
    m_skipBad->setVisible(m_bad > 0 && m_good > 0);
    m_import->setEnabled(m_good > 0 && (m_bad == 0 || m_skipBad->isChecked()));
    m_summary->setText(summaryText(m_good, m_bad));
}

void ImportDialog::importNow()
{
    if (m_import->isEnabled() && runImport()) {
        accept();
    }
}

} // namespace banthuek::ui
