// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/entrydialogs.h"

#include "ui/places/placesfield.h"
#include "ui/session/session.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace banthuek::ui {
namespace {

QString thai(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QDialogButtonBox* addButtons(QDialog& dialog, QFormLayout* form)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    return buttons;
}

} // namespace

std::optional<core::Person> editPerson(Session& session, const core::Person& person, QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(person.id.empty() ? QObject::tr("New person") : QObject::tr("Edit person"));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit(QString::fromStdString(person.name), &dialog);
    auto* role = new QComboBox(&dialog);
    for (const core::KmRole each : {core::KmRole::KhunUea, core::KmRole::KhunAmnuay, core::KmRole::KhunLikhit,
                                    core::KmRole::KhunKij, core::KmRole::Other}) {
        role->addItem(thai(core::roleThai(each)), static_cast<int>(each));
    }
    role->setCurrentIndex(role->findData(static_cast<int>(person.role)));
    auto* organisation = new QComboBox(&dialog);
    organisation->addItem(QObject::tr("(none)"), QString());
    for (const core::Organisation& each :
         session.read([&] { return session.notebook().organisations().list(); })
             .value_or(std::vector<core::Organisation>{})) {
        organisation->addItem(QString::fromStdString(each.label()), QString::fromStdString(each.id));
    }
    organisation->setCurrentIndex(
        qMax(0, organisation->findData(QString::fromStdString(person.organisationId.value_or("")))));
    ChipsField* places = makePlacesField(session, &dialog);
    places->setChips(placeChips(session, person.placeCodes));
    auto* contact = new QLineEdit(QString::fromStdString(person.contact), &dialog);
    contact->setPlaceholderText(QObject::tr("Telephone, LINE, e-mail (optional)"));
    form->addRow(QObject::tr("Name:"), name);
    form->addRow(QObject::tr("KM role:"), role);
    form->addRow(QObject::tr("Organisation:"), organisation);
    form->addRow(QObject::tr("Works in:"), places);
    form->addRow(QObject::tr("Contact:"), contact);
    addButtons(dialog, form);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    core::Person edited = person;
    edited.name = name->text().toStdString();
    edited.role = static_cast<core::KmRole>(role->currentData().toInt());
    const QString organisationId = organisation->currentData().toString();
    edited.organisationId =
        organisationId.isEmpty() ? std::nullopt : std::optional(organisationId.toStdString());
    edited.placeCodes.clear();
    for (const QString& code : places->keys()) {
        edited.placeCodes.push_back(code.toStdString());
    }
    edited.contact = contact->text().toStdString();
    return edited;
}

std::optional<core::Organisation> editOrganisation(const core::Organisation& organisation, QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(organisation.id.empty() ? QObject::tr("New organisation")
                                                  : QObject::tr("Edit organisation"));
    auto* form = new QFormLayout(&dialog);
    auto* abbreviation = new QLineEdit(QString::fromStdString(organisation.abbreviation), &dialog);
    abbreviation->setPlaceholderText(QObject::tr("e.g. อบต.ท่าศาลา"));
    auto* nameTh = new QLineEdit(QString::fromStdString(organisation.nameTh), &dialog);
    auto* nameEn = new QLineEdit(QString::fromStdString(organisation.nameEn), &dialog);
    auto* type = new QComboBox(&dialog);
    for (const core::OrganisationType each : core::allOrganisationTypes()) {
        type->addItem(thai(core::organisationTypeThai(each)), static_cast<int>(each));
    }
    type->setCurrentIndex(type->findData(static_cast<int>(organisation.type)));
    form->addRow(QObject::tr("Abbreviation:"), abbreviation);
    form->addRow(QObject::tr("Thai name:"), nameTh);
    form->addRow(QObject::tr("English name:"), nameEn);
    form->addRow(QObject::tr("Type:"), type);
    addButtons(dialog, form);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    core::Organisation edited = organisation;
    edited.abbreviation = abbreviation->text().toStdString();
    edited.nameTh = nameTh->text().toStdString();
    edited.nameEn = nameEn->text().toStdString();
    edited.type = static_cast<core::OrganisationType>(type->currentData().toInt());
    return edited;
}

} // namespace banthuek::ui
