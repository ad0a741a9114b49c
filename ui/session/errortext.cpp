// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/errortext.h"

#include <QCoreApplication>

#include <string>
#include <vector>

namespace banthuek::ui {

QString userMessage(const core::Error& error)
{
    return userMessage(error.message());
}

QString userMessage(const core::Message& message)
{
    const QString text = QCoreApplication::translate("banthuek::core::Error", message.text.c_str());
    std::vector<std::string> places;
    places.reserve(message.places.size());
    for (const std::string& place : message.places) {
        places.push_back(QCoreApplication::translate("banthuek::core::Term", place.c_str()).toStdString());
    }
    return QString::fromStdString(core::Error::fillPlaces(text.toStdString(), places));
}

} // namespace banthuek::ui
