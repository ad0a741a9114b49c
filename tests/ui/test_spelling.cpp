// SPDX-License-Identifier: GPL-3.0-or-later
// Spelling in the window: misspelt words underlined as typed (off the GUI thread), corrections
// on right click, the notebook's dictionary, and Preferences turning it off.
#include "core/spelling/wordlist.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/comments/commentspanel.h"
#include "ui/notebook/propertiesdialog.h"
#include "ui/notes/bodyeditor.h"
#include "ui/notes/noteeditor.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/spelling/linespelling.h"
#include "ui/spelling/spellchecker.h"
#include "ui/spelling/spellhighlighter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace banthuek;
using banthuek::test::typeText;
using banthuek::test::WindowFixture;

namespace {

// The underlined runs of a document's text, as (position, length).
QList<QPair<int, int>> underlined(QTextDocument* document)
{
    QList<QPair<int, int>> runs;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline) {
                runs.append({block.position() + range.start, range.length});
            }
        }
    }
    return runs;
}

// Lets the checker load its dictionaries and answer every paragraph asked so far.
void settle(ui::SpellChecker& checker)
{
    REQUIRE(QTest::qWaitFor([&] { return checker.active(); }, 20000));
    for (int round = 0; round < 3; ++round) { // an answer may lead to another question
        checker.waitForChecks();
        QApplication::processEvents();
    }
}

QAction* actionNamed(QMenu* menu, const QString& name, const QString& text = {})
{
    for (QAction* action : menu->actions()) {
        if (action->objectName() == name && (text.isEmpty() || action->text() == text)) {
            return action;
        }
    }
    return nullptr;
}

QPoint pointOf(QTextEdit* edit, int position)
{
    QTextCursor cursor(edit->document());
    cursor.setPosition(position);
    return edit->cursorRect(cursor).center();
}

struct NoteWindow : WindowFixture
{
    core::Note note;
    NoteWindow()
    {
        core::NoteDraft draft;
        draft.title = "เวทีประชาคม";
        note = *session->createNote(draft);
        window->openNote(QString::fromStdString(note.id));
    }
    QTextEdit* body() { return window->editor().body()->textEdit(); }
};

} // namespace

TEST_CASE("A misspelt Thai word is underlined as typed, and right click puts the right word in",
          "[ui][spelling]")
{
    NoteWindow f;
    ui::SpellChecker& checker = f.window->spelling();
    QTextEdit* body = f.body();
    body->setFocus();
    typeText(body, QStringLiteral("วันนี้สถานะการณ์ในชุมชนดีขึ้น"));
    settle(checker);
    const auto runs = underlined(body->document());
    REQUIRE(runs.size() == 1);
    CHECK(runs[0] == QPair<int, int>{6, 10}); // สถานะการณ์, after วันนี้
    banthuek::test::keepScreenshot(f.window.get(), QStringLiteral("spelling-underlined.png"));

    std::unique_ptr<QMenu> menu(f.window->editor().body()->contextMenuAt(pointOf(body, 9)));
    QAction* fix = actionNamed(menu.get(), QStringLiteral("spellFix"));
    REQUIRE(fix != nullptr);
    CHECK(fix->text() == QStringLiteral("สถานการณ์")); // the right suggestion comes first
    CHECK(actionNamed(menu.get(), QStringLiteral("spellAddWord")) != nullptr);
    fix->trigger();
    CHECK(body->toPlainText() == QStringLiteral("วันนี้สถานการณ์ในชุมชนดีขึ้น"));
    settle(checker);
    CHECK(underlined(body->document()).isEmpty());
    REQUIRE(f.window->editor().saveNow());
    CHECK(f.notebook().notes().get(f.note.id).content.body.find("สถานการณ์ใน") != std::string::npos);

    // Off the word, the menu is the plain one.
    std::unique_ptr<QMenu> plain(f.window->editor().body()->contextMenuAt(pointOf(body, 1)));
    CHECK(actionNamed(plain.get(), QStringLiteral("spellFix")) == nullptr);
}

TEST_CASE("Underlining never edits a note: one opened with a misspelling stays saved", "[ui][spelling]")
{
    WindowFixture f;
    core::NoteDraft draft;
    draft.title = "บันทึก";
    draft.body = "ผลลัพท์ของโครงการ\n\nวันนี้สถานะการณ์ดี\n";
    const auto note = f.session->createNote(draft);
    f.window->openNote(QString::fromStdString(note->id));
    settle(f.window->spelling());
    CHECK(underlined(f.window->editor().body()->textEdit()->document()).size() == 2);
    CHECK(f.window->editor().saveState() == ui::NoteEditor::SaveState::Saved);
    CHECK(f.notebook().notes().get(note->id).updatedMs == note->updatedMs);
}

