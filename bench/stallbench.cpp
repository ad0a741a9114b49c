// SPDX-License-Identifier: GPL-3.0-or-later
// How long the window stops answering during its long actions: the longest gap between two
// turns of the event loop while each runs, beside what the same work costs when it is done on
// the GUI thread (how it was done before the background reader).
#include "bench/bench.h"
#include "core/notebook/notebook.h"
#include "core/summary/period.h"
#include "core/summary/summary.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/notebook/propertiesdialog.h"
#include "ui/notes/noteeditor.h"
#include "ui/notes/notelistpane.h"
#include "ui/preferences/preferences.h"
#include "ui/session/session.h"
#include "ui/summary/summarydialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextEdit>
#include <QTimer>

#include <algorithm>

namespace banthuek::bench {
namespace {

double millis(const QElapsedTimer& clock)
{
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

// Runs the event loop until `finished` fires (or a minute passes) and returns the longest time
// the loop went without a turn: what a user feels as a frozen window.
template <typename Sender, typename Signal, typename Start>
double longestStall(Sender* sender, Signal finished, Start start)
{
    QEventLoop loop;
    QObject::connect(sender, finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QElapsedTimer sinceTurn;
    double longest = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longest = std::max(longest, millis(sinceTurn));
        sinceTurn.restart();
    });
    sinceTurn.start();
    ticker.start();
    start(); // what the user's click does, on the GUI thread
    loop.exec();
    return std::max(longest, millis(sinceTurn));
}

} // namespace

std::vector<Figure> measureStalls(const std::string& path)
{
    std::vector<Figure> figures;
    ui::Session session(core::Notebook::open(path));
    ui::MainWindow window(session);
    window.show();
    QApplication::processEvents();

    {
        // What the window does by itself once shown (the list's first page, the sidebar's counts,
        // the first backup's check): measured apart, so that it is not charged to the action
        // that comes first.
        QTimer settled;
        settled.setSingleShot(true);
        figures.push_back({"longest stall: the 3 s after the window shows",
                           longestStall(&settled, &QTimer::timeout, [&] { settled.start(3000); }), "ms"});
    }
    QElapsedTimer clock;
    clock.start();
    const core::CheckReport report = session.notebook().check();
    figures.push_back({"integrity check on the GUI thread (before)", millis(clock), "ms"});
    ui::PropertiesDialog properties(session, &window);
    figures.push_back(
        {"longest stall: integrity check",
         longestStall(&properties, &ui::PropertiesDialog::checked, [&] { properties.runCheck(); }), "ms"});
    (void)report;
    // Rebuilding the search indexes and counts from the window runs on the notebook's second
    // connection; `banthuek reindex` times the same work on the command line.
    figures.push_back(
        {"longest stall: rebuild search indexes",
         longestStall(&properties, &ui::PropertiesDialog::rebuilt, [&] { properties.runRebuild(); }), "ms"});

    // The busiest fiscal year of a generated notebook: 2569 (October 2025 to September 2026).
    const core::Period year{core::Period::Kind::FiscalYear, 2026, 1};
    clock.restart();
    const core::Summary summary = core::computeSummary(session.notebook(), year);
    figures.push_back({"summary of a year on the GUI thread (before)", millis(clock), "ms"});
    const ui::Preferences preferences = ui::Preferences::load();
    ui::SummaryDialog dialog(session, preferences, &window);
    dialog.show();
    figures.push_back(
        {"longest stall: summary preview of a year",
         longestStall(&dialog, &ui::SummaryDialog::previewShown, [&] { dialog.choosePeriod(year); }), "ms"});
    figures.push_back({"notes in that year's summary", static_cast<double>(summary.notes.size()), ""});

    // An autosave of a body edit: the note saved and its list row repainted.
    window.listPane().selectRow(0);
    QApplication::processEvents();
    auto* body = window.findChild<QTextEdit*>(QStringLiteral("bodyEdit"));
    body->moveCursor(QTextCursor::End);
    body->insertPlainText(QStringLiteral(" เพิ่มเติม"));
    clock.restart();
    window.editor().saveNow();
    QApplication::processEvents();
    figures.push_back({"longest stall: autosave of a body edit", millis(clock), "ms"});
    window.close();
    return figures;
}

} // namespace banthuek::bench
