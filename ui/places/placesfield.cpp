// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/places/placesfield.h"

#include "core/text/normalize.h"
#include "ui/session/session.h"

#include <QRegularExpression>

#include <algorithm>

namespace banthuek::ui {
namespace {

QString placeDetail(const core::PlaceMatch& match)
{
    const core::Place& place = match.place;
    switch (place.level) {
    case core::PlaceLevel::Province:
        return QObject::tr("province · %1").arg(QString::fromStdString(place.nameEn));
    case core::PlaceLevel::District:
        return QObject::tr("district · %1 · %2")
            .arg(QString::fromStdString(match.provinceTh), QString::fromStdString(place.nameEn));
    case core::PlaceLevel::Subdistrict:
        return QObject::tr("%1, %2 · %3 · %4")
            .arg(QString::fromStdString(match.districtTh), QString::fromStdString(match.provinceTh),
                 QString::fromStdString(place.nameEn), QString::fromStdString(place.code));
    case core::PlaceLevel::Village:
        return QObject::tr("village · %1, %2")
            .arg(QString::fromStdString(match.districtTh), QString::fromStdString(match.provinceTh));
    }
    return {};
}

Chip placeChip(Session& session, const core::PlaceMatch& match)
{
    return {QString::fromStdString(match.place.code),
            session.placeName(QString::fromStdString(match.place.code)), placeDetail(match)};
}

} // namespace

ChipsField* makePlacesField(Session& session, QWidget* parent)
{
    auto* field = new ChipsField(
        QObject::tr("Type a subdistrict, district or code; หมู่ N name adds a village…"),
        [&session](const QString& typed) {
            QList<Chip> chips;
            const auto matches =
                session.read([&] { return session.notebook().places().search(typed.toStdString(), 15); });
            for (const core::PlaceMatch& match : matches.value_or(std::vector<core::PlaceMatch>{})) {
                chips << placeChip(session, match);
            }
            return chips;
        },
        parent);
    field->setObjectName(QStringLiteral("placesField"));
    // "หมู่ 5 บ้านนาดี" + Enter, with a subdistrict already chosen, adds that village under it.
    field->setCreator([&session](const QString& typed, const QStringList& chosen) -> std::optional<Chip> {
        static const QRegularExpression village(
            QStringLiteral(R"(^(?:หมู่(?:ที่)?|moo|m\.)\s*(\d{1,2})\s*(.*)$)"),
            QRegularExpression::CaseInsensitiveOption);
        const auto match = village.match(QString::fromStdString(core::matchKey(typed.toStdString())));
        const auto subdistrict =
            std::find_if(chosen.begin(), chosen.end(), [](const QString& key) { return key.size() == 6; });
        if (!match.hasMatch() || subdistrict == chosen.end()) {
            return std::nullopt;
        }
        const QString name = typed.mid(typed.size() - match.capturedLength(2)).trimmed();
        const auto place = session.addVillage(*subdistrict, match.captured(1).toInt(), name);
        if (!place) {
            return std::nullopt;
        }
        const QString code = QString::fromStdString(place->code);
        return Chip{code, session.placeName(code),
                    QObject::tr("village added under %1").arg(session.placeName(*subdistrict))};
    });
    return field;
}

QList<Chip> placeChips(Session& session, const std::vector<std::string>& codes)
{
    QList<Chip> chips;
    for (const std::string& code : codes) {
        const auto match = session.read([&] { return session.notebook().places().match(code); });
        if (match && *match) {
            chips << placeChip(session, **match);
        } else {
            chips << Chip{QString::fromStdString(code), session.placeName(QString::fromStdString(code)), {}};
        }
    }
    return chips;
}

} // namespace banthuek::ui
