// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/noteeditor.h"

#include "ui/minutes/minutespanel.h"
#include "ui/notes/bodyeditor.h"
#include "ui/notes/conflictbanner.h"
#include "ui/notes/detailsfold.h"
#include "ui/notes/notefields.h"
#include "ui/notes/savefailedbanner.h"
#include "ui/people/peoplefield.h"
#include "ui/places/placesfield.h"
#include "ui/preferences/preferences.h"
#include "ui/session/session.h"
#include "ui/spelling/linespelling.h"
#include "ui/themes/themesfield.h"
#include "ui/widgets/chipsfield.h"
#include "ui/widgets/datefield.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace banthuek::ui {
namespace {

// A save comes at most this long after the first unsaved keystroke, however long the typing
// goes on: a laptop whose battery dies loses at most the last second and a half.
constexpr int kAutosaveDelayMs = 1500;
// A save that failed (full disk, card pulled out) is tried again this often, so it succeeds by
// itself once there is room or the card is back.
constexpr int kRetryMs = 5000;

} // namespace

namespace {

// The notebook's files for the body: stored through the session, pictures made once and kept.
BodyFiles bodyFiles(Session& session, const Preferences& preferences)
{
    BodyFiles files;
    auto attached = [&session](const core::StoredFile& file) {
        const QString sha = QString::fromStdString(file.sha256);
        // An image that does not decode is kept as a file the system's viewer may still open.
        const bool image = file.isImage() && !session.picture(sha, kShownPictureEdge).isNull();
        return AttachedFile{sha, QString::fromStdString(file.name), image};
    };
    files.addPath = [&session, &preferences, attached](const QString& path) -> std::optional<AttachedFile> {
        const auto file = session.addFile(path, preferences.fileLimitBytes());
        return file ? std::optional(attached(*file)) : std::nullopt;
    };
    files.addImage = [&session, &preferences, attached](const QImage& image) -> std::optional<AttachedFile> {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (image.isNull() || !image.save(&buffer, "PNG")) {
            return std::nullopt;
        }
        const QString name =
            QStringLiteral("pasted-%1.png")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        const auto file = session.addFileBytes(png, name, preferences.fileLimitBytes());
        return file ? std::optional(attached(*file)) : std::nullopt;
    };
    files.picture = [&session](const QString& sha, int edge) { return session.picture(sha, edge); };
    files.describe = [&session](const QString& sha) {
        const auto file = session.file(sha);
        if (!file) {
            return NoteEditor::tr("A file not in this notebook yet");
        }
        return QStringLiteral("%1 · %2 · %3")
            .arg(QString::fromStdString(file->name), QLocale().formattedDataSize(file->size),
                 QString::fromStdString(file->mime));
    };
    files.open = [&session](const QString& sha) {
        if (const auto path = session.copyForOpening(sha)) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(*path));
        }
    };
    return files;
}

} // namespace

NoteEditor::NoteEditor(Session& session, const Preferences& preferences, QWidget* parent)
    : QWidget(parent), m_session(session), m_preferences(preferences), m_autosave(new QTimer(this)),
      m_retry(new QTimer(this))
{
    setObjectName(QStringLiteral("noteEditor"));
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &NoteEditor::saveNow);
    m_retry->setInterval(kRetryMs);
    connect(m_retry, &QTimer::timeout, this, &NoteEditor::saveNow);
    connect(&m_session, &Session::noteSaved, this, &NoteEditor::reloadIfClean);
    connect(&m_session, &Session::notesChanged, this, [this] { reloadIfClean(m_id); });
    // A merge or rename in the register changes the names (and maybe the ids) of the tags.
    connect(&m_session, &Session::registerChanged, this, [this] { reloadIfClean(m_id); });
    buildForm();
    open({});
}

