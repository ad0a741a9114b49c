// SPDX-License-Identifier: GPL-3.0-or-later
// File → Print… (Ctrl+P) and the summary's Print…: the pages a printer gets are the pages of
// the PDF export (minutes, summary), and a note prints with its title, details and body. The
// printer here is Qt's own, writing its pages to a PDF file, as "Print to file" does.
#include "tests/support/pdftext.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/notes/noteeditor.h"
#include "ui/report/printing.h"
#include "ui/summary/summarydialog.h"

#include <QAction>
#include <QPrinter>
#include <QSettings>

#include <catch2/catch.hpp>

using banthuek::test::DemoFixture;
using banthuek::test::pdfPages;
using banthuek::test::pdfText;
using namespace banthuek;

namespace {

// A printer that writes its pages to `path` (what the print dialog's "Print to file" sets).
std::unique_ptr<QPrinter> printerTo(const std::string& path)
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    ui::setUpPrinter(*printer, QStringLiteral("test"));
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(QString::fromStdString(path));
    return printer;
}

std::string openFirst(DemoFixture& f, core::NoteKind kind)
{
    for (const core::NoteSummary& note : f.notebook().notes().list({})) {
        if (note.kind == kind) {
            f.window->openNote(QString::fromStdString(note.id));
            return note.id;
        }
    }
    FAIL("the demo notebook has no note of that kind");
    return {};
}

} // namespace

TEST_CASE("File → Print… prints the open note, and minutes as their PDF", "[ui][print]")
{
    DemoFixture f;
    auto* action = f.find<QAction>("printAction");
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QKeySequence::Print));

    const std::string id = openFirst(f, core::NoteKind::FieldNote);
    const core::Note note = f.notebook().notes().get(id);
    const std::string notePdf = f.dir.file("note.pdf");
    {
        auto printer = printerTo(notePdf);
        REQUIRE(f.window->printCurrentTo(*printer));
    }
    CHECK(pdfPages(notePdf) >= 1);
    const std::string printed = pdfText(notePdf);
    // pdftotext drops some Thai marks from Qt's PDFs: look for words and names without them.
    CHECK_THAT(printed, Catch::Contains("ประชาคม"));
    CHECK_THAT(printed, Catch::Contains("ประภาพร"));     // the author, from the details line
    CHECK_THAT(printed, Catch::Contains("ประสาน อบต.")); // the body's checklist
    CHECK(printed.find("- [ ]") == std::string::npos);   // Markdown is printed formatted, not raw

    openFirst(f, core::NoteKind::Minutes);
    const std::string exported = f.dir.file("minutes-export.pdf");
    REQUIRE(f.window->exportMinutesTo(QString::fromStdString(exported)));
    const std::string minutesPdf = f.dir.file("minutes-print.pdf");
    {
        auto printer = printerTo(minutesPdf);
        REQUIRE(f.window->printCurrentTo(*printer));
    }
    CHECK(pdfPages(minutesPdf) == pdfPages(exported));
    CHECK(pdfText(minutesPdf) == pdfText(exported)); // the same pages, word for word
}

TEST_CASE("The summary prints as its PDF", "[ui][print][summary]")
{
    DemoFixture f;
    QSettings().remove(QStringLiteral("summary"));
    f.window->showSummary();
    auto* dialog = f.window->findChild<ui::SummaryDialog*>();
    REQUIRE(dialog);
    dialog->setPeriod(core::parseMonth("2569-11"));
    dialog->setFormat(ui::SummaryFormat::Pdf);
    const std::string exported = f.dir.file("summary-export.pdf");
    REQUIRE(dialog->exportTo(QString::fromStdString(exported)));
    const std::string printedPdf = f.dir.file("summary-print.pdf");
    {
        auto printer = printerTo(printedPdf);
        REQUIRE(dialog->printTo(*printer));
    }
    CHECK(pdfPages(printedPdf) == pdfPages(exported));
    const std::string printed = pdfText(printedPdf);
    CHECK(printed == pdfText(exported));
    CHECK_THAT(printed, Catch::Contains("2569"));
    dialog->close();
}
