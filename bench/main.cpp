// SPDX-License-Identifier: GPL-3.0-or-later
// banthuek_bench [--notes N] [--baseline B] [--dir D] | --open PATH
//                | --search PATH [--runs N] [--rebuild | --times-only]
//                | --overview PATH | --summary PATH [--month-notes N] | --stalls PATH
//                | --exchange PATH [--bundle-notes N] [--laptops L] [--month-notes M]
//                | --markdown PATH [--md-notes N] | --publish PATH [--site-notes N]
//                | --typing [--chars N] [--keys K] | --scale [--sizes 10000,100000,300000]
// Generates a notebook of N notes and one of B notes (the baseline) and prints every figure
// for both with the ratio N/B, so a slow-down shows as a ratio, whatever the machine.
#include "bench/bench.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <filesystem>

namespace {

int argument(const QStringList& args, const QString& name, int fallback)
{
    const auto at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // measures the app's work, not a display server's
    }
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BanthuekBench"));
    QSettings().clear();
    const QStringList args = QApplication::arguments();
    const int notes = argument(args, QStringLiteral("--notes"), 100000);
    const int baseline = argument(args, QStringLiteral("--baseline"), 1000);
    const auto dirAt = args.indexOf(QStringLiteral("--dir"));
    const std::string dir = dirAt >= 0 && dirAt + 1 < args.size()
                                ? args.at(dirAt + 1).toStdString()
                                : QDir::tempPath().toStdString() + "/banthuek-bench";
    std::filesystem::create_directories(dir);

    // --search PATH [--runs N] [--rebuild | --times-only]: the search benchmark on an existing
    // notebook; --times-only skips the ground truth, the scan and the saves (seconds, not minutes).
    if (const auto searchAt = args.indexOf(QStringLiteral("--search"));
        searchAt >= 0 && searchAt + 1 < args.size() && args.contains(QStringLiteral("--times-only"))) {
        return banthuek::bench::runSearchTimes(args.at(searchAt + 1).toStdString(),
                                               argument(args, QStringLiteral("--runs"), 5));
    }
    if (const auto searchAt = args.indexOf(QStringLiteral("--search"));
        searchAt >= 0 && searchAt + 1 < args.size()) {
        return banthuek::bench::runSearchBench(args.at(searchAt + 1).toStdString(),
                                               argument(args, QStringLiteral("--runs"), 5),
                                               args.contains(QStringLiteral("--rebuild")));
    }

    // --overview PATH: the place, theme and coverage views on an existing notebook.
    if (const auto overviewAt = args.indexOf(QStringLiteral("--overview"));
        overviewAt >= 0 && overviewAt + 1 < args.size()) {
        return banthuek::bench::runOverviewBench(args.at(overviewAt + 1).toStdString());
    }

    // --summary PATH [--month-notes N]: the monthly summary (the notebook is changed: a month is filled).
    if (const auto summaryAt = args.indexOf(QStringLiteral("--summary"));
        summaryAt >= 0 && summaryAt + 1 < args.size()) {
        return banthuek::bench::runSummaryBench(args.at(summaryAt + 1).toStdString(),
                                                argument(args, QStringLiteral("--month-notes"), 2000));
    }

    // --exchange PATH [--bundle-notes N] [--laptops L] [--month-notes M]: team exchange on a copy.
    if (const auto exchangeAt = args.indexOf(QStringLiteral("--exchange"));
        exchangeAt >= 0 && exchangeAt + 1 < args.size()) {
        return banthuek::bench::runExchangeBench(args.at(exchangeAt + 1).toStdString(), dir,
                                                 argument(args, QStringLiteral("--bundle-notes"), 1000),
                                                 argument(args, QStringLiteral("--laptops"), 10),
                                                 argument(args, QStringLiteral("--month-notes"), 30));
    }

    // --markdown PATH [--md-notes N]: a Markdown folder out and into a new notebook.
    if (const auto markdownAt = args.indexOf(QStringLiteral("--markdown"));
        markdownAt >= 0 && markdownAt + 1 < args.size()) {
        return banthuek::bench::runMarkdownBench(args.at(markdownAt + 1).toStdString(), dir,
                                                 argument(args, QStringLiteral("--md-notes"), 10000));
    }