void NoteEditor::buildForm()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_empty = new QLabel(tr("Select a note, or press Ctrl+N to write a new field note."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_form = new QWidget(this);
    auto* form = new QVBoxLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    m_trashBanner = new QLabel(tr("This note is in the Trash. Restore it to edit it."), m_form);
    m_trashBanner->setObjectName(QStringLiteral("trashBanner"));
    m_trashBanner->setStyleSheet(QStringLiteral("background: #fff3cd; color: #664d03; padding: 4px;"));
    m_title = new QLineEdit(m_form);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setFrame(false);
    m_body = new BodyEditor(m_form);
    m_body->setNoteLinking([this](const QString& typed) { return noteChoices(m_session, typed, m_id); },
                           [this](const QString& id) { return noteLinkInfo(m_session, id); });
    connect(m_body, &BodyEditor::noteLinkActivated, this, &NoteEditor::noteLinkActivated);
    m_body->setFiles(bodyFiles(m_session, m_preferences));
    m_footer = new QLabel(m_form);
    m_footer->setObjectName(QStringLiteral("noteFooter"));
    m_footer->setWordWrap(true);
    m_footer->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_footer->setTextFormat(Qt::RichText);
    m_footer->setOpenExternalLinks(true); // an imported note's source: its GotoKnow page
    form->addWidget(m_trashBanner);
    m_saveFailed = new SaveFailedBanner(m_form);
    form->addWidget(m_saveFailed);
    connect(m_saveFailed, &SaveFailedBanner::retry, this, &NoteEditor::saveNow);
    connect(m_saveFailed, &SaveFailedBanner::saveText, this, &NoteEditor::chooseFileForText);
    m_conflictBanner = new ConflictBanner(m_session, m_form);
    form->addWidget(m_conflictBanner);
    connect(m_conflictBanner, &ConflictBanner::useText, this, &NoteEditor::useConflictText);
    connect(m_conflictBanner, &ConflictBanner::resolved, this, [this] { m_conflictBanner->showFor(m_id); });
    form->addWidget(m_title);
    QWidget* details = buildMetadata();
    m_detailsFold = new DetailsFold(details, m_form);
    form->addWidget(m_detailsFold);
    form->addWidget(details);
    m_minutes = new MinutesPanel(m_session, m_preferences, m_form);
    m_bodyTabs = new QTabWidget(m_form);
    m_bodyTabs->setObjectName(QStringLiteral("bodyTabs"));
    m_bodyTabs->setDocumentMode(true);
    m_bodyTabs->addTab(m_body, tr("Text"));
    m_bodyTabs->addTab(m_minutes, tr("Meeting record"));
    form->addWidget(m_bodyTabs, 1);
    form->addWidget(m_footer);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_form, 1);
    connect(m_title, &QLineEdit::textEdited, this, &NoteEditor::markEdited);
    connect(m_body, &BodyEditor::edited, this, &NoteEditor::markEdited);
    connect(m_minutes, &MinutesPanel::edited, this, [this] {
        if (!m_loading && !m_id.isEmpty()) {
            m_meetingDirty = true;
            markEdited();
        }
    });
    applyPreferences();
}

QWidget* NoteEditor::buildMetadata()
{
    auto* box = new QWidget(m_form);
    auto* grid = new QFormLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_kind = makeKindCombo(box);
    m_date = new DateField([this](const core::CivilDate& d) { return m_preferences.formatDate(d); },
                           m_preferences.era, box);
    m_date->setObjectName(QStringLiteral("dateField"));
    m_author = makeAuthorEdit(m_session, box);
    m_places = makePlacesField(m_session, box);
    m_themes = makeThemesField(m_session, box);
    m_people = makePeopleField(m_session, box);
    m_licence = makeLicenceCombo(box);
    m_published = new QCheckBox(tr("Published (unticked: draft)"), box);
    m_published->setObjectName(QStringLiteral("publishedCheck"));
    auto* row = new QHBoxLayout();
    row->addWidget(m_kind);
    row->addWidget(m_date, 1);
    row->addWidget(m_author, 1);
    grid->addRow(tr("Kind, date, author:"), row);
    grid->addRow(tr("Places:"), m_places);
    grid->addRow(tr("Themes:"), m_themes);
    grid->addRow(tr("People:"), m_people);
    auto* last = new QHBoxLayout();
    last->addWidget(m_licence, 1);
    last->addWidget(m_published);
    grid->addRow(tr("Licence:"), last);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NoteEditor::metadataEdited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NoteEditor::kindChanged);
    connect(m_date, &DateField::dateChanged, this, &NoteEditor::metadataEdited);
    connect(m_author, &QLineEdit::textEdited, this, &NoteEditor::metadataEdited);
    connect(m_places, &ChipsField::changed, this, &NoteEditor::metadataEdited);
    connect(m_themes, &ChipsField::changed, this, &NoteEditor::metadataEdited);
    connect(m_people, &ChipsField::changed, this, &NoteEditor::metadataEdited);
    connect(m_licence, &QComboBox::currentTextChanged, this, &NoteEditor::metadataEdited);
    connect(m_published, &QCheckBox::toggled, this, &NoteEditor::metadataEdited);
    return box;
}

void NoteEditor::setSpellChecker(SpellChecker* checker)
{
    m_body->setSpellChecker(checker);
    m_titleSpelling = new LineSpelling(*checker, m_title);
}

void NoteEditor::applyPreferences()
{
    m_body->setFontSize(m_preferences.editorFontSize);
}

