// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imports/publishdialog.h"

#include "ui/places/placesfield.h"
#include "ui/session/session.h"
#include "ui/widgets/chipsfield.h"
#include "ui/widgets/confirm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace banthuek::ui {

PublishDialog::PublishDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_places(makePlacesField(session, this)),
      m_language(new QComboBox(this)),
      m_roles(new QCheckBox(tr("Show people as their KM role, not their &names (PDPA)"), this)),
      m_title(new QLineEdit(this)), m_folder(new QLineEdit(this)),
      m_publish(new QPushButton(tr("&Publish"), this))
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Publish as a website"));
    resize(640, 0);
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("The published notes (not drafts) become a website of plain pages: an index by "
                      "district and subdistrict, a page for each place, theme and note with its photos "
                      "and comments, a feed, and a search that works without the internet. Copy the "
                      "folder to a USB stick or any web host."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_places->setObjectName(QStringLiteral("placesField"));
    form->addRow(tr("Only notes &about:"), m_places);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("ไทย"), QStringLiteral("th"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(tr("Pages in:"), m_language);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(QStringLiteral("Blog ตำบล"));
    form->addRow(tr("Site &name:"), m_title);
    m_roles->setObjectName(QStringLiteral("rolesCheck"));
    form->addRow(QString(), m_roles);
    auto* folderRow = new QHBoxLayout;
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setPlaceholderText(tr("An empty folder, or a new one"));
    folderRow->addWidget(m_folder, 1);
    auto* browse = new QPushButton(tr("&Choose…"), this);
    folderRow->addWidget(browse);
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setDefault(true);
    buttons->addButton(m_publish, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, &PublishDialog::chooseFolder);
    connect(m_folder, &QLineEdit::textChanged, this, &PublishDialog::updateButtons);
    connect(m_publish, &QPushButton::clicked, this, [this] {
        if (publishNow()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

void PublishDialog::setFolder(const QString& folder)
{
    m_folder->setText(folder);
}

QString PublishDialog::indexPage() const
{
    return QDir(m_folder->text().trimmed()).filePath(QStringLiteral("index.html"));
}

void PublishDialog::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Publish as a website: choose or make an empty folder"));
    if (!folder.isEmpty()) {
        setFolder(folder);
    }
}

void PublishDialog::updateButtons()
{
    m_publish->setEnabled(!m_folder->text().trimmed().isEmpty());
}

bool PublishDialog::publishNow()
{
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty()) {
        return false;
    }
    core::PublishOptions options;
    if (const QStringList places = m_places->keys(); !places.isEmpty()) {
        options.filter.placeCode = places.front().toStdString();
    }
    options.language = m_language->currentData().toString() == QStringLiteral("en") ? core::Language::English
                                                                                    : core::Language::Thai;
    options.rolesForNames = m_roles->isChecked();
    options.title = m_title->text().trimmed().toStdString();
    const QDir target(folder);
    if (target.exists() && !target.isEmpty()) {
        if (!confirm(this, windowTitle(),
                     tr("%1 is not empty. Publish into it anyway? Pages of the same name are replaced.")
                         .arg(QDir::toNativeSeparators(folder)))) {
            return false;
        }
        options.force = true;
    }
    m_published = m_session.publishSite(folder, options);
    return m_published.has_value();
}

} // namespace banthuek::ui
