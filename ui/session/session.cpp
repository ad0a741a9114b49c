// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/session.h"

#include "core/backup/backups.h"
#include "core/error.h"
#include "core/spelling/wordlist.h"
#include "ui/files/picture.h"

#include <QDir>
#include <QFileInfo>

namespace banthuek::ui {
namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

} // namespace

Session::Session(std::unique_ptr<core::Notebook> notebook, QObject* parent)
    : QObject(parent), m_notebook(std::move(notebook)), m_edits(*m_notebook)
{
    loadNames();
    connect(this, &Session::tagsChanged, this, &Session::loadNames);
    // Checkpoints and search-index merges wait for a pause in the writing (or a minute of it),
    // not for a save: either can take tens of milliseconds at 100,000 notes.
    m_notebook->setAutomaticCheckpoints(false);
    if (!m_notebook->readOnly()) {
        read([this] {
            m_notebook->search().setAutomaticMerges(false);
            return true;
        });
    }
    m_checkpoint.setSingleShot(true);
    m_checkpoint.setInterval(3000);
    connect(&m_checkpoint, &QTimer::timeout, this, [this] {
        if (m_writesHeld) {
            return; // released with a new start
        }
        read([this] {
            m_notebook->checkpoint();
            return true;
        });
        m_lastCheckpoint.restart();
        if (!m_notebook->readOnly()) {
            m_merge.start();
        }
    });
    m_lastCheckpoint.start();
    m_merge.setSingleShot(true);
    m_merge.setInterval(0); // events are handled between steps, so a key press never waits long
    connect(&m_merge, &QTimer::timeout, this, &Session::mergeIndexStep);
    auto wrote = [this] {
        m_merge.stop(); // the user is writing again: merging waits for the next pause
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

Session::~Session()
{
    if (m_notebook->readOnly()) {
        return;
    }
    try {
        m_notebook->search().setAutomaticMerges(true); // other writers (the CLI) merge as they write
    } catch (const std::exception&) {
        // The media is gone or full: merges stay off until the window next closes the notebook,
        // which costs little (FTS5 still merges a level that reaches crisismerge).
    }
}

void Session::holdWrites()
{
    m_writesHeld = true;
    m_merge.stop();
    m_checkpoint.stop();
    m_notebook->setBusyWait(0);
}

void Session::releaseWrites(bool changed)
{
    m_writesHeld = false;
    m_notebook->setBusyWait(core::Database::kDefaultBusyTimeoutMs);
    if (changed) {
        emit everythingChanged();
    }
    if (!m_notebook->readOnly()) {
        m_checkpoint.start(); // the task's writes wait in the log; merging follows the checkpoint
    }
}

void Session::mergeIndexStep()
{
    if (m_writesHeld) {
        return;
    }
    // About 64 pages a step: a few milliseconds, so a key press that comes meanwhile is not held up.
    constexpr int kPagesPerStep = 64;
    try {
        if (m_notebook->search().mergeStep(kPagesPerStep)) {
            m_merge.start();
        } else {
            m_notebook->checkpoint(); // the merges' pages into the file, as after a save
            emit searchIndexMerged();
        }
    } catch (const std::exception&) {
        // Nothing is lost when a merge fails (its transaction is rolled back); the index is merged
        // in a later pause, and a save that meets the same trouble says so.
    }
}

void Session::reportUnexpected(const std::exception& error)
{
    m_lastFailure = tr("Unexpected error: %1").arg(QString::fromStdString(error.what()));
    emit failed(m_lastFailure);
}

bool Session::saveCopy(const QString& newPath)
{
    return read([&] {
               core::copyNotebook(m_notebook->path(), str(newPath));
               return true;
           })
        .has_value();
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
    return writeThen([&] { return m_edits.createNote(draft); }, &Session::notesChanged);
}

std::optional<core::Note> Session::saveNote(const QString& id, const core::NoteDraft& draft)
{
    auto saved = read([&] { return m_edits.saveNote(str(id), draft); });
    if (!saved) {
        return std::nullopt;
    }
    if (saved->changed.any()) {
        emit noteSaved(id, saved->changed);
    }
    return std::move(saved->note);
}

std::optional<core::Note> Session::saveMeeting(const QString& id, const core::NoteDraft& draft,
                                               const core::MeetingEntry& entry)
{
    auto meeting = read([&] { return m_edits.saveMeeting(str(id), draft, entry); });
    if (!meeting) {
        return std::nullopt;
    }
    if (meeting->saved.changed.any()) {
        emit noteSaved(id, meeting->saved.changed);
    }
    emit actionsChanged();
    if (meeting->registered > 0) {
        emit registerChanged();
    }
    return std::move(meeting->saved.note);
}

std::optional<core::Note> Session::startNextMeeting(const std::string& seriesId,
                                                    const core::MinutesStore::NextMeeting& next)
{
    return writeThen([&] { return m_edits.startNextMeeting(seriesId, next); }, &Session::notesChanged);
}

bool Session::trashNote(const QString& id)
{
    return doneThen([&] { m_edits.trashNote(str(id)); }, &Session::notesChanged);
}

bool Session::restoreNote(const QString& id)
{
    return doneThen([&] { m_edits.restoreNote(str(id)); }, &Session::notesChanged);
}

bool Session::emptyTrash()
{
    return doneThen([&] { (void)m_edits.emptyTrash(); }, &Session::notesChanged);
}

std::optional<core::Note> Session::restoreRevision(std::int64_t revisionId)
{
    auto note = read([&] { return m_edits.restoreRevision(revisionId); });
    if (note) {
        core::NoteChanges changed;
        changed.title = true; // a revision brings back title and body
        changed.body = true;
        emit noteSaved(QString::fromStdString(note->id), changed);
    }
    return note;
}

std::optional<core::Comment> Session::addComment(const QString& noteId, const QString& author,
                                                 const QString& body)
{
    auto comment = read([&] { return m_edits.addComment(str(noteId), str(author), str(body)); });
    if (comment) {
        emit commentsChanged(noteId);
    }
    return comment;
}

bool Session::editComment(const QString& noteId, const QString& commentId, const QString& body)
{
    const bool done = read([&] { return m_edits.editComment(str(commentId), str(body)); }).has_value();
    if (done) {
        emit commentsChanged(noteId);
    }
    return done;
}

bool Session::removeComment(const QString& noteId, const QString& commentId)
{
    const bool done = read([&] {
                          m_edits.removeComment(str(commentId));
                          return true;
                      }).has_value();
    if (done) {
        emit commentsChanged(noteId);
    }
    return done;
}

std::optional<core::Place> Session::addVillage(const QString& subdistrictCode, int moo, const QString& name)
{
    return writeThen([&] { return m_edits.addVillage(str(subdistrictCode), moo, str(name)); },
                     &Session::tagsChanged);
}

std::optional<core::Theme> Session::findOrAddTheme(const QString& name)
{
    const bool existed =
        read([&] { return m_notebook->themes().findByName(str(name)).has_value(); }).value_or(true);
    auto theme = read([&] { return m_edits.findOrAddTheme(str(name)); });
    if (theme && !existed) {
        emit tagsChanged();
    }
    return theme;
}

std::optional<core::ActionItem> Session::saveAction(const core::ActionItem& item)
{
    return writeThen([&] { return m_edits.saveAction(item); }, &Session::actionsChanged);
}

std::optional<core::Person> Session::addPerson(const core::Person& person)
{
    return writeThen([&] { return m_edits.addPerson(person); }, &Session::registerChanged);
}

std::optional<core::Person> Session::savePerson(const core::Person& person)
{
    return writeThen([&] { return m_edits.savePerson(person); }, &Session::registerChanged);
}

std::optional<core::Organisation> Session::addOrganisation(const core::Organisation& organisation)
{
    return writeThen([&] { return m_edits.addOrganisation(organisation); }, &Session::registerChanged);
}

std::optional<core::Organisation> Session::saveOrganisation(const core::Organisation& organisation)
{
    return writeThen([&] { return m_edits.saveOrganisation(organisation); }, &Session::registerChanged);
}

bool Session::removePeople(const std::vector<std::string>& ids)
{
    return doneThen([&] { m_edits.removePeople(ids); }, &Session::registerChanged);
}

bool Session::removeOrganisations(const std::vector<std::string>& ids)
{
    return doneThen([&] { m_edits.removeOrganisations(ids); }, &Session::registerChanged);
}

bool Session::mergePeople(const std::string& kept, const std::string& duplicate)
{
    return doneThen([&] { m_edits.mergePeople(kept, duplicate); }, &Session::registerChanged);
}

bool Session::mergeOrganisations(const std::string& kept, const std::string& duplicate)
{
    return doneThen([&] { m_edits.mergeOrganisations(kept, duplicate); }, &Session::registerChanged);
}

std::optional<core::Plan> Session::savePlan(const core::Plan& plan)
{
    return writeThen([&] { return m_edits.savePlan(plan); }, &Session::plansChanged);
}

bool Session::savePlanEdits(const core::PlanEdits& edits)
{
    return doneThen([&] { m_edits.savePlanEdits(edits); }, &Session::plansChanged);
}

bool Session::linkPlanItems(const std::string& noteId, const std::vector<std::pair<std::string, bool>>& links)
{
    return doneThen([&] { m_edits.linkPlanItems(noteId, links); }, &Session::plansChanged);
}

std::optional<core::PlanImport> Session::importPlanCsv(const std::string& data, bool dryRun)
{
    auto result = read([&] { return m_edits.importPlanCsv(data, dryRun); });
    if (result && !dryRun && result->ok()) {
        emit plansChanged();
    }
    return result;
}

std::optional<core::GotoKnowImport> Session::importGotoKnow(const QStringList& paths,
                                                            const core::GotoKnowImportOptions& options)
{
    std::vector<std::string> files;
    for (const QString& path : paths) {
        files.push_back(path.toStdString());
    }
    auto result = read([&] { return m_edits.importGotoKnow(files, options); });
    if (result && result->written) {
        announceArrivals(); // keywords may have become themes
    }
    return result;
}

std::optional<core::MarkdownImport> Session::importMarkdown(const QString& folder,
                                                            const core::MarkdownImportOptions& options)
{
    auto result = read([&] { return m_edits.importMarkdown(folder.toStdString(), options); });
    if (result && result->written) {
        announceArrivals(); // tags may have become themes, names people
    }
    return result;
}

std::optional<core::MarkdownExport> Session::exportMarkdown(const QString& folder,
                                                            const core::MarkdownExportOptions& options)
{
    return read([&] { return core::exportMarkdown(*m_notebook, folder.toStdString(), options); });
}

std::optional<core::Published> Session::publishSite(const QString& folder,
                                                    const core::PublishOptions& options)
{
    return read([&] { return core::publishSite(*m_notebook, folder.toStdString(), options); });
}

std::optional<core::TeamInfo> Session::team()
{
    return read([&] { return m_edits.team(); });
}

bool Session::setIdentity(const QString& deviceName, const QString& userName, const QString& userRole)
{
    return read([&] {
               m_edits.setIdentity(deviceName.toStdString(), userName.toStdString(), userRole.toStdString());
               return true;
           })
        .has_value();
}

bool Session::addDictionaryWord(const QString& word)
{
    return doneThen([&] { m_edits.addDictionaryWord(word.toStdString()); }, &Session::dictionaryChanged);
}

bool Session::removeDictionaryWord(const QString& word)
{
    return doneThen([&] { m_edits.removeDictionaryWord(word.toStdString()); }, &Session::dictionaryChanged);
}

QStringList Session::dictionaryWords()
{
    QStringList words;
    const auto stored = read([&] { return core::dictionaryWords(notebook()); });
    for (const std::string& word : stored.value_or(std::vector<std::string>{})) {
        words.append(QString::fromStdString(word));
    }
    return words;
}

bool Session::setTeamName(const QString& name)
{
    const bool saved = read([&] {
                           m_edits.setTeamName(name.toStdString());
                           return true;
                       }).has_value();
    if (saved) {
        emit nameChanged();
    }
    return saved;
}

QString Session::displayName()
{
    return QString::fromStdString(
        read([&] { return core::notebookName(m_notebook->database(), m_notebook->path()); }).value_or(""));
}

std::optional<core::Joined> Session::createTeam(const QString& name)
{
    return read([&] { return m_edits.createTeam(name.toStdString()); });
}

std::optional<core::Joined> Session::joinTeam(const QString& code)
{
    return writeThen([&] { return m_edits.joinTeam(code.toStdString()); }, &Session::notesChanged);
}

std::optional<QString> Session::teamCode()
{
    return read([&] { return QString::fromStdString(m_edits.teamCode()); });
}

std::optional<core::ExportedBundle> Session::exportBundle(const QString& path, bool all)
{
    return read([&] { return m_edits.exportBundle(path.toStdString(), all); });
}

std::optional<core::BundleImport> Session::importBundles(const QStringList& paths)
{
    std::vector<std::string> files;
    for (const QString& path : paths) {
        files.push_back(path.toStdString());
    }
    auto result = read([&] { return m_edits.importBundles(files); });
    if (result && result->changes.rowsChanged > 0) {
        announceArrivals();
    }
    return result;
}

std::optional<core::SyncSummary> Session::syncFolder(const QString& folder)
{
    auto result = read([&] { return m_edits.syncFolder(folder.toStdString()); });
    if (result && result->imported.changes.rowsChanged > 0) {
        announceArrivals();
    }
    return result;
}

std::vector<core::HistoryEntry> Session::history(const QString& noteId)
{
    return read([&] { return m_edits.history(noteId.toStdString()); })
        .value_or(std::vector<core::HistoryEntry>{});
}

bool Session::resolveConflicts(const QString& noteId)
{
    return doneThen([&] { m_edits.resolveConflicts(noteId.toStdString()); }, &Session::notesChanged);
}

QStringList Session::notesInConflict()
{
    QStringList notes;
    for (const auto& [record, title] : read([&] {
                                           return m_edits.notesInConflict();
                                       }).value_or(std::vector<std::pair<std::int64_t, std::string>>{})) {
        notes.append(QString::number(record) + QLatin1Char(' ') + QString::fromStdString(title));
    }
    return notes;
}

QSet<QString> Session::unreadNotes()
{
    QSet<QString> ids;
    for (const std::string& id :
         read([&] { return m_edits.unreadNotes(); }).value_or(std::vector<std::string>{})) {
        ids.insert(QString::fromStdString(id));
    }
    return ids;
}

void Session::markRead(const QString& noteId)
{
    if (readOnly()) {
        return; // what was read is remembered only where the notebook can be written
    }
    if (read([&] { return m_edits.markRead(noteId.toStdString()); }).value_or(false)) {
        emit noteRead(noteId);
    }
}

// What came from teammates or an import may touch anything: every view reads again.
void Session::announceArrivals()
{
    loadNames();
    emit notesChanged();
    emit tagsChanged();
    emit registerChanged();
    emit actionsChanged();
    emit plansChanged();
    emit everythingChanged();
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

namespace banthuek::ui {

std::optional<core::StoredFile> Session::addFile(const QString& path, std::int64_t limit)
{
    return read([&] { return m_edits.addFile(path.toStdString(), {}, limit); });
}

std::optional<core::StoredFile> Session::addFileBytes(const QByteArray& bytes, const QString& name,
                                                      std::int64_t limit)
{
    return read([&] {
        return m_edits.addFileBytes(
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), name.toStdString(),
            limit);
    });
}

std::optional<core::StoredFile> Session::file(const QString& sha256)
{
    try {
        return m_notebook->files().find(sha256.toStdString());
    } catch (const core::Error&) {
        return std::nullopt;
    }
}

QImage Session::picture(const QString& sha256, int edge)
{
    try {
        Picture picture = pictureOf(m_notebook->files(), sha256.toStdString(), edge);
        keepPicture(sha256, edge, picture.made);
        return picture.image;
    } catch (const core::Error&) {
        return {}; // a picture is a convenience: the file itself is checked by `check`
    }
}

void Session::keepPicture(const QString& sha256, int edge, const QByteArray& jpeg)
{
    if (jpeg.isEmpty() || m_notebook->readOnly()) {
        return;
    }
    try {
        m_edits.keepPicture(sha256.toStdString(), edge,
                            std::string_view(jpeg.constData(), static_cast<std::size_t>(jpeg.size())));
    } catch (const core::Error&) {
        // Not kept (the disk is full, say): it is made again next time, nothing is lost.
    }
}

std::optional<QString> Session::copyForOpening(const QString& sha256)
{
    return read([&] {
        const core::StoredFile file = m_notebook->files().get(sha256.toStdString());
        const QString folder = QDir::tempPath() + QStringLiteral("/banthuek-files/") + sha256.left(16);
        QDir().mkpath(folder);
        QString name = QFileInfo(QString::fromStdString(file.name)).fileName();
        if (name.isEmpty() || name.startsWith(QLatin1Char('.'))) {
            name = QStringLiteral("file") + name;
        }
        QString path = folder + QLatin1Char('/') + name;
        if (!QFileInfo::exists(path) || QFileInfo(path).size() != file.size) {
            m_notebook->files().extractTo(file.sha256, path.toStdString());
        }
        return path;
    });
}

} // namespace banthuek::ui
