// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/notefields.h"

#include "ui/app/session.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace banthuek::ui {

QComboBox* makeKindCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("kindCombo"));
    combo->addItem(QObject::tr("Field note"), QStringLiteral("field_note"));
    combo->addItem(QObject::tr("Minutes"), QStringLiteral("minutes"));
    combo->addItem(QObject::tr("Article"), QStringLiteral("article"));
    return combo;
}

QComboBox* makeLicenceCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("licenceCombo"));
    combo->setEditable(true);
    combo->addItems({QString(), QStringLiteral("CC BY 4.0"), QStringLiteral("CC BY-SA 4.0"),
                     QStringLiteral("CC BY-NC-SA 4.0"), QObject::tr("All rights reserved")});
    return combo;
}

QLineEdit* makeAuthorEdit(Session& session, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("authorEdit"));
    edit->setPlaceholderText(QObject::tr("Author"));
    QStringList names;
    for (const core::Person& person :
         session.read([&] { return session.notebook().people().list(); }).value_or(std::vector<core::Person>{})) {
        names << QString::fromStdString(person.name);
    }
    auto* completer = new QCompleter(names, edit);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
    return edit;
}

} // namespace banthuek::ui
