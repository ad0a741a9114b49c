// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/pagesummary.h"

#include "ui/app/session.h"
#include "ui/preferences/preferences.h"

#include <QDate>

namespace banthuek::ui {
namespace {

QString html(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

} // namespace

QString PageSummary::forFilter(Session& session, const Preferences& preferences, const core::NoteFilter& filter)
{
    if (!filter.placeCode && !filter.themeId) {
        return {};
    }
    core::Notebook& notebook = session.notebook();
    QString heading;
    std::optional<core::PlaceActivity> activity;
    if (filter.placeCode) {
        const auto match = session.read([&] { return notebook.places().match(*filter.placeCode); }).value_or(std::nullopt);
        activity = session.read([&] { return notebook.overview().placeActivity(*filter.placeCode); });
        if (!match || !activity) {
            return {};
        }
        const core::Place& place = match->place;
        heading = QStringLiteral("<b>%1</b> %2 · ").arg(html(place.nameTh), html(place.nameEn)) +
                  tr("code %1").arg(html(place.code));
        if (!match->districtTh.empty()) {
            heading += QStringLiteral(" · ") + tr("district %1").arg(html(match->districtTh));
        }
        if (!match->provinceTh.empty()) {
            heading += QStringLiteral(" · ") + tr("province %1").arg(html(match->provinceTh));
        }
        if (!place.postalCode.empty()) {
            heading += QStringLiteral(" · ") + tr("postal code %1").arg(html(place.postalCode));
        }
    } else {
        const auto theme = session.read([&] { return notebook.themes().get(*filter.themeId); });
        activity = session.read([&] { return notebook.overview().themeActivity(*filter.themeId); });
        if (!theme || !activity) {
            return {};
        }
        heading = QStringLiteral("<b>%1</b> %2").arg(html(theme->nameTh), html(theme->nameEn));
    }
    QString figures = tr("%1 field notes · %2 minutes · %3 articles")
                          .arg(activity->fieldNotes)
                          .arg(activity->minutes)
                          .arg(activity->articles);
    if (const auto& last = activity->lastFieldNote) {
        const qint64 days = QDate(last->year, last->month, last->day).daysTo(QDate::currentDate());
        const QString ago = days <= 0 ? tr("today") : days == 1 ? tr("yesterday") : tr("%1 days ago").arg(days);
        figures += QStringLiteral(" · ") + tr("last field note %1 (%2)").arg(preferences.formatDate(*last), ago);
    } else {
        figures += QStringLiteral(" · ") + tr("no field note yet");
    }
    return heading + QStringLiteral("<br>") + figures;
}

} // namespace banthuek::ui
