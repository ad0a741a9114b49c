// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/identitydialog.h"

#include "core/edits/edits.h"
#include "core/people/personstore.h"
#include "ui/preferences/preferences.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace banthuek::ui {

namespace {

const QString kRoleSetting = QStringLiteral("notes/defaultRole");

QString laptopOf(const QString& userName)
{
    return QStringLiteral("โน้ตบุ๊กของ") + userName;
}

} // namespace

std::optional<Identity> askIdentity(QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("identityDialog"));
    dialog.setWindowTitle(QObject::tr("Who writes in this notebook?"));
    dialog.setMinimumWidth(460);
    auto* form = new QFormLayout(&dialog);
    auto* intro = new QLabel(QObject::tr("Your teammates see your name on your notes, and this laptop's name "
                                         "on what it sends them."),
                             &dialog);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto* name = new QLineEdit(&dialog);
    auto* role = new QComboBox(&dialog);
    role->addItem(QObject::tr("(not said)"), QString());
    for (const core::KmRole each : {core::KmRole::KhunUea, core::KmRole::KhunAmnuay, core::KmRole::KhunLikhit,
                                    core::KmRole::KhunKij, core::KmRole::Other}) {
        const std::string_view thai = core::roleThai(each);
        const std::string_view key = core::roleName(each);
        role->addItem(QString::fromUtf8(thai.data(), static_cast<qsizetype>(thai.size())),
                      QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size())));
    }
    auto* device = new QLineEdit(&dialog);
    form->addRow(QObject::tr("Your name:"), name);
    form->addRow(QObject::tr("Your KM role:"), role);
    form->addRow(QObject::tr("Laptop's name:"), device);
    // The laptop's name follows the user's until the user types one of their own.
    QObject::connect(name, &QLineEdit::textEdited, device, [device](const QString& text) {
        if (!device->isModified()) {
            device->setText(text.trimmed().isEmpty() ? QString() : laptopOf(text.trimmed()));
        }
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, &dialog);
    QPushButton* later = buttons->addButton(QObject::tr("Later"), QDialogButtonBox::RejectRole);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(later, &QPushButton::clicked, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || name->text().trimmed().isEmpty()) {
        return std::nullopt;
    }
    return Identity{name->text().trimmed(), role->currentData().toString(), device->text().trimmed()};
}

bool settleIdentity(core::Notebook& notebook, Preferences& preferences,
                    const std::function<std::optional<Identity>()>& ask)
{
    if (notebook.readOnly()) {
        return false;
    }
    core::Edits edits(notebook);
    const core::TeamInfo team = edits.team();
    if (!team.userName.empty()) {
        return true;
    }
    std::optional<Identity> identity;
    if (!preferences.defaultAuthor.isEmpty()) {
        identity = Identity{preferences.defaultAuthor, QSettings().value(kRoleSetting).toString(),
                            laptopOf(preferences.defaultAuthor)};
    } else {
        identity = ask();
    }
    if (!identity || identity->userName.isEmpty()) {
        return false;
    }
    edits.setIdentity(
        (identity->deviceName.isEmpty() ? laptopOf(identity->userName) : identity->deviceName).toStdString(),
        identity->userName.toStdString(), identity->role.toStdString());
    if (preferences.defaultAuthor.isEmpty()) {
        preferences.defaultAuthor = identity->userName;
        preferences.saveDefaultAuthor();
    }
    QSettings().setValue(kRoleSetting, identity->role);
    return true;
}

} // namespace banthuek::ui
