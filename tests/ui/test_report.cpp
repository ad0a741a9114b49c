// SPDX-License-Identifier: GPL-3.0-or-later
// Reports on paper and for word processors: the PDF and ODT writers, and exporting minutes.
#include "core/summary/minutesreport.h"
#include "tests/support/pdftext.h"
#include "tests/support/runprocess.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/notes/noteeditor.h"
#include "ui/report/reportwriter.h"

#include <QFile>
#include <QSettings>
#include <QTextDocument>

#include <catch2/catch.hpp>

using banthuek::test::DemoFixture;
using banthuek::test::pdfPages;
using banthuek::test::pdfText;
using banthuek::test::runProcess;
using banthuek::test::TempDir;
using namespace banthuek;

namespace {

std::size_t count(const std::string& text, const std::string& what)
{
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) {
        ++n;
    }
    return n;
}

// A report with one long table whose due dates wrap onto a second line in their narrow column.
core::ReportDocument longTable()
{
    core::ReportDocument report;
    report.title = "Follow-up";
    report.runningHeader = "Banthuek test notebook";
    report.pageFormat = "Page %1 of %2";
    report.add(core::ReportBlock::Kind::Title, "Action items");
    core::ReportTable table;
    table.header = {"No.", "Action", "Owner", "Due"};
    table.widths = {6, 54, 25, 15};
    for (int i = 1; i <= 60; ++i) {
        table.rows.push_back({std::to_string(i), "Task " + std::to_string(i) + " สรุปข้อมูลครัวเรือน", "มาลี บุญมา",
                              std::to_string(i % 28 + 1) + " December 2026"});
    }
    report.addTable(table);
    return report;
}

} // namespace

TEST_CASE("The PDF writer pages a long table with its header on every page and no row split", "[ui][report]")
{
    TempDir dir;
    const std::string path = dir.file("long.pdf");
    ui::writeReportPdf(longTable(), QString::fromStdString(path));
    const int pages = pdfPages(path);
    REQUIRE(pages >= 2);
    int tasks = 0;
    for (int page = 1; page <= pages; ++page) {
        const std::string text = pdfText(path, page);
        CHECK(count(text, "Banthuek test notebook") == 1); // the running header
        CHECK(text.find("Page " + std::to_string(page) + " of " + std::to_string(pages)) !=
              std::string::npos);
        CHECK(count(text, "Owner") == 1); // the table's header, repeated
        // Each row's date ends on the page its action is on: as many years as tasks.
        CHECK(count(text, "Task ") == count(text, "2026"));
        tasks += static_cast<int>(count(text, "Task "));
    }
    CHECK(tasks == 60);
}

TEST_CASE("The ODT writer writes OpenDocument Text, an unwritable path is refused by name", "[ui][report]")
{
    TempDir dir;
    const std::string path = dir.file("long.odt");
    ui::writeReportOdt(longTable(), QString::fromStdString(path));
    QFile file(QString::fromStdString(path));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(100);
    CHECK(head.startsWith("PK"));
    CHECK(head.contains(
        "mimetypeapplication/vnd.oasis.opendocument.text")); // stored first, as the standard asks

    const QString missing = QString::fromStdString(dir.file("no/such/folder/x.odt"));
    try {
        ui::writeReportOdt(longTable(), missing);
        FAIL("wrote into a folder that does not exist");
    } catch (const core::Error& error) {
        CHECK(std::string(error.what()).find("no/such/folder/x.odt") != std::string::npos);
    }
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("Note -> Export minutes writes the open meeting as a Thai PDF and an ODT", "[ui][report][minutes]")
{
    // The report speaks the window's language: Thai here, with the Buddhist era.
    QSettings().setValue(QStringLiteral("ui/language"), static_cast<int>(ui::Preferences::UiLanguage::Thai));
    DemoFixture f;
    QSettings().remove(QStringLiteral("ui/language"));
    f.window->openNote(QString::fromStdString(f.meetingId()));
    const std::string pdf = f.dir.file("minutes.pdf");
    REQUIRE(f.window->exportMinutesTo(QString::fromStdString(pdf)));
    const std::string text = pdfText(pdf);
    // pdftotext drops some Thai marks from Qt's PDFs: look for words without them.
    CHECK(text.find("ประชุมเวลา 09.30") != std::string::npos); // เริ่มประชุมเวลา, Thai times
    CHECK(text.find("10/2569") != std::string::npos);
    CHECK(text.find("09.30") != std::string::npos);
    CHECK(text.find("12.00") != std::string::npos);
    const std::string odt = f.dir.file("minutes.odt");
    REQUIRE(f.window->exportMinutesTo(QString::fromStdString(odt)));
    QFile file(QString::fromStdString(odt));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(100).contains("opendocument.text"));

    // A field note is not minutes: nothing is written.
    core::NoteDraft draft;
    draft.title = "ลงพื้นที่";
    const core::Note field = f.setUp().notes().create(draft);
    f.window->openNote(QString::fromStdString(field.id));
    const std::string none = f.dir.file("field.pdf");
    CHECK_FALSE(f.window->exportMinutesTo(QString::fromStdString(none)));
    CHECK_FALSE(QFile::exists(QString::fromStdString(none)));
}
