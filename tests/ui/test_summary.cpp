// SPDX-License-Identifier: GPL-3.0-or-later
// The Summary dialog: a team lead's month, previewed, filtered and exported in every format.
#include "tests/support/runprocess.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/summary/summarydialog.h"
#include "ui/widgets/chipsfield.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTextBrowser>
#include <QTextDocument>

#include <catch2/catch.hpp>

#include <sstream>

using banthuek::test::DemoFixture;
using banthuek::test::runProcess;
using namespace banthuek;

namespace {

std::string fileText(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll().toStdString();
}

// The dialog's remembered choices, forgotten: each test starts as a first use.
void forgetChoices()
{
    QSettings().remove(QStringLiteral("summary"));
}

ui::SummaryDialog* openSummary(DemoFixture& f)
{
    f.window->showSummary();
    auto* dialog = f.window->findChild<ui::SummaryDialog*>();
    REQUIRE(dialog);
    return dialog;
}

} // namespace

TEST_CASE("The Summary dialog previews a month, filters by a typed place and exports every format",
          "[ui][summary]")
{
    DemoFixture f;
    forgetChoices();
    ui::SummaryDialog* dialog = openSummary(f);
    // At first: last month, whatever today is.
    CHECK(dialog->period() == core::lastMonth(core::today()));

    dialog->setPeriod(core::parseMonth("2569-11"));
    const core::Summary& all = dialog->summary();
    REQUIRE(all.notes.size() == 3); // the demo's November: two field notes and an article
    const QString preview = dialog->preview()->document()->toPlainText();
    CHECK(preview.contains(QStringLiteral("สรุปผลการดำเนินงาน")));
    CHECK(preview.contains(QStringLiteral("พฤศจิกายน 2569")));
    CHECK(preview.contains(QStringLiteral("กองทุนสวัสดิการชุมชนขนอมครบห้าปี")));
    CHECK(preview.contains(QStringLiteral("เตรียมเวทีประชาคมตำบลโมคลาน")));

    // A place typed in Thai, chosen with Enter: only Khanom's note is left, after the pause.
    QLineEdit* place = dialog->placesField()->input();
    banthuek::test::typeText(place, QStringLiteral("ขนอม"));
    QTest::keyClick(place, Qt::Key_Return);
    REQUIRE(dialog->placesField()->keys().size() == 1);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return !dialog->preview()->document()->toPlainText().contains(
                QStringLiteral("เตรียมเวทีประชาคมตำบลโมคลาน"));
        },
        5000));
    CHECK(dialog->summary().notes.size() == 1);
    CHECK(dialog->summary().notes.at(0).title == "กองทุนสวัสดิการชุมชนขนอมครบห้าปี");

    // English report, whatever the window speaks; its era follows.
    dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("en")));
    CHECK(dialog->style().language == core::Language::English);
    CHECK(dialog->style().era == core::Era::Gregorian);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return dialog->preview()->document()->toPlainText().contains(QStringLiteral("Activity summary"));
        },
        5000));

    const QString folder = QString::fromStdString(f.dir.path());
    for (const auto format : {ui::SummaryFormat::Pdf, ui::SummaryFormat::Odt, ui::SummaryFormat::Html,
                              ui::SummaryFormat::Markdown, ui::SummaryFormat::Csv}) {
        dialog->setFormat(format);
        const QString path = folder + QStringLiteral("/summary.") + ui::summaryExtension(format);
        REQUIRE(dialog->exportTo(path));
        const std::string bytes = fileText(path);
        INFO(path.toStdString());
        switch (format) {
        case ui::SummaryFormat::Pdf:
            CHECK(bytes.starts_with("%PDF-"));
            break;
        case ui::SummaryFormat::Odt:
            CHECK(bytes.substr(30, 47) == "mimetypeapplication/vnd.oasis.opendocument.text");
            break;
        case ui::SummaryFormat::Html:
            CHECK_THAT(bytes, Catch::Contains("<h1>Activity summary</h1>"));
            break;
        case ui::SummaryFormat::Markdown:
            CHECK_THAT(bytes, Catch::StartsWith("# Activity summary"));
            break;
        case ui::SummaryFormat::Csv:
            CHECK_THAT(bytes, Catch::Contains("กองทุนสวัสดิการชุมชนขนอมครบห้าปี"));
            break;
        }
    }
    const auto text = runProcess("pdftotext", {folder.toStdString() + "/summary.pdf", "-"});
    CHECK_THAT(text.out, Catch::Contains("November 2026") && Catch::Contains("Khanom"));

    // Closed and opened again: the choices are back (the period starts at last month again).
    const QStringList places = dialog->placesField()->keys();
    dialog->close();
    delete dialog;
    ui::SummaryDialog* again = openSummary(f);
    CHECK(again->format() == ui::SummaryFormat::Csv);
    CHECK(again->style().language == core::Language::English);
    CHECK(again->placesField()->keys() == places);
    CHECK(again->period() == core::lastMonth(core::today()));
}

TEST_CASE("A summary PDF carries sharp charts and Thai text, a fiscal year covers October to September",
          "[ui][summary][report]")
{
    DemoFixture f;
    forgetChoices();
    ui::SummaryDialog* dialog = openSummary(f);
    dialog->setPeriod(core::parseFiscalYear("2570")); // 1 October 2569 – 30 September 2570
    const core::Summary& year = dialog->summary();
    CHECK(year.period.first() == core::CivilDate{2026, 10, 1});
    REQUIRE(year.notes.size() >= 5); // October's and November's notes
    for (const core::SummaryNote& note : year.notes) {
        CHECK(note.date >= core::CivilDate{2026, 10, 1});
    }
    dialog->setFormat(ui::SummaryFormat::Pdf);
    const std::string pdf = f.dir.file("year.pdf");
    REQUIRE(dialog->exportTo(QString::fromStdString(pdf)));
    const auto info = runProcess("pdfinfo", {pdf});
    CHECK_THAT(info.out, Catch::Contains("Pages:"));
    CHECK_THAT(runProcess("pdftotext", {pdf, "-"}).out,
               Catch::Contains("1 ตุลาคม 2569")); // the fiscal year's first day
    // Charts: notes per district, per theme, action items by status; printed at 250 ppi or more.
    const auto images = runProcess("pdfimages", {"-list", pdf});
    REQUIRE(images.exitCode == 0);
    int charts = 0;
    std::istringstream lines(images.out);
    std::string line;
    while (std::getline(lines, line)) {
        std::istringstream fields(line);
        std::vector<std::string> cells;
        for (std::string cell; fields >> cell;) {
            cells.push_back(cell);
        }
        if (cells.size() > 13 && cells[2] == "image") {
            ++charts;
            CHECK(std::stoi(cells[12]) >= 250); // x-ppi
        }
    }
    CHECK(charts >= 3);
}
