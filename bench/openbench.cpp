// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/bench.h"
#include "core/notebook/notebook.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/notes/notelistmodel.h"
#include "ui/notes/notelistpane.h"
#include "ui/search/searchresultsmodel.h"
#include "ui/session/session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QTreeView>

#include <algorithm>
#include <fstream>
#include <string>

namespace banthuek::bench {
namespace {

// Notes when the list's viewport has painted once.
class PaintWatcher final : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            painted = true;
        }
        return QObject::eventFilter(watched, event);
    }
};

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

double residentMegabytes()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) {
            return std::stod(line.substr(6)) / 1024.0; // the figure is in kB
        }
    }
    return 0;
}

} // namespace

std::vector<Figure> measureWindow(const std::string& path)
{
    std::vector<Figure> figures;
    QElapsedTimer clock;
    clock.start();
    ui::Session session(core::Notebook::open(path));
    const double opened = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    ui::MainWindow window(session);
    PaintWatcher watcher;
    QWidget* viewport = window.listPane().view()->viewport();
    viewport->installEventFilter(&watcher);
    window.show();
    while (!watcher.painted) {
        QApplication::processEvents();
    }
    const double firstPaint = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    figures.push_back({"open notebook", opened, "ms"});
    figures.push_back({"open to first paint of the list", firstPaint, "ms"});

    // Scrolling: page by page from the top (reading), then jumps across the whole list.
    QScrollBar* bar = window.listPane().view()->verticalScrollBar();
    std::vector<double> pageSteps;
    for (int i = 0; i < 100 && bar->value() < bar->maximum(); ++i) {
        clock.restart();
        bar->setValue(bar->value() + bar->pageStep());
        viewport->repaint();
        pageSteps.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    std::vector<double> jumps;
    for (int i = 1; i <= 50; ++i) {
        clock.restart();
        bar->setValue(bar->maximum() * i / 50);
        viewport->repaint();
        jumps.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    figures.push_back({"scroll one page, median", percentile(pageSteps, 0.5), "ms"});
    figures.push_back({"scroll one page, p95", percentile(pageSteps, 0.95), "ms"});
    figures.push_back({"jump anywhere in the list, median", percentile(jumps, 0.5), "ms"});
    figures.push_back({"jump anywhere in the list, max", percentile(jumps, 1.0), "ms"});

    // Sorting by title (Thai order) and back to date, as a header click does.
    clock.restart();
    window.listPane().view()->sortByColumn(ui::NoteListModel::Title, Qt::AscendingOrder);
    viewport->repaint();
    figures.push_back({"sort by title (Thai order)", static_cast<double>(clock.nsecsElapsed()) / 1e6, "ms"});
    clock.restart();
    window.listPane().view()->sortByColumn(ui::NoteListModel::Date, Qt::DescendingOrder);
    viewport->repaint();
    figures.push_back({"sort by date", static_cast<double>(clock.nsecsElapsed()) / 1e6, "ms"});

    // Searching as a user does: Ctrl+K, a Thai word, the results painted, scrolled for more.
    window.listPane().focusSearch();
    clock.restart();
    window.listPane().filterEdit()->setText(QStringLiteral("ชุมชน"));
    window.listPane().refreshSearch(); // what the pause after typing triggers
    window.listPane().resultsView()->repaint();
    figures.push_back({"search, first page painted", static_cast<double>(clock.nsecsElapsed()) / 1e6, "ms"});
    for (int i = 0; i < 10; ++i) {
        window.listPane().resultsModel().fetchMore({});
    }
    window.listPane().resultsView()->repaint();
    figures.push_back({"memory with search open (resident)", residentMegabytes(), "MB"});
    window.close();
    return figures;
}

} // namespace banthuek::bench
