// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/notefields.h"

#include "ui/session/session.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

#include <algorithm>

namespace banthuek::ui {

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
    for (const core::Person& person : session.read([&] { return session.notebook().people().list(); })
                                          .value_or(std::vector<core::Person>{})) {
        names << QString::fromStdString(person.name);
    }
    auto* completer = new QCompleter(names, edit);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
    return edit;
}

QList<NoteChoice> noteChoices(Session& session, const QString& typed, const QString& except)
{
    constexpr int kOffered = 10;
    QList<NoteChoice> choices;
    auto offer = [&](const std::string& id, std::int64_t record, const std::string& title) {
        const QString noteId = QString::fromStdString(id);
        const bool known = std::any_of(choices.cbegin(), choices.cend(),
                                       [&](const NoteChoice& c) { return c.id == noteId; });
        if (noteId != except && !known && choices.size() < kOffered) {
            choices.append({noteId, record, QString::fromStdString(title)});
        }
    };
    bool isNumber = false;
    const qint64 record = typed.toLongLong(&isNumber);
    if (isNumber) {
        if (const auto note = session.read([&] { return session.notebook().notes().findByRecord(record); })
                                  .value_or(std::nullopt);
            note && !note->trashedMs) {
            offer(note->id, note->record, note->content.title);
        }
    }
    core::NoteFilter filter;
    filter.quickText = typed.toStdString();
    filter.sort = core::NoteSort::UpdatedDesc;
    filter.limit = kOffered + 1;
    for (const core::NoteSummary& note : session.read([&] { return session.notebook().notes().list(filter); })
                                             .value_or(std::vector<core::NoteSummary>{})) {
        offer(note.id, note.record, note.title);
    }
    return choices;
}

NoteLinkInfo noteLinkInfo(Session& session, const QString& id)
{
    const auto linked = session.read([&] { return session.notebook().links().resolve(id.toStdString()); });
    if (!linked) {
        return {};
    }
    const QString title = QString::fromStdString(linked->title);
    switch (linked->state) {
    case core::LinkedNote::State::Live:
        return {title, NoteLinkInfo::State::Live};
    case core::LinkedNote::State::Trashed:
        return {title, NoteLinkInfo::State::Trashed};
    case core::LinkedNote::State::Missing:
        break;
    }
    return {};
}

} // namespace banthuek::ui