void NoteEditor::open(const QString& id)
{
    if (id == m_id && !id.isEmpty()) {
        return;
    }
    if (!saveNow()) {
        return; // keep the note whose changes could not be written on screen, never drop them
    }
    m_id = id;
    const auto note =
        id.isEmpty() ? std::nullopt
                     : m_session.read([&] { return m_session.notebook().notes().get(id.toStdString()); });
    if (note) {
        m_session.markRead(id);
    }
    m_empty->setVisible(!note);
    m_form->setVisible(note.has_value());
    if (!note) {
        m_id.clear();
        return;
    }
    load(*note);
}

void NoteEditor::load(const core::Note& note)
{
    m_loading = true;
    const core::NoteDraft& content = note.content;
    m_title->setText(QString::fromStdString(content.title));
    m_kind->setCurrentIndex(
        m_kind->findData(QString::fromStdString(std::string(core::kindName(content.kind)))));
    m_date->setDate(content.eventDate);
    m_author->setText(QString::fromStdString(content.author));
    m_places->setChips(placeChips(m_session, content.placeCodes));
    m_themes->setChips(themeChips(m_session, content.themeIds));
    m_people->setChips(peopleChips(m_session, content.personIds, content.organisationIds));
    m_licence->setCurrentText(QString::fromStdString(content.licence));
    m_published->setChecked(content.published);
    m_body->setMarkdown(QString::fromStdString(content.body));
    const bool trashed = note.trashedMs.has_value();
    const bool locked = trashed || m_session.readOnly();
    m_trashBanner->setVisible(trashed);
    m_conflictBanner->showFor(QString::fromStdString(note.id));
    for (QWidget* field :
         {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_date),
          static_cast<QWidget*>(m_author), static_cast<QWidget*>(m_places), static_cast<QWidget*>(m_themes),
          static_cast<QWidget*>(m_people), static_cast<QWidget*>(m_licence),
          static_cast<QWidget*>(m_published)}) {
        field->setEnabled(!locked);
    }
    m_body->setReadOnly(locked);
    const bool minutes = content.kind == core::NoteKind::Minutes;
    if (minutes) {
        m_minutes->load(QString::fromStdString(note.id), content.placeCodes);
    }
    m_minutes->setReadOnly(locked);
    m_bodyTabs->setTabVisible(1, minutes);
    m_bodyTabs->tabBar()->setVisible(minutes);
    updateFooter(note);
    updateDetailsSummary();
    m_dirty = false;
    m_meetingDirty = false;
    m_loading = false;
    setState(SaveState::Saved);
}

QString NoteEditor::detailsSummary() const
{
    QStringList parts{m_kind->currentText()};
    if (const auto date = m_date->date()) {
        parts.append(m_preferences.formatDate(*date));
    }
    for (const QString& part :
         {m_author->text().trimmed(), m_places->labels().join(QStringLiteral(", ")),
          m_themes->labels().join(QStringLiteral(", ")), m_people->labels().join(QStringLiteral(", "))}) {
        if (!part.isEmpty()) {
            parts.append(part);
        }
    }
    return parts.join(QStringLiteral(" · "));
}

void NoteEditor::updateDetailsSummary()
{
    m_detailsFold->setSummary(detailsSummary());
}

void NoteEditor::updateFooter(const core::Note& note)
{
    QString text =
        tr("Record no. %1 · written %2 · last edited %3")
            .arg(note.record)
            .arg(m_preferences.formatTime(note.createdMs), m_preferences.formatTime(note.updatedMs))
            .toHtmlEscaped();
    const auto source = m_session.read([&] { return m_session.notebook().notes().source(note.id); });
    if (source && *source && (*source)->site == "gotoknow") {
        const QString url = QString::fromStdString((*source)->url);
        const QString link =
            QStringLiteral("<a href=\"%1\">%2</a>")
                .arg(url.toHtmlEscaped(), tr("GotoKnow post %1").arg(QString::fromStdString((*source)->ref)));
        text += QStringLiteral(" · ") + tr("imported from %1").arg(link);
    }
    m_footer->setText(text);
}

core::NoteDraft NoteEditor::draft() const
{
    core::NoteDraft d;
    // A note whose title was cleared is still saved (with a placeholder), so its body is kept.
    const QString title = m_title->text().trimmed();
    d.title = (title.isEmpty() ? tr("Untitled note") : title).toStdString();
    d.kind =
        core::parseKind(m_kind->currentData().toString().toStdString()).value_or(core::NoteKind::FieldNote);
    d.eventDate = m_date->date();
    d.author = m_author->text().toStdString();
    for (const QString& code : m_places->keys()) {
        d.placeCodes.push_back(code.toStdString());
    }
    for (const QString& id : m_themes->keys()) {
        d.themeIds.push_back(id.toStdString());
    }
    splitPeopleKeys(m_people->keys(), d.personIds, d.organisationIds);
    d.licence = m_licence->currentText().toStdString();
    d.published = m_published->isChecked();
    d.body = m_body->markdown().toStdString();
    return d;
}

