// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/kindcombo.h"

#include <QComboBox>

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

core::NoteKind chosenKind(const QComboBox& combo)
{
    return core::parseKind(combo.currentData().toString().toStdString()).value_or(core::NoteKind::FieldNote);
}

} // namespace banthuek::ui