TEST_CASE("A name added to the notebook's dictionary is no longer underlined, in any note", "[ui][spelling]")
{
    NoteWindow f;
    ui::SpellChecker& checker = f.window->spelling();
    QTextEdit* body = f.body();
    body->setFocus();
    typeText(body, QStringLiteral("คุณปัทมาไปประชุม"));
    settle(checker);
    REQUIRE(underlined(body->document()).size() == 1);
    std::unique_ptr<QMenu> menu(f.window->editor().body()->contextMenuAt(pointOf(body, 5)));
    QAction* add = actionNamed(menu.get(), QStringLiteral("spellAddWord"));
    REQUIRE(add != nullptr);
    CHECK(add->text().contains(QStringLiteral("ปัทมา")));
    add->trigger();
    settle(checker);
    CHECK(underlined(body->document()).isEmpty());
    CHECK(core::dictionaryWords(f.session->notebook()) == std::vector<std::string>{"ปัทมา"});
    CHECK(body->toPlainText() == QStringLiteral("คุณปัทมาไปประชุม")); // the text is as typed
}

TEST_CASE("The comment being written is checked too, Preferences turn the check off and on", "[ui][spelling]")
{
    NoteWindow f;
    ui::SpellChecker& checker = f.window->spelling();
    QPlainTextEdit* comment = f.window->comments().composer();
    comment->setFocus();
    typeText(comment, QStringLiteral("ขอบคุณที่แบ่งปันประสพการณ์ค่ะ"));
    settle(checker);
    CHECK(underlined(comment->document()).size() == 1);
    std::unique_ptr<QMenu> menu(f.window->comments().contextMenuAt(
        comment->cursorRect(QTextCursor(comment->document()->findBlockByNumber(0))).center() +
        QPoint(comment->fontMetrics().horizontalAdvance(QStringLiteral("ขอบคุณที่แบ่งปันประสพ")), 0)));
    QAction* fix = actionNamed(menu.get(), QStringLiteral("spellFix"), QStringLiteral("ประสบการณ์"));
    REQUIRE(fix != nullptr);

    checker.setEnabled(false);
    QApplication::processEvents();
    CHECK(underlined(comment->document()).isEmpty());
    checker.setEnabled(true);
    settle(checker);
    CHECK(underlined(comment->document()).size() == 1);
}

TEST_CASE("A note's title is checked too, and its correction is an edit of the note", "[ui][spelling]")
{
    NoteWindow f;
    ui::SpellChecker& checker = f.window->spelling();
    auto* title = f.find<QLineEdit>("titleEdit");
    REQUIRE(title != nullptr);
    ui::LineSpelling* spelling = f.window->editor().titleSpelling();
    REQUIRE(spelling != nullptr);
    title->setFocus();
    title->selectAll();
    typeText(title, QStringLiteral("สรุปผลลัพท์เวที"));
    settle(checker);
    CHECK(spelling->underlinedCount() == 1);
    CHECK(title->text() == QStringLiteral("สรุปผลลัพท์เวที")); // underlining leaves the text alone

    const int x = title->fontMetrics().horizontalAdvance(QStringLiteral("สรุปผลลั"));
    const QPoint at(title->contentsRect().left() + 4 + x, title->height() / 2);
    std::unique_ptr<QMenu> menu(spelling->contextMenuAt(at));
    QAction* fix = actionNamed(menu.get(), QStringLiteral("spellFix"), QStringLiteral("ผลลัพธ์"));
    REQUIRE(fix != nullptr);
    fix->trigger();
    CHECK(title->text() == QStringLiteral("สรุปผลลัพธ์เวที"));
    REQUIRE(f.window->editor().saveNow());
    CHECK(f.notebook().notes().get(f.note.id).content.title == "สรุปผลลัพธ์เวที");
    settle(checker);
    CHECK(spelling->underlinedCount() == 0);
}

