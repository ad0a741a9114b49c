// SPDX-License-Identifier: GPL-3.0-or-later
// File → Exchange…: a teammate's bundle comes in with a report by author, this notebook's goes
// out, and a note edited on two laptops at once shows its banner and resolves.
#include "core/edits/edits.h"
#include "core/exchange/exchange.h"
#include "core/exchange/team.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/exchange/exchangedialog.h"
#include "ui/notes/conflictbanner.h"
#include "ui/notes/noteeditor.h"
#include "ui/notes/notelistpane.h"
#include "ui/people/registerdialog.h"
#include "ui/session/session.h"

#include <QApplication>
#include <QFont>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>

#include <catch2/catch.hpp>

using banthuek::test::WindowFixture;
using namespace banthuek;

namespace {

core::Note addNote(core::Notebook& notebook, const std::string& title, const std::string& author)
{
    core::NoteDraft draft;
    draft.title = title;
    draft.author = author;
    draft.body = "ย่อหน้าแรก";
    core::Edits edits(notebook);
    return edits.createNote(draft);
}

// A teammate's laptop: a notebook of its own that has joined the team by its code.
std::unique_ptr<core::Notebook> teammateNotebook(WindowFixture& f, const std::string& file,
                                                 const std::string& teamCode)
{
    auto teammate = core::Notebook::create(f.dir.file(file));
    (void)core::joinTeam(teammate->database(), teamCode);
    return teammate;
}

// The window's notebook starts a team, and a teammate's laptop joins it.
std::unique_ptr<core::Notebook> teamWithTeammate(WindowFixture& f, const QString& team,
                                                 const std::string& file)
{
    const auto created = f.session->createTeam(team);
    REQUIRE(created);
    return teammateNotebook(f, file, created->code);
}

} // namespace

TEST_CASE("The exchange dialog creates a team, imports a teammate's bundle with a report and exports its own",
          "[ui][exchange]")
{
    WindowFixture f;
    ui::ExchangeDialog dialog(*f.session, f.window.get());
    auto* team = dialog.findChild<QLabel*>(QStringLiteral("teamLabel"));
    REQUIRE(team);
    CHECK(team->text().contains(QStringLiteral("works alone")));
    const auto created = f.session->createTeam(QStringLiteral("ทีมท่าศาลา"));
    REQUIRE(created);
    REQUIRE(f.session->setIdentity(QStringLiteral("โน้ตบุ๊กของหัวหน้าทีม"), QStringLiteral("มาลี"),
                                   QStringLiteral("khun_uea")));

    // A teammate's laptop, its note, its bundle.
    auto teammate = teammateNotebook(f, "somsri.banthuek", created->code);
    const core::Note theirs = addNote(*teammate, "บันทึกของสมศรี", "สมศรี");
    const std::string bundle = f.dir.file("somsri.banthuek-bundle");
    (void)core::exportBundle(teammate->database(), bundle, false);

    // This laptop's own note is open while the teammate's arrives.
    const auto own = f.session->createNote([] {
        core::NoteDraft draft;
        draft.title = "บันทึกที่เปิดอยู่";
        return draft;
    }());
    REQUIRE(own);
    f.window->editor().open(QString::fromStdString(own->id));
    const auto before = f.notebook().notes().count({});
    REQUIRE(dialog.importFiles({QString::fromStdString(bundle)}));
    CHECK(f.notebook().notes().count({}) == before + 1);
    CHECK(dialog.report().contains(QStringLiteral("1 new notes")));
    CHECK(dialog.report().contains(QStringLiteral("สมศรี: 1 note")));
    // The list shows it without reopening.
    REQUIRE(QTest::qWaitFor([&] { return f.window->listPane().view()->model()->rowCount() == before + 1; },
                            5000));

    // It stands out in the list until it is opened, as unread mail does.
    auto boldTitle = [&] {
        QAbstractItemModel* list = f.window->listPane().view()->model();
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->index(row, 0).data().toString() == QStringLiteral("บันทึกของสมศรี")) {
                return list->index(row, 0).data(Qt::FontRole).value<QFont>().bold();
            }
        }
        return false;
    };
    CHECK(boldTitle());
    f.window->editor().open(QString::fromStdString(theirs.id));
    CHECK_FALSE(boldTitle());

    // And this notebook's own note goes out, and the teammate takes it in.
    (void)f.session->createNote([] {
        core::NoteDraft draft;
        draft.title = "บันทึกของหัวหน้าทีม";
        return draft;
    }());
    const QString out = QString::fromStdString(f.dir.file("lead.banthuek-bundle"));
    REQUIRE(dialog.exportTo(out, false));
    CHECK(dialog.report().contains(QStringLiteral("Wrote lead.banthuek-bundle")));
    const core::BundleImport imported = core::importBundles(teammate->database(), {out.toStdString()});
    CHECK(imported.changes.notesNew == 2); // the note that was open, and the one written after
    CHECK(team->text().contains(QStringLiteral("ทีมท่าศาลา")));
}

