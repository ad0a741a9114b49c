// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/session.h"

#include "core/error.h"

namespace banthuek::ui {
namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

} // namespace

Session::Session(std::unique_ptr<core::Notebook> notebook, QObject* parent)
    : QObject(parent), m_notebook(std::move(notebook))
{
    loadNames();
    connect(this, &Session::tagsChanged, this, &Session::loadNames);
    // Checkpoints wait for a pause in the writing (or a minute of it), not for a save.
    m_notebook->setAutomaticCheckpoints(false);
    m_checkpoint.setSingleShot(true);
    m_checkpoint.setInterval(3000);
    connect(&m_checkpoint, &QTimer::timeout, this, [this] {
        read([this] {
            m_notebook->checkpoint();
            return true;
        });
        m_lastCheckpoint.restart();
    });
    m_lastCheckpoint.start();
    auto wrote = [this] {
        if (m_lastCheckpoint.elapsed() < 60000) {
            m_checkpoint.start(); // wait for the pause
        } else {
            m_checkpoint.start(0); // a minute of steady writing: now, before the log grows more
        }
    };
    connect(this, &Session::noteSaved, this, wrote);
    connect(this, &Session::notesChanged, this, wrote);
    connect(this, &Session::commentsChanged, this, wrote);
}

Session::~Session() = default;

void Session::reportUnexpected(const std::exception& error)
{
    emit failed(tr("Unexpected error: %1").arg(QString::fromStdString(error.what())));
}

QString Session::path() const
{
    return QString::fromStdString(m_notebook->path());
}

void Session::loadNames()
{
    m_placeNames.clear();
    for (const auto level : {core::PlaceLevel::Province, core::PlaceLevel::District,
                             core::PlaceLevel::Subdistrict, core::PlaceLevel::Village}) {
        for (const core::Place& place : m_notebook->places().atLevel(level)) {
            QString name = QString::fromStdString(place.nameTh);
            if (level == core::PlaceLevel::Village) {
                const int moo = QString::fromStdString(place.code.substr(6)).toInt();
                name = tr("Moo %1 %2").arg(moo).arg(name);
            }
            m_placeNames.insert(QString::fromStdString(place.code), name);
        }
    }
    m_themeNames.clear();
    for (const core::Theme& theme : m_notebook->themes().list()) {
        m_themeNames.insert(QString::fromStdString(theme.id), QString::fromStdString(theme.nameTh));
    }
}

QString Session::placeName(const QString& code) const
{
    return m_placeNames.value(code, code);
}

QString Session::themeName(const QString& id) const
{
    return m_themeNames.value(id);
}

std::optional<core::SearchResults> Session::search(const core::SearchRequest& request)
{
    return read([&] { return m_notebook->search().search(request); });
}

std::optional<core::Note> Session::createNote(const core::NoteDraft& draft)
{
    auto note = read([&] { return m_notebook->notes().create(draft); });
    if (note) {
        emit notesChanged();
    }
    return note;
}

std::optional<core::Note> Session::saveNote(const QString& id, const core::NoteDraft& draft)
{
    auto note = read([&] { return m_notebook->notes().update(str(id), draft); });
    if (note) {
        emit noteSaved(id);
    }
    return note;
}

std::optional<core::Note>
Session::saveMeeting(const QString& id, const core::NoteDraft& draft,
                     const std::function<core::MeetingRecord(core::Notebook&)>& record)
{
    std::size_t registered = 0;
    auto note = read([&] {
        core::Transaction transaction(m_notebook->database());
        registered = m_notebook->people().list().size() + m_notebook->organisations().list().size();
        core::Note saved = m_notebook->notes().update(str(id), draft);
        [[maybe_unused]] const core::MeetingRecord meeting =
            m_notebook->minutes().saveRecord(str(id), record(*m_notebook));
        registered =
            m_notebook->people().list().size() + m_notebook->organisations().list().size() - registered;
        transaction.commit();
        return saved;
    });
    if (note) {
        emit noteSaved(id);
        emit actionsChanged();
        if (registered > 0) {
            emit registerChanged();
        }
    }
    return note;
}

bool Session::trashNote(const QString& id)
{
    const bool done = read([&] {
                          m_notebook->notes().trash(str(id));
                          return true;
                      }).has_value();
    if (done) {
        emit notesChanged();
    }
    return done;
}

bool Session::restoreNote(const QString& id)
{
    const bool done = read([&] {
                          m_notebook->notes().restore(str(id));
                          return true;
                      }).has_value();
    if (done) {
        emit notesChanged();
    }
    return done;
}

bool Session::emptyTrash()
{
    const bool done = read([&] { return m_notebook->notes().emptyTrash(); }).has_value();
    if (done) {
        emit notesChanged();
    }
    return done;
}

std::optional<core::Note> Session::restoreRevision(std::int64_t revisionId)
{
    auto note = read([&] { return m_notebook->notes().restoreRevision(revisionId); });
    if (note) {
        emit noteSaved(QString::fromStdString(note->id));
    }
    return note;
}

std::optional<core::Comment> Session::addComment(const QString& noteId, const QString& author,
                                                 const QString& body)
{
    auto comment = read([&] { return m_notebook->comments().add(str(noteId), str(author), str(body)); });
    if (comment) {
        emit commentsChanged(noteId);
    }
    return comment;
}

bool Session::editComment(const QString& noteId, const QString& commentId, const QString& body)
{
    const bool done =
        read([&] { return m_notebook->comments().edit(str(commentId), str(body)); }).has_value();
    if (done) {
        emit commentsChanged(noteId);
    }
    return done;
}

bool Session::removeComment(const QString& noteId, const QString& commentId)
{
    const bool done = read([&] {
                          m_notebook->comments().remove(str(commentId));
                          return true;
                      }).has_value();
    if (done) {
        emit commentsChanged(noteId);
    }
    return done;
}

std::optional<core::Place> Session::addVillage(const QString& subdistrictCode, int moo, const QString& name)
{
    auto village =
        read([&] { return m_notebook->places().addVillage(str(subdistrictCode), moo, str(name)); });
    if (village) {
        emit tagsChanged();
    }
    return village;
}

std::optional<core::Theme> Session::findOrAddTheme(const QString& name)
{
    const bool existed =
        read([&] { return m_notebook->themes().findByName(str(name)).has_value(); }).value_or(true);
    auto theme = read([&] { return m_notebook->themes().findOrAdd(str(name)); });
    if (theme && !existed) {
        emit tagsChanged();
    }
    return theme;
}

QStringList Session::personNames()
{
    QStringList names;
    for (const core::Person& person :
         read([&] { return m_notebook->people().list(); }).value_or(std::vector<core::Person>{})) {
        names.append(QString::fromStdString(person.name));
    }
    return names;
}

QStringList Session::organisationShortNames()
{
    QStringList names;
    for (const core::Organisation& organisation : read([&] {
                                                      return m_notebook->organisations().list();
                                                  }).value_or(std::vector<core::Organisation>{})) {
        names.append(QString::fromStdString(organisation.shortName()));
    }
    return names;
}

} // namespace banthuek::ui
