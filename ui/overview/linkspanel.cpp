// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/linkspanel.h"

#include "ui/session/session.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace banthuek::ui {

LinksPanel::LinksPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_backlinks(new QListWidget(this)),
      m_outgoing(new QListWidget(this)), m_outgoingHeading(new QLabel(tr("<b>Links in this note</b>"), this))
{
    setObjectName(QStringLiteral("linksPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Linked from</b> (notes that link here)"), this));
    m_backlinks->setObjectName(QStringLiteral("backlinksList"));
    layout->addWidget(m_backlinks, 1);
    layout->addWidget(m_outgoingHeading);
    m_outgoing->setObjectName(QStringLiteral("outgoingLinksList"));
    layout->addWidget(m_outgoing, 1);
    for (QListWidget* list : {m_backlinks, m_outgoing}) {
        connect(list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
            if (const QString id = item->data(Qt::UserRole).toString(); !id.isEmpty()) {
                emit noteChosen(id); // explanation lines and broken links carry no note
            }
        });
    }
    // Titles change when any note is saved; links when this one is.
    connect(&m_session, &Session::noteSaved, this, [this] { showNote(m_id); });
    connect(&m_session, &Session::notesChanged, this, [this] { showNote(m_id); });
}

void LinksPanel::showNote(const QString& id)
{
    m_id = id;
    m_backlinks->clear();
    m_outgoing->clear();
    m_backlinkCount = 0;
    if (id.isEmpty()) {
        emit countsChanged();
        return;
    }
    const std::string noteId = id.toStdString();
    const auto backlinks = m_session.read([&] { return m_session.notebook().links().backlinks(noteId); });
    for (const core::LinkedNote& note : backlinks.value_or(std::vector<core::LinkedNote>{})) {
        auto* item = new QListWidgetItem(
            tr("%1 (no. %2)").arg(QString::fromStdString(note.title)).arg(note.record), m_backlinks);
        item->setData(Qt::UserRole, QString::fromStdString(note.id));
        ++m_backlinkCount;
    }
    if (m_backlinks->count() == 0) {
        auto* none = new QListWidgetItem(tr("No note links here yet. Type [[ in a note to link to another."),
                                         m_backlinks);
        none->setFlags(Qt::ItemIsEnabled);
    }
    const auto outgoing = m_session.read([&] { return m_session.notebook().links().outgoing(noteId); });
    for (const core::LinkedNote& note : outgoing.value_or(std::vector<core::LinkedNote>{})) {
        const QString title = QString::fromStdString(note.title);
        QListWidgetItem* item = nullptr;
        switch (note.state) {
        case core::LinkedNote::State::Live:
            item = new QListWidgetItem(tr("%1 (no. %2)").arg(title).arg(note.record), m_outgoing);
            item->setData(Qt::UserRole, QString::fromStdString(note.id));
            break;
        case core::LinkedNote::State::Trashed:
            item =
                new QListWidgetItem(tr("%1 (no. %2, in the Trash)").arg(title).arg(note.record), m_outgoing);
            item->setData(Qt::UserRole, QString::fromStdString(note.id));
            item->setForeground(palette().placeholderText());
            break;
        case core::LinkedNote::State::Missing:
            item = new QListWidgetItem(tr("Broken link: the note was deleted"), m_outgoing);
            item->setForeground(QColor(0xb0, 0x2a, 0x37));
            item->setToolTip(QString::fromStdString(note.id));
            break;
        }
    }
    m_outgoingHeading->setVisible(m_outgoing->count() > 0);
    m_outgoing->setVisible(m_outgoing->count() > 0);
    emit countsChanged();
}

} // namespace banthuek::ui