TEST_CASE("A bundle opened from the desktop is imported into the open notebook in the exchange dialog",
          "[ui][exchange]")
{
    WindowFixture f;
    auto teammate = teamWithTeammate(f, QStringLiteral("ทีมท่าศาลา"), "somsri.banthuek");
    (void)addNote(*teammate, "บันทึกของสมศรี", "สมศรี");
    const std::string bundle = f.dir.file("somsri.banthuek-bundle");
    (void)core::exportBundle(teammate->database(), bundle, false);

    const auto before = f.notebook().notes().count({});
    QString report;
    QTimer::singleShot(0, [&report] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* dialog = qobject_cast<ui::ExchangeDialog*>(modal)) {
            report = dialog->report();
        }
        if (modal) {
            modal->close();
        }
    });
    f.window->importBundles({QString::fromStdString(bundle)});
    CHECK(f.notebook().notes().count({}) == before + 1);
    CHECK(report.contains(QStringLiteral("สมศรี: 1 note")));
}

TEST_CASE("A note edited on two laptops at once shows a banner, the other text can be taken",
          "[ui][exchange]")
{
    WindowFixture f;
    auto teammate = teamWithTeammate(f, QStringLiteral("ทีม"), "other.banthuek");
    const auto note = f.session->createNote([] {
        core::NoteDraft draft;
        draft.title = "บันทึกร่วม";
        draft.body = "ย่อหน้าเดิม";
        return draft;
    }());
    REQUIRE(note);
    const std::string out = f.dir.file("lead.banthuek-bundle");
    REQUIRE(f.session->exportBundle(QString::fromStdString(out), false));
    (void)core::importBundles(teammate->database(), {out});
    // Both edit the same text apart; the teammate's edit is later.
    core::NoteDraft mine = note->content;
    mine.body = "แก้ที่เครื่องหัวหน้าทีม";
    REQUIRE(f.session->saveNote(QString::fromStdString(note->id), mine));
    QTest::qWait(5);
    core::Edits edits(*teammate);
    core::NoteDraft theirs = teammate->notes().get(note->id).content;
    theirs.body = "แก้ที่เครื่องสมศรี";
    (void)edits.saveNote(note->id, theirs);
    const std::string back = f.dir.file("other.banthuek-bundle");
    (void)core::exportBundle(teammate->database(), back, false);
    const auto imported = f.session->importBundles({QString::fromStdString(back)});
    REQUIRE(imported);
    CHECK(imported->changes.bodyConflicts == 1);

    {
        ui::ExchangeDialog dialog(*f.session, f.window.get());
        auto* conflicts = dialog.findChild<QLabel*>(QStringLiteral("conflictsLabel"));
        REQUIRE(conflicts);
        CHECK(conflicts->text().contains(QStringLiteral("บันทึกร่วม")));
    }
    f.window->editor().open(QString::fromStdString(note->id));
    auto* banner = f.window->findChild<ui::ConflictBanner*>(QStringLiteral("conflictBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(f.notebook().notes().get(note->id).content.body == "แก้ที่เครื่องสมศรี");
    // Taking the other text (this laptop's, which lost) makes it current and ends the conflict.
    emit banner->useText(QStringLiteral("แก้ที่เครื่องหัวหน้าทีม"));
    CHECK(f.notebook().notes().get(note->id).content.body == "แก้ที่เครื่องหัวหน้าทีม");
    REQUIRE(QTest::qWaitFor([&] { return !banner->isVisible(); }, 2000));
    const auto history = f.session->history(QString::fromStdString(note->id));
    CHECK(
        std::none_of(history.begin(), history.end(), [](const core::HistoryEntry& e) { return e.conflict; }));
}

TEST_CASE("The same person added on two laptops shows as a likely duplicate in the register, not merged",
          "[ui][exchange]")
{
    WindowFixture f;
    const auto created = f.session->createTeam(QStringLiteral("ทีม"));
    REQUIRE(created);
    core::Person person;
    person.name = "สมชาย ใจดี";
    REQUIRE(f.session->addPerson(person));
    auto teammate = teammateNotebook(f, "other.banthuek", created->code);
    core::Edits edits(*teammate);
    (void)edits.addPerson(person);
    const std::string bundle = f.dir.file("other.banthuek-bundle");
    (void)core::exportBundle(teammate->database(), bundle, false);
    REQUIRE(f.session->importBundles({QString::fromStdString(bundle)}));

    ui::RegisterDialog dialog(
        *f.session, [](const core::NoteFilter&) {}, f.window.get());
    QTableWidget* people = dialog.people();
    REQUIRE(people->rowCount() == 2);
    for (int row = 0; row < 2; ++row) {
        CHECK(people->item(row, 0)->toolTip().contains(QStringLiteral("likely duplicate")));
    }
}
