// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/themes/themesfield.h"

#include "core/text/normalize.h"
#include "ui/session/session.h"

namespace banthuek::ui {

ChipsField* makeThemesField(Session& session, QWidget* parent)
{
    auto* field = new ChipsField(
        QObject::tr("Type a theme; Enter creates a new one…"),
        [&session](const QString& typed) {
            const std::string key = core::matchKey(typed.toStdString());
            QList<Chip> prefix;
            QList<Chip> inside;
            for (const core::Theme& theme : session.read([&] { return session.notebook().themes().list(); })
                                                .value_or(std::vector<core::Theme>{})) {
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
        },
        parent);
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
