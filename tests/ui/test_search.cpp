// SPDX-License-Identifier: GPL-3.0-or-later
// Searching from the window: Ctrl+K, typing Thai, ranked results with marked matches.
#include "core/demo/demonotebook.h"
#include "tests/support/tempdir.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/notes/noteeditor.h"
#include "ui/notes/notelistpane.h"
#include "ui/overview/coveragedialog.h"
#include "ui/search/searchresultsmodel.h"
#include "ui/sidebar/sidebarmodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>

#include <catch2/catch.hpp>

using banthuek::test::WindowFixture;
using namespace banthuek;

namespace {

struct SearchFixture : WindowFixture
{
    SearchFixture()
    {
        close();
        {
            auto notebook = core::Notebook::open(path);
            core::addDemoContent(*notebook);
        }
        open(false);
    }
    ui::NoteListPane& pane() { return window->listPane(); }
    ui::SearchResultsModel& results() { return pane().resultsModel(); }
    QString status() { return find<QLabel>("searchStatus")->text(); }
    void search(const QString& text)
    {
        pane().filterEdit()->clear();
        banthuek::test::typeText(pane().filterEdit(), text);
        QTest::qWait(300); // the pause after typing
    }
    QStringList titles()
    {
        QStringList out;
        for (int row = 0; row < results().rowCount(); ++row) {
            out << results().index(row).data().toString();
        }
        return out;
    }
};

} // namespace

TEST_CASE("Ctrl+K searches every note as you type Thai, ranked, with the match marked", "[ui][search]")
{
    SearchFixture f;
    QTest::keyClick(f.window.get(), Qt::Key_K, Qt::ControlModifier);
    CHECK(f.pane().searching());
    CHECK(f.pane().filterEdit()->hasFocus());
    CHECK(f.pane().resultsView()->isVisible());
    CHECK_FALSE(f.pane().view()->isVisible());

    f.search(QStringLiteral("ปูม้า"));
    const QStringList found = f.titles();
    REQUIRE(found.size() == 2);
    CHECK(found.at(0) == QStringLiteral("ธนาคารปูม้าปากพูน: ทะเลที่ชุมชนดูแลเอง")); // the title weighs most
    const QString snippet = f.results().index(0).data(ui::SearchResultsModel::SnippetHtmlRole).toString();
    CHECK(snippet.contains(QStringLiteral("\">ปูม้า</b>")));
    CHECK(f.status() == QStringLiteral("2 notes found."));
    // The first result is open in the editor; choosing the second opens it.
    CHECK(f.window->editor().noteId() == f.results().noteId(0));
    f.pane().resultsView()->setCurrentIndex(f.results().index(1));
    CHECK(f.window->editor().noteId() == f.results().noteId(1));
    // The open note shows where the word is.
    auto* body = f.window->findChild<QTextEdit*>(QStringLiteral("bodyEdit"));
    REQUIRE(body);
    REQUIRE_FALSE(body->extraSelections().isEmpty());
    CHECK(body->extraSelections().first().cursor.selectedText() == QStringLiteral("ปูม้า"));
    CHECK(f.window->editor().saveState() == ui::NoteEditor::SaveState::Saved); // marking is no edit
    CHECK_FALSE(f.pane().resultsView()->grab().isNull()); // the delegate paints Thai snippets

    // Part of a word: มชน is inside ชุมชน, which ICU keeps as one word.
    f.search(QStringLiteral("มชน"));
    REQUIRE(f.results().rowCount() > 0);
    CHECK(f.results()
              .index(0)
              .data(ui::SearchResultsModel::SnippetHtmlRole)
              .toString()
              .contains(QStringLiteral("\">มชน</b>")));

    // A filter naming nothing says so instead of showing nothing.
    f.search(QStringLiteral("ชุมชน place:ไม่มีที่นี่"));
    CHECK(f.results().rowCount() == 0);
    CHECK(f.status().contains(QStringLiteral("ไม่มีที่นี่")));
    f.search(QStringLiteral("-ชุมชน")); // nothing to look for: the status says how to search
    CHECK(f.status().startsWith(QStringLiteral("Type words to find")));
    f.search(QStringLiteral("\"ไม่ปิดเครื่องหมายคำพูด")); // an unclosed quote is no error
    CHECK(f.status().contains(QStringLiteral("ไม่ปิดเครื่องหมายคำพูด")));
    f.search(QStringLiteral("ไม่มีคำนี้ในสมุดแน่นอน"));
    CHECK(f.status().startsWith(QStringLiteral("No note contains")));

    // Escape leaves the search for the list.
    QTest::keyClick(f.pane().filterEdit(), Qt::Key_Escape);
    CHECK_FALSE(f.pane().searching());
    CHECK(f.pane().view()->isVisible());
}

TEST_CASE("Search follows the sidebar's selection, the filter box and every save", "[ui][search]")
{
    SearchFixture f;
    // What was typed in the list's filter becomes the search when the box switches.
    f.pane().focusFilter();
    banthuek::test::typeText(f.pane().filterEdit(), QStringLiteral("ชุมชน"));
    QTest::qWait(300);
    f.window->findChild<QToolButton*>(QStringLiteral("searchMode"))->click();
    CHECK(f.pane().searching());
    const int everywhere = f.results().rowCount();
    REQUIRE(everywhere >= 3);

    auto& sidebar = f.window->sidebarModel();
    f.window->sidebar().setCurrentIndex(
        sidebar.indexFor(ui::SidebarModel::Entry::Place, QStringLiteral("801501")));
    CHECK(f.pane().searching());
    CHECK(f.results().rowCount() >= 1);
    CHECK(f.results().rowCount() < everywhere);
    f.window->sidebar().setCurrentIndex(sidebar.indexFor(ui::SidebarModel::Entry::All));
    CHECK(f.results().rowCount() == everywhere);

    // A word saved into a note is found at once.
    f.search(QStringLiteral("ผ้าบาติกลายใหม่"));
    CHECK(f.results().rowCount() == 0);
    core::NoteDraft draft;
    draft.title = "ผ้าบาติก";
    draft.body = "กลุ่มแม่บ้านออกแบบผ้าบาติกลายใหม่";
    REQUIRE(f.session->createNote(draft));
    QTest::qWait(50);
    CHECK(f.titles() == QStringList{QStringLiteral("ผ้าบาติก")});
}

