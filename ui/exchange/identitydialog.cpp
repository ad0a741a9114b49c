// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/identitydialog.h"

#include "core/people/personstore.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace banthuek::ui {

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
            device->setText(text.trimmed().isEmpty() ? QString()
                                                     : QStringLiteral("โน้ตบุ๊กของ") + text.trimmed());
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

} // namespace banthuek::ui