    // --publish PATH [--site-notes N]: the published site and its search in Chromium.
    if (const auto publishAt = args.indexOf(QStringLiteral("--publish"));
        publishAt >= 0 && publishAt + 1 < args.size()) {
        return banthuek::bench::runPublishBench(args.at(publishAt + 1).toStdString(), dir,
                                                argument(args, QStringLiteral("--site-notes"), 20000));
    }

    // --typing [--chars N] [--keys K]: key presses in a long note, spelling check off and on.
    if (args.contains(QStringLiteral("--typing"))) {
        return banthuek::bench::runTypingBench(dir, argument(args, QStringLiteral("--chars"), 20000),
                                               argument(args, QStringLiteral("--keys"), 400));
    }

    // --scale [--sizes A,B,C]: the scale curve, each figure at each size with its exponent.
    if (args.contains(QStringLiteral("--scale"))) {
        const auto sizesAt = args.indexOf(QStringLiteral("--sizes"));
        std::vector<int> sizes;
        for (const QString& size :
             (sizesAt >= 0 && sizesAt + 1 < args.size() ? args.at(sizesAt + 1)
                                                        : QStringLiteral("10000,100000,300000"))
                 .split(QLatin1Char(','))) {
            sizes.push_back(size.toInt());
        }
        if (sizes.size() < 2 || std::any_of(sizes.begin(), sizes.end(), [](int n) { return n <= 0; })) {
            std::fprintf(stderr, "--sizes needs two or more note counts above 0, such as 10000,100000\n");
            return 2;
        }
        return banthuek::bench::runScaleBench(dir, sizes);
    }

    // --stalls PATH: how long the window stops answering during its long actions.
    if (const auto stallsAt = args.indexOf(QStringLiteral("--stalls"));
        stallsAt >= 0 && stallsAt + 1 < args.size()) {
        for (const auto& figure : banthuek::bench::measureStalls(args.at(stallsAt + 1).toStdString())) {
            std::printf("%-48s %10.1f %s\n", figure.name.c_str(), figure.value, figure.unit.c_str());
        }
        return 0;
    }

    // --open PATH: only the window figures, on an existing notebook.
    if (const auto openAt = args.indexOf(QStringLiteral("--open")); openAt >= 0 && openAt + 1 < args.size()) {
        for (const auto& figure : banthuek::bench::measureWindow(args.at(openAt + 1).toStdString())) {
            std::printf("%-36s %10.1f %s\n", figure.name.c_str(), figure.value, figure.unit.c_str());
        }
        return 0;
    }

    std::printf("Banthuek benchmark: %d notes against a baseline of %d notes (files in %s)\n", notes,
                baseline, dir.c_str());
    auto small = banthuek::bench::measureCore(dir, baseline);
    auto large = banthuek::bench::measureCore(dir, notes);
    const auto smallWindow =
        banthuek::bench::measureWindow(dir + "/generated-" + std::to_string(baseline) + ".banthuek");
    const auto largeWindow =
        banthuek::bench::measureWindow(dir + "/generated-" + std::to_string(notes) + ".banthuek");
    small.insert(small.end(), smallWindow.begin(), smallWindow.end());
    large.insert(large.end(), largeWindow.begin(), largeWindow.end());
    for (auto [figures, size] : {std::pair{&small, baseline}, std::pair{&large, notes}}) {
        const auto stalls =
            banthuek::bench::measureStalls(dir + "/generated-" + std::to_string(size) + ".banthuek");
        figures->insert(figures->end(), stalls.begin(), stalls.end());
    }

    std::printf("%-36s %14s %14s %8s\n", "figure", "baseline", "large", "ratio");
    for (std::size_t i = 0; i < large.size(); ++i) {
        const double ratio = small[i].value > 0 ? large[i].value / small[i].value : 0;
        std::printf("%-36s %10.1f %-3s %10.1f %-3s %8.2f\n", large[i].name.c_str(), small[i].value,
                    small[i].unit == "ms" ? "ms" : "", large[i].value, large[i].unit == "ms" ? "ms" : "",
                    ratio);
    }
    return 0;
}