TEST_CASE("Snippets escape user text, mark matches and drop Markdown marks", "[ui][search]")
{
    core::SearchHit hit;
    hit.snippet = "## วาระที่ 2 **ปูม้า** *ถอด*ความ <script> ##…";
    const std::size_t from = hit.snippet.find("ปูม้า");
    hit.highlights = {{from, from + std::string("ปูม้า").size()}};
    const QString html = ui::snippetHtml(hit);
    CHECK(html.contains(QStringLiteral("\">ปูม้า</b>")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("##")));
    CHECK_FALSE(html.contains(QStringLiteral("**")));
    CHECK(html.trimmed().startsWith(QStringLiteral("วาระที่ 2")));
}

TEST_CASE("The coverage matrix counts notes per subdistrict and theme and lists a cell's notes",
          "[ui][coverage]")
{
    SearchFixture f; // the demo notebook: five subdistricts of Nakhon Si Thammarat
    f.window->showCoverage();
    auto* dialog = f.window->findChild<ui::CoverageDialog*>();
    REQUIRE(dialog);
    const core::CivilDate today = core::today();
    dialog->setPeriod(core::addDays(today, -400), today);
    QTableWidget* table = dialog->table();
    REQUIRE(table->rowCount() == static_cast<int>(dialog->coverage().rows.size()));
    REQUIRE(table->rowCount() >= 4);
    // Find ขนอม's row and the welfare column.
    int khanom = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == QStringLiteral("ขนอม")) {
            khanom = row;
        }
    }
    int welfare = -1;
    for (int column = 0; column < table->columnCount(); ++column) {
        if (table->horizontalHeaderItem(column)->text() == QStringLiteral("สวัสดิการชุมชน")) {
            welfare = column;
        }
    }
    REQUIRE(khanom >= 0);
    REQUIRE(welfare >= 0);
    CHECK(table->item(khanom, welfare)->text() == QStringLiteral("1"));
    CHECK(table->item(khanom, welfare)->background().color() != QColor(Qt::white)); // shaded

    // Double-clicking the cell lists its note.
    emit table->cellDoubleClicked(khanom, welfare);
    CHECK(f.pane().view()->model()->rowCount() == 1);
    CHECK(f.find<QLabel>("breadcrumb")->text().startsWith(QStringLiteral("Coverage › ")));

    const std::string csv = f.dir.file("coverage.csv");
    REQUIRE(dialog->exportCsv(QString::fromStdString(csv)));
    const std::string written = banthuek::test::readBytes(csv);
    CHECK(written.rfind("\xEF\xBB\xBFprovince,district,subdistrict_code,subdistrict,notes,", 0) == 0);
    CHECK(written.find("นครศรีธรรมราช,ขนอม,801501,ขนอม,1,") != std::string::npos);
    dialog->close();
}

TEST_CASE("Related notes beside a note open with a click", "[ui][related]")
{
    SearchFixture f;
    const QString current = f.window->editor().noteId();
    REQUIRE_FALSE(current.isEmpty()); // the window opens on the newest note
    CHECK(current == f.pane().currentNoteId());
    auto* list = f.window->findChild<QListWidget*>(QStringLiteral("relatedList"));
    REQUIRE(list);
    const auto expected = f.notebook().overview().related(current.toStdString());
    // Filled a moment later (the note paints first).
    REQUIRE(QTest::qWaitFor([&] { return list->count() == static_cast<int>(expected.size()); }));
    REQUIRE(list->count() > 0);
    CHECK(list->item(0)->text().startsWith(QString::fromStdString(expected[0].title)));
    CHECK(list->item(0)->text().contains(QStringLiteral("in common")));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    CHECK(f.window->editor().noteId() == QString::fromStdString(expected[0].id));
    // The panel now shows the notes related to the note just opened.
    const int now =
        std::max<int>(1, static_cast<int>(f.notebook().overview().related(expected[0].id).size()));
    CHECK(QTest::qWaitFor([&] { return list->count() == now; }));

    // A note that shares nothing says so, and clicking that line opens nothing.
    core::NoteDraft lone;
    lone.title = "ไม่มีที่ไม่มีประเด็น";
    const auto note = f.session->createNote(lone);
    REQUIRE(note);
    f.window->listPane().selectNote(QString::fromStdString(note->id));
    REQUIRE(QTest::qWaitFor([&] { return list->count() == 1; }));
    CHECK(list->item(0)->text() == QStringLiteral("No other note shares its places or themes."));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    CHECK(f.window->editor().noteId() == QString::fromStdString(note->id));

    // Behind the "Linked from" tab the panel asks nothing; it fills when its tab comes back.
    auto* tabs = f.window->findChild<QTabWidget*>(QStringLiteral("besideTabs"));
    REQUIRE(tabs);
    tabs->setCurrentIndex(1);
    f.window->openNote(current);
    QTest::qWait(50);
    CHECK(list->count() == 0);
    tabs->setCurrentIndex(0);
    CHECK(QTest::qWaitFor([&] { return list->count() == static_cast<int>(expected.size()); }));
}
