// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/relatednotes.h"

#include "ui/preferences/preferences.h"
#include "ui/session/session.h"

#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace banthuek::ui {

RelatedNotesPanel::RelatedNotesPanel(Session& session, const Preferences& preferences, QWidget* parent)
    : QWidget(parent), m_session(session), m_preferences(preferences), m_list(new QListWidget(this)),
      m_pending(new QTimer(this))
{
    m_pending->setSingleShot(true);
    m_pending->setInterval(100); // after the note's first paint, and once for a run of arrow keys
    connect(m_pending, &QTimer::timeout, this, &RelatedNotesPanel::fill);
    setObjectName(QStringLiteral("relatedNotes"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(tr("<b>Related notes</b> (same places or themes)"), this);
    layout->addWidget(heading);
    m_list->setObjectName(QStringLiteral("relatedList"));
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (const QString id = item->data(Qt::UserRole).toString(); !id.isEmpty()) {
            emit noteChosen(id); // the "nothing related" line has no note
        }
    });
}

void RelatedNotesPanel::showNote(const QString& id)
{
    m_list->clear();
    m_noteId = id;
    m_filled = id.isEmpty();
    if (!m_filled && isVisible()) {
        m_pending->start();
    }
}

void RelatedNotesPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_filled) {
        m_pending->start();
    }
}

void RelatedNotesPanel::fill()
{
    if (m_filled || !isVisible()) {
        return;
    }
    m_filled = true;
    const auto related =
        m_session.read([&] { return m_session.notebook().overview().related(m_noteId.toStdString()); });
    for (const core::RelatedNote& note : related.value_or(std::vector<core::RelatedNote>{})) {
        QString shared;
        // Two strings, not "%n place(s)": there is no English plural file to choose between them.
        if (note.sharedPlaces > 0) {
            shared = note.sharedPlaces == 1 ? tr("1 place") : tr("%1 places").arg(note.sharedPlaces);
        }
        if (note.sharedThemes > 0) {
            shared += (shared.isEmpty() ? QString() : QStringLiteral(", ")) +
                      (note.sharedThemes == 1 ? tr("1 theme") : tr("%1 themes").arg(note.sharedThemes));
        }
        auto* item = new QListWidgetItem(
            tr("%1 — %2 (%3 in common)")
                .arg(QString::fromStdString(note.title), m_preferences.formatDate(note.eventDate), shared),
            m_list);
        item->setData(Qt::UserRole, QString::fromStdString(note.id));
    }
    if (m_list->count() == 0) {
        auto* none = new QListWidgetItem(tr("No other note shares its places or themes."), m_list);
        none->setFlags(Qt::ItemIsEnabled);
    }
}

} // namespace banthuek::ui