void NoteEditor::kindChanged()
{
    if (m_loading) {
        return;
    }
    const bool minutes = m_kind->currentData().toString() == QStringLiteral("minutes");
    if (minutes && !m_bodyTabs->isTabVisible(1)) {
        m_minutes->load(m_id, {});
    }
    m_bodyTabs->setTabVisible(1, minutes);
    m_bodyTabs->tabBar()->setVisible(minutes);
}

void NoteEditor::showMeetingRecord()
{
    if (m_bodyTabs->isTabVisible(1)) {
        m_bodyTabs->setCurrentIndex(1);
    }
}

// The details' one-line summary changes with them only, not with each key typed in the body.
void NoteEditor::metadataEdited()
{
    if (!m_loading) {
        updateDetailsSummary();
    }
    markEdited();
}

void NoteEditor::markEdited()
{
    if (m_loading || m_id.isEmpty()) {
        return;
    }
    m_dirty = true;
    setState(SaveState::Unsaved);
    if (!m_autosave->isActive()) { // not restarted by each key: steady typing is saved too
        m_autosave->start();
    }
}

bool NoteEditor::saveNow()
{
    m_autosave->stop();
    if (!m_dirty || m_id.isEmpty()) {
        return true;
    }
    m_saving = true; // the signal this save sends must not reload the editor (and lose its undo)
    const core::NoteDraft content = draft();
    const bool meeting = m_meetingDirty && content.kind == core::NoteKind::Minutes;
    std::optional<core::Note> saved;
    if (!meeting) {
        saved = m_session.saveNote(m_id, content);
    } else if (const auto entry = m_session.read([this] { return m_minutes->entry(); })) {
        saved = m_session.saveMeeting(m_id, content, *entry);
    }
    m_saving = false;
    m_dirty = !saved;
    m_meetingDirty = m_meetingDirty && !saved;
    if (!saved) {
        m_saveFailed->showReason(m_session.lastFailure());
        m_retry->start();
        setState(SaveState::Failed, tr("Not saved: the text is kept in the window"));
        return false;
    }
    m_retry->stop();
    m_saveFailed->hide();
    updateFooter(*saved);
    setState(SaveState::Saved);
    return true;
}

bool NoteEditor::saveTextAs(const QString& path)
{
    const core::NoteDraft typed = draft();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        QMessageBox::warning(this, tr("Cannot save the text"),
                             tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    file.write(QByteArray::fromStdString("# " + typed.title + "\n\n" + typed.body + "\n"));
    if (!file.commit()) {
        QMessageBox::warning(this, tr("Cannot save the text"),
                             tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool NoteEditor::chooseFileForText()
{
    QString name = m_title->text().trimmed();
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the text to a file"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath((name.isEmpty() ? tr("Untitled note") : name) + QStringLiteral(".md")),
        tr("Markdown text (*.md);;All files (*)"));
    return !path.isEmpty() && saveTextAs(path);
}

// The other laptop's text becomes current (what was current stays in the history), and the
// conflict is over.
void NoteEditor::useConflictText(const QString& body)
{
    saveNow();
    const auto note = m_session.read([&] { return m_session.notebook().notes().get(m_id.toStdString()); });
    if (!note) {
        return;
    }
    core::NoteDraft draft = note->content;
    draft.body = body.toStdString();
    if (m_session.saveNote(m_id, draft)) {
        m_session.resolveConflicts(m_id);
    }
}

void NoteEditor::reloadIfClean(const QString& id)
{
    if (id.isEmpty() || id != m_id || m_dirty || m_saving) {
        return;
    }
    const auto note = m_session.read([&] { return m_session.notebook().notes().get(id.toStdString()); });
    if (!note) {
        open({});
        return;
    }
    // Keep the cursor where it was when only metadata changed elsewhere (e.g. after a restore).
    const int position = m_body->textEdit()->textCursor().position();
    load(*note);
    QTextCursor cursor = m_body->textEdit()->textCursor();
    cursor.setPosition(qMin(position, m_body->textEdit()->document()->characterCount() - 1));
    m_body->textEdit()->setTextCursor(cursor);
}

void NoteEditor::setState(SaveState state, const QString& message)
{
    m_state = state;
    emit saveStateChanged(state, message);
}

void NoteEditor::markMatches(const QStringList& terms)
{
    m_body->markMatches(terms);
}

void NoteEditor::focusTitle()
{
    m_title->setFocus();
    m_title->selectAll();
}

} // namespace banthuek::ui
