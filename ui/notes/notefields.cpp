// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/notefields.h"

#include "core/text/normalize.h"
#include "ui/app/session.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStringListModel>

#include <algorithm>

namespace banthuek::ui {
namespace {

QString placeDetail(const core::PlaceMatch& match)
{
    const core::Place& place = match.place;
    switch (place.level) {
    case core::PlaceLevel::Province: return QObject::tr("province · %1").arg(QString::fromStdString(place.nameEn));
    case core::PlaceLevel::District:
        return QObject::tr("district · %1 · %2")
            .arg(QString::fromStdString(match.provinceTh), QString::fromStdString(place.nameEn));
    case core::PlaceLevel::Subdistrict:
        return QObject::tr("%1, %2 · %3 · %4")
            .arg(QString::fromStdString(match.districtTh), QString::fromStdString(match.provinceTh),
                 QString::fromStdString(place.nameEn), QString::fromStdString(place.code));
    case core::PlaceLevel::Village:
        return QObject::tr("village · %1, %2").arg(QString::fromStdString(match.districtTh),
                                                   QString::fromStdString(match.provinceTh));
    }
    return {};
}

Chip placeChip(Session& session, const core::PlaceMatch& match)
{
    return {QString::fromStdString(match.place.code), session.placeName(QString::fromStdString(match.place.code)),
            placeDetail(match)};
}

} // namespace

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

ChipsField* makePlacesField(Session& session, QWidget* parent)
{
    auto* field = new ChipsField(QObject::tr("Type a subdistrict, district or code; หมู่ N name adds a village…"), [&session](const QString& typed) {
        QList<Chip> chips;
        const auto matches = session.read([&] { return session.notebook().places().search(typed.toStdString(), 15); });
        for (const core::PlaceMatch& match : matches.value_or(std::vector<core::PlaceMatch>{})) {
            chips << placeChip(session, match);
        }
        return chips;
    }, parent);
    field->setObjectName(QStringLiteral("placesField"));
    // "หมู่ 5 บ้านนาดี" + Enter, with a subdistrict already chosen, adds that village under it.
    field->setCreator([&session](const QString& typed, const QStringList& chosen) -> std::optional<Chip> {
        static const QRegularExpression village(QStringLiteral(R"(^(?:หมู่(?:ที่)?|moo|m\.)\s*(\d{1,2})\s*(.*)$)"),
                                                QRegularExpression::CaseInsensitiveOption);
        const auto match = village.match(QString::fromStdString(core::matchKey(typed.toStdString())));
        const auto subdistrict = std::find_if(chosen.begin(), chosen.end(), [](const QString& key) { return key.size() == 6; });
        if (!match.hasMatch() || subdistrict == chosen.end()) {
            return std::nullopt;
        }
        const QString name = typed.mid(typed.size() - match.capturedLength(2)).trimmed();
        const auto place = session.addVillage(*subdistrict, match.captured(1).toInt(), name);
        if (!place) {
            return std::nullopt;
        }
        const QString code = QString::fromStdString(place->code);
        return Chip{code, session.placeName(code), QObject::tr("village added under %1").arg(session.placeName(*subdistrict))};
    });
    return field;
}

ChipsField* makeThemesField(Session& session, QWidget* parent)
{
    auto* field = new ChipsField(QObject::tr("Type a theme; Enter creates a new one…"), [&session](const QString& typed) {
        const std::string key = core::matchKey(typed.toStdString());
        QList<Chip> prefix;
        QList<Chip> inside;
        for (const core::Theme& theme :
             session.read([&] { return session.notebook().themes().list(); }).value_or(std::vector<core::Theme>{})) {
            const std::string th = core::matchKey(theme.nameTh);
            const std::string en = core::matchKey(theme.nameEn);
            const Chip chip{QString::fromStdString(theme.id), QString::fromStdString(theme.nameTh),
                            QString::fromStdString(theme.nameEn)};
            if (th.starts_with(key) || en.starts_with(key)) {
                prefix << chip;
            } else if (th.find(key) != std::string::npos || en.find(key) != std::string::npos) {
                inside << chip;
            }
        }
        return prefix + inside;
    }, parent);
    field->setObjectName(QStringLiteral("themesField"));
    field->setCreator([&session](const QString& typed, const QStringList&) -> std::optional<Chip> {
        const auto theme = session.findOrAddTheme(typed);
        if (!theme) {
            return std::nullopt;
        }
        return Chip{QString::fromStdString(theme->id), QString::fromStdString(theme->nameTh),
                    QString::fromStdString(theme->nameEn)};
    });
    return field;
}

QList<Chip> placeChips(Session& session, const std::vector<std::string>& codes)
{
    QList<Chip> chips;
    for (const std::string& code : codes) {
        const auto matches = session.read([&] { return session.notebook().places().search(code, 1); });
        if (matches && !matches->empty() && matches->front().place.code == code) {
            chips << placeChip(session, matches->front());
        } else {
            chips << Chip{QString::fromStdString(code), session.placeName(QString::fromStdString(code)), {}};
        }
    }
    return chips;
}

QList<Chip> themeChips(Session& session, const std::vector<std::string>& ids)
{
    QList<Chip> chips;
    for (const std::string& id : ids) {
        const auto theme = session.read([&] { return session.notebook().themes().get(id); });
        if (theme) {
            chips << Chip{QString::fromStdString(theme->id), QString::fromStdString(theme->nameTh),
                          QString::fromStdString(theme->nameEn)};
        }
    }
    return chips;
}

} // namespace banthuek::ui
