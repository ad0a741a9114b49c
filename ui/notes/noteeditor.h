// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/note.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTimer;

namespace banthuek::ui {

class LineSpelling;
class SpellChecker;

class ConflictBanner;
class DetailsFold;
class SaveFailedBanner;

class BodyEditor;
class ChipsField;
class DateField;
class MinutesPanel;
class Session;
struct Preferences;

// Edits one note: title, kind, date, author, places, themes, licence, draft/published and the
// body; for minutes, also the meeting record beside the text. Saves by itself 1.5 s after the last change,
// when another note is opened and when the window closes; shows whether everything is saved.
class NoteEditor final : public QWidget
{
    Q_OBJECT

public:
    enum class SaveState { Saved, Unsaved, Failed };

    NoteEditor(Session& session, const Preferences& preferences, QWidget* parent = nullptr);

    // Saves the current note if needed, then shows `id` (empty: nothing).
    void open(const QString& id);
    [[nodiscard]] const QString& noteId() const { return m_id; }
    // Writes pending changes now; false if saving failed (the text stays in the editor).
    bool saveNow();
    [[nodiscard]] SaveState saveState() const { return m_state; }
    // The note as typed (title, then the body as Markdown) into a file of its own: a way out
    // when the notebook cannot be written. chooseFileForText asks where first.
    bool saveTextAs(const QString& path);
    // The details in one line: kind · date · author · places · themes · people (shown while
    // they are folded, and printed under the title).
    [[nodiscard]] QString detailsSummary() const;
    bool chooseFileForText();
    void focusTitle();
    // Marks a search's terms in the body (empty: no marks).
    void markMatches(const QStringList& terms);
    void applyPreferences();
    [[nodiscard]] BodyEditor* body() const { return m_body; }
    // Spelling for the title and the body.
    void setSpellChecker(SpellChecker* checker);
    [[nodiscard]] LineSpelling* titleSpelling() const { return m_titleSpelling; }
    [[nodiscard]] ChipsField* peopleField() const { return m_people; }
    [[nodiscard]] MinutesPanel* minutesPanel() const { return m_minutes; }
    [[nodiscard]] QTabWidget* bodyTabs() const { return m_bodyTabs; }
    // Shows the meeting record of a minutes note (attendees, agenda, action items).
    void showMeetingRecord();

signals:
    void saveStateChanged(banthuek::ui::NoteEditor::SaveState state, const QString& message);
    void noteLinkActivated(const QString& noteId);

private:
    void buildForm();
    QWidget* buildMetadata();
    void load(const core::Note& note);
    void markEdited();
    void metadataEdited();
    void kindChanged();
    void setState(SaveState state, const QString& message = {});
    void updateFooter(const core::Note& note);
    void updateDetailsSummary();
    [[nodiscard]] core::NoteDraft draft() const;
    void reloadIfClean(const QString& id);
    void useConflictText(const QString& body);

    Session& m_session;
    const Preferences& m_preferences;
    QString m_id;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_meetingDirty = false; // the meeting record was edited (saved with the note)
    bool m_saving = false;
    SaveState m_state = SaveState::Saved;
    QTimer* m_autosave;
    QTimer* m_retry; // while a save fails: tries again until the disk takes it

    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    DateField* m_date = nullptr;
    QLineEdit* m_author = nullptr;
    ChipsField* m_places = nullptr;
    ChipsField* m_themes = nullptr;
    ChipsField* m_people = nullptr;
    QComboBox* m_licence = nullptr;
    QCheckBox* m_published = nullptr;
    LineSpelling* m_titleSpelling = nullptr;
    BodyEditor* m_body = nullptr;
    MinutesPanel* m_minutes = nullptr;
    QTabWidget* m_bodyTabs = nullptr;
    QLabel* m_footer = nullptr;
    QLabel* m_trashBanner = nullptr;
    ConflictBanner* m_conflictBanner = nullptr;
    SaveFailedBanner* m_saveFailed = nullptr;
    DetailsFold* m_detailsFold = nullptr;
    QWidget* m_form = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace banthuek::ui