TEST_CASE("Preferences keep the spelling choice, and say why when there is no Thai dictionary",
          "[ui][spelling]")
{
    ui::Preferences current = ui::Preferences::load();
    current.checkSpelling = false;
    ui::PreferencesDialog dialog(current);
    auto* check = dialog.findChild<QCheckBox*>(QStringLiteral("spellingCheck"));
    REQUIRE(check != nullptr);
    CHECK_FALSE(check->isChecked());
    check->setChecked(true);
    CHECK(dialog.preferences().checkSpelling);
    dialog.noteSpellingProblem(QStringLiteral("no hunspell-th"));
    CHECK_FALSE(check->isEnabled());
    CHECK(check->toolTip() == QStringLiteral("no hunspell-th"));
}

TEST_CASE(
    "A word added to the dictionary by mistake is taken out in Notebook properties, and is underlined again",
    "[ui][spelling]")
{
    NoteWindow f;
    ui::SpellChecker& checker = f.window->spelling();
    REQUIRE(f.session->addDictionaryWord(QStringLiteral("ปัทมา")));
    QTextEdit* body = f.body();
    body->setFocus();
    typeText(body, QStringLiteral("คุณปัทมาไปประชุม"));
    settle(checker);
    CHECK(underlined(body->document()).isEmpty());

    ui::PropertiesDialog properties(*f.session, f.window.get());
    auto* words = properties.findChild<QComboBox*>(QStringLiteral("dictionaryWords"));
    auto* remove = properties.findChild<QPushButton*>(QStringLiteral("dictionaryRemove"));
    REQUIRE(words != nullptr);
    REQUIRE(remove != nullptr);
    REQUIRE(words->count() == 1);
    CHECK(words->currentText() == QStringLiteral("ปัทมา"));
    remove->click();
    CHECK(words->count() == 0);
    CHECK_FALSE(remove->isEnabled());
    CHECK(core::dictionaryWords(f.session->notebook()).empty());
    settle(checker);
    CHECK(underlined(body->document()).size() == 1); // the name is underlined again
}

TEST_CASE("A comment being edited is checked in its dialog, and the corrected text is kept", "[ui][spelling]")
{
    NoteWindow f;
    ui::SpellChecker& checker = f.window->spelling();
    const QString noteId = QString::fromStdString(f.note.id);
    REQUIRE(f.session->addComment(noteId, QStringLiteral("สมศรี"), QStringLiteral("เล่าประสพการณ์ได้ดีมาก"))
                .has_value());
    auto* editButton = f.window->comments().findChild<QToolButton*>(QStringLiteral("editCommentButton"));
    REQUIRE(editButton != nullptr);

    settle(checker);
    int underlinedInDialog = -1;
    QTimer::singleShot(0, [&] {
        // No REQUIRE here: an exception must not cross Qt's event loop.
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        auto* text = dialog ? dialog->findChild<QPlainTextEdit*>(QStringLiteral("editCommentText")) : nullptr;
        CHECK(text != nullptr);
        if (text != nullptr) {
            CHECK(text->toPlainText() == QStringLiteral("เล่าประสพการณ์ได้ดีมาก"));
            checker.waitForChecks();
            CHECK(QTest::qWaitFor([&] { return !underlined(text->document()).isEmpty(); }, 5000));
            underlinedInDialog = static_cast<int>(underlined(text->document()).size());
            // An emptied comment cannot be saved: OK is off until there is text again.
            auto* buttons = dialog->findChild<QDialogButtonBox*>();
            QPushButton* ok = buttons != nullptr ? buttons->button(QDialogButtonBox::Ok) : nullptr;
            CHECK(ok != nullptr);
            text->setPlainText(QStringLiteral("  \n"));
            CHECK((ok != nullptr && !ok->isEnabled()));
            text->setPlainText(QStringLiteral("เล่าประสบการณ์ได้ดีมาก"));
            CHECK((ok != nullptr && ok->isEnabled()));
            if (ok != nullptr) {
                ok->click(); // saves, then closes
            }
        }
        if (dialog != nullptr && dialog->isVisible()) {
            dialog->reject(); // never left open: the test would wait for it
        }
    });
    editButton->click();
    CHECK(underlinedInDialog == 1); // ประสพการณ์, in the dialog as in the composer
    const auto comments =
        f.session->read([&] { return f.session->notebook().comments().forNote(f.note.id); });
    REQUIRE(comments.has_value());
    REQUIRE(comments->size() == 1);
    CHECK(comments->front().body == "เล่าประสบการณ์ได้ดีมาก");
}
