// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/pagesummary.h"

#include "ui/plans/plancharts.h"
#include "ui/preferences/preferences.h"
#include "ui/session/session.h"

#include <QDate>

#include <algorithm>

namespace banthuek::ui {
namespace {

QString html(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString html(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).toHtmlEscaped();
}

// "ท่าศาลา 12 · กลาย 3": the first few tallies of a list, with their counts (none for a place
// known only from the register).
QString tallyLine(const std::vector<core::Tally>& tallies, std::size_t shown = 8)
{
    QStringList parts;
    for (std::size_t i = 0; i < tallies.size() && i < shown; ++i) {
        parts << (tallies[i].notes > 0
                      ? QStringLiteral("%1 %2").arg(html(tallies[i].label)).arg(tallies[i].notes)
                      : html(tallies[i].label));
    }
    if (tallies.size() > shown) {
        parts << QStringLiteral("…");
    }
    return parts.join(QStringLiteral(" · "));
}

// The first few open items, soonest due first, overdue ones in red.
QStringList openActionLines(const std::vector<core::ActionRow>& actions, const Preferences& preferences,
                            std::size_t shown = 5)
{
    QStringList lines;
    for (std::size_t i = 0; i < actions.size() && i < shown; ++i) {
        const core::ActionRow& row = actions[i];
        QString line = QStringLiteral("&nbsp;&nbsp;• %1").arg(html(row.item.text));
        if (row.item.due) {
            const QString due =
                PageSummary::tr("due %1").arg(preferences.formatDate(*row.item.due).toHtmlEscaped());
            line += row.overdue ? QStringLiteral(" — <span style='color:#b00020'>%1</span>").arg(due)
                                : QStringLiteral(" — %1").arg(due);
        }
        lines << line + QStringLiteral(" <span style='color:gray'>(%1)</span>").arg(html(row.meetingTitle));
    }
    if (actions.size() > shown) {
        lines << QStringLiteral("&nbsp;&nbsp;…");
    }
    return lines;
}

// The master plans of the communities under a place, added up: items by status, budget by category.
QString planRollUp(Session& session, const std::string& placeCode)
{
    const auto plans = session.read([&] { return session.notebook().plans().plansUnder(placeCode); });
    const auto items = session.read([&] { return session.notebook().plans().itemsUnder(placeCode); });
    if (!plans || plans->empty() || !items) {
        return {};
    }
    const core::PlanTotals totals = core::totalsOf(*items);
    QStringList statuses;
    for (const core::ItemStatus status : core::kItemStatuses) {
        if (const auto count = totals.byStatus[static_cast<int>(status)]) {
            statuses << QStringLiteral("%1 %2").arg(statusLabel(status)).arg(count);
        }
    }
    QStringList budgets;
    for (const core::ItemCategory category : core::kItemCategories) {
        budgets << QStringLiteral("%1 %2").arg(
            categoryLabel(category),
            QString::fromStdString(core::formatBaht(totals.budgetByCategory[static_cast<int>(category)])));
    }
    return PageSummary::tr("Master plans: %1 plan(s), %2 item(s) (%3); budget in baht: %4")
        .arg(plans->size())
        .arg(totals.items)
        .arg(statuses.join(QStringLiteral(" · ")), budgets.join(QStringLiteral(" · ")));
}

} // namespace

QString PageSummary::heading(Session& session, const core::NoteFilter& filter)
{
    const core::Notebook& notebook = session.notebook();
    if (filter.placeCode) {
        const auto match =
            session.read([&] { return notebook.places().match(*filter.placeCode); }).value_or(std::nullopt);
        if (!match) {
            return {};
        }
        const core::Place& place = match->place;
        QString heading = QStringLiteral("<b>%1</b> %2 · ").arg(html(place.nameTh), html(place.nameEn)) +
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
        return heading;
    }
    if (filter.themeId) {
        const auto theme = session.read([&] { return notebook.themes().get(*filter.themeId); });
        return theme ? QStringLiteral("<b>%1</b> %2").arg(html(theme->nameTh), html(theme->nameEn))
                     : QString();
    }
    if (filter.personId) {
        const auto person = session.read([&] { return notebook.people().get(*filter.personId); });
        if (!person) {
            return {};
        }
        QString heading =
            QStringLiteral("<b>%1</b> · %2").arg(html(person->name), html(core::roleThai(person->role)));
        if (person->organisationId) {
            if (const auto organisation =
                    session.read([&] { return notebook.organisations().get(*person->organisationId); })) {
                heading += QStringLiteral(" · ") + html(organisation->label());
            }
        }
        if (!person->contact.empty()) {
            heading += QStringLiteral(" · ") + tr("contact %1").arg(html(person->contact));
        }
        return heading;
    }
    if (filter.organisationId) {
        const auto organisation =
            session.read([&] { return notebook.organisations().get(*filter.organisationId); });
        if (!organisation) {
            return {};
        }
        QString heading = QStringLiteral("<b>%1</b>").arg(html(organisation->label()));
        if (!organisation->nameEn.empty()) {
            heading += QStringLiteral(" %1").arg(html(organisation->nameEn));
        }
        return heading + QStringLiteral(" · ") + html(core::organisationTypeThai(organisation->type));
    }
    return {};
}

QString PageSummary::forFilter(Session& session, const Preferences& preferences,
                               const core::NoteFilter& filter)
{
    const QString title = heading(session, filter);
    if (title.isEmpty()) {
        return {};
    }
    const core::Overview& overview = session.notebook().overview();
    std::optional<core::PlaceActivity> activity;
    QStringList lines;
    if (filter.placeCode) {
        activity = session.read([&] { return overview.placeActivity(*filter.placeCode); });
        const auto themes = session.read([&] { return overview.themesAt(*filter.placeCode); });
        if (themes && !themes->empty()) {
            lines << tr("Themes: %1").arg(tallyLine(*themes));
        }
        const auto active = session.read([&] { return overview.activeAt(*filter.placeCode); });
        if (active && !active->empty()) {
            lines << tr("People and organisations: %1").arg(tallyLine(*active));
        }
        if (const QString plans = planRollUp(session, *filter.placeCode); !plans.isEmpty()) {
            lines << plans;
        }
    } else if (filter.themeId) {
        activity = session.read([&] { return overview.themeActivity(*filter.themeId); });
        const auto places = session.read([&] { return overview.placesFor(*filter.themeId); });
        if (places && !places->empty()) {
            lines << tr("Subdistricts: %1").arg(tallyLine(*places));
        }
    } else if (filter.personId) {
        activity = session.read([&] { return overview.personActivity(*filter.personId); });
        const auto places = session.read([&] { return overview.placesOfPerson(*filter.personId); });
        if (places && !places->empty()) {
            lines << tr("Works in: %1").arg(tallyLine(*places));
        }
    }
    if (filter.personId || filter.organisationId) {
        // What they have still to do, from the meetings' action items.
        core::ActionFilter open;
        open.ownerPersonId = filter.personId;
        open.ownerOrganisationId = filter.organisationId;
        open.status = core::ActionStatus::Open;
        const auto actions =
            session.read([&] { return session.notebook().actions().list(open, core::today()); });
        if (actions && !actions->empty()) {
            const auto overdue =
                std::count_if(actions->begin(), actions->end(), [](const auto& a) { return a.overdue; });
            lines << tr("Open action items: %1 (%2 overdue) — View → Action items")
                         .arg(actions->size())
                         .arg(overdue);
            lines << openActionLines(*actions, preferences);
        }
    }
    if (filter.organisationId) {
        activity = session.read([&] { return overview.organisationActivity(*filter.organisationId); });
        const auto places =
            session.read([&] { return overview.placesOfOrganisation(*filter.organisationId); });
        if (places && !places->empty()) {
            lines << tr("Subdistricts: %1").arg(tallyLine(*places));
        }
    }
    if (!activity) {
        return title;
    }
    QString figures = tr("%1 field notes · %2 minutes · %3 articles")
                          .arg(activity->fieldNotes)
                          .arg(activity->minutes)
                          .arg(activity->articles);
    if (const auto& last = activity->lastFieldNote) {
        const qint64 days = QDate(last->year, last->month, last->day).daysTo(QDate::currentDate());
        // A date ahead is a visit written up in advance (or a typing slip): say so, not "today".
        const QString ago = days < 0    ? tr("in %1 days").arg(-days)
                            : days == 0 ? tr("today")
                            : days == 1 ? tr("yesterday")
                                        : tr("%1 days ago").arg(days);
        figures +=
            QStringLiteral(" · ") + tr("last field note %1 (%2)").arg(preferences.formatDate(*last), ago);
    } else {
        figures += QStringLiteral(" · ") + tr("no field note yet");
    }
    lines.prepend(figures);
    lines.prepend(title);
    return lines.join(QStringLiteral("<br>"));
}

} // namespace banthuek::ui
