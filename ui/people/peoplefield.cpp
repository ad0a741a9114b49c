// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/peoplefield.h"

#include "core/organisations/organisationstore.h"
#include "ui/session/session.h"

namespace banthuek::ui {
namespace {

const QString kPerson = QStringLiteral("person:");
const QString kOrganisation = QStringLiteral("organisation:");

Chip personChip(const core::Person& person)
{
    return {kPerson + QString::fromStdString(person.id), QString::fromStdString(person.name),
            QString::fromUtf8(core::roleThai(person.role).data(),
                              static_cast<qsizetype>(core::roleThai(person.role).size()))};
}

Chip organisationChip(const core::Organisation& organisation)
{
    return {kOrganisation + QString::fromStdString(organisation.id),
            QString::fromStdString(organisation.shortName()), QString::fromStdString(organisation.nameTh)};
}

} // namespace

ChipsField* makePeopleField(Session& session, QWidget* parent)
{
    auto* field = new ChipsField(
        QObject::tr("Type a person or organisation; Enter adds a new person…"),
        [&session](const QString& typed) {
            const std::string wanted = core::abbreviationKey(typed.toStdString());
            if (wanted.empty()) {
                return QList<Chip>(); // only dots: it names nobody, and would match everybody
            }
            QList<Chip> prefix;
            QList<Chip> inside;
            auto consider = [&](const Chip& chip, std::initializer_list<std::string_view> names) {
                bool isPrefix = false;
                bool isInside = false;
                for (const std::string_view name : names) {
                    const std::string folded = core::abbreviationKey(name);
                    isPrefix = isPrefix || folded.starts_with(wanted);
                    isInside = isInside || folded.find(wanted) != std::string::npos;
                }
                if (isPrefix) {
                    prefix << chip;
                } else if (isInside) {
                    inside << chip;
                }
            };
            for (const core::Person& person : session.read([&] { return session.notebook().people().list(); })
                                                  .value_or(std::vector<core::Person>{})) {
                consider(personChip(person), {person.name});
            }
            for (const core::Organisation& organisation :
                 session.read([&] { return session.notebook().organisations().list(); })
                     .value_or(std::vector<core::Organisation>{})) {
                consider(organisationChip(organisation),
                         {organisation.abbreviation, organisation.nameTh, organisation.nameEn});
            }
            return prefix + inside;
        },
        parent);
    field->setObjectName(QStringLiteral("peopleField"));
    field->setCreator([&session](const QString& typed, const QStringList&) -> std::optional<Chip> {
        core::Person typedPerson;
        typedPerson.name = typed.toStdString();
        typedPerson.role = core::KmRole::Other;
        const auto person = session.addPerson(typedPerson);
        return person ? std::optional<Chip>(personChip(*person)) : std::nullopt;
    });
    return field;
}

QList<Chip> peopleChips(Session& session, const std::vector<std::string>& personIds,
                        const std::vector<std::string>& organisationIds)
{
    QList<Chip> chips;
    for (const std::string& id : personIds) {
        if (const auto person = session.read([&] { return session.notebook().people().get(id); })) {
            chips << personChip(*person);
        }
    }
    for (const std::string& id : organisationIds) {
        if (const auto organisation =
                session.read([&] { return session.notebook().organisations().get(id); })) {
            chips << organisationChip(*organisation);
        }
    }
    return chips;
}

void splitPeopleKeys(const QStringList& keys, std::vector<std::string>& personIds,
                     std::vector<std::string>& organisationIds)
{
    for (const QString& chipKey : keys) {
        if (chipKey.startsWith(kPerson)) {
            personIds.push_back(chipKey.mid(kPerson.size()).toStdString());
        } else if (chipKey.startsWith(kOrganisation)) {
            organisationIds.push_back(chipKey.mid(kOrganisation.size()).toStdString());
        }
    }
}

} // namespace banthuek::ui
