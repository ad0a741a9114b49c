// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/relatednotes.h"

#include "ui/app/session.h"
#include "ui/preferences/preferences.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace banthuek::ui {

RelatedNotesPanel::RelatedNotesPanel(Session& session, const Preferences& preferences, QWidget* parent)
    : QWidget(parent), m_session(session), m_preferences(preferences), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("relatedNotes"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(tr("<b>Related notes</b> (same places or themes)"), this);
    layout->addWidget(heading);
    m_list->setObjectName(QStringLiteral("relatedList"));
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        emit noteChosen(item->data(Qt::UserRole).toString());
    });
}

void RelatedNotesPanel::showNote(const QString& id)
{
    m_list->clear();
    if (id.isEmpty()) {
        return;
    }
    const auto related = m_session.read([&] { return m_session.notebook().overview().related(id.toStdString()); });
    for (const core::RelatedNote& note : related.value_or(std::vector<core::RelatedNote>{})) {
        QString shared;
        if (note.sharedPlaces > 0) {
            shared = tr("%1 places").arg(note.sharedPlaces);
        }
        if (note.sharedThemes > 0) {
            shared += (shared.isEmpty() ? QString() : QStringLiteral(", ")) + tr("%1 themes").arg(note.sharedThemes);
        }
        auto* item = new QListWidgetItem(
            tr("%1 — %2 (%3 in common)")
                .arg(QString::fromStdString(note.title), m_preferences.formatDate(note.eventDate), shared),
            m_list);
        item->setData(Qt::UserRole, QString::fromStdString(note.id));
    }
}

} // namespace banthuek::ui
