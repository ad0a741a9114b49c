// SPDX-License-Identifier: GPL-3.0-or-later
// banthuek_bench --publish PATH [--site-notes N]
// The published site of a large notebook: the time to write it for N published notes against
// 1,000, and its offline search answering in headless Chromium (the page measures itself with
// performance.now() and writes the time into the results' data-ms attribute). The issue's
// targets: 20,000 notes published in under 60 s, the search in under 100 ms.
#include "bench/bench.h"
#include "core/formats/sitepublish.h"
#include "core/notebook/notebook.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <cstdio>
#include <filesystem>

namespace banthuek::bench {
namespace {

namespace fs = std::filesystem;

struct Site
{
    double seconds = 0;
    int notes = 0;
    std::uintmax_t indexBytes = 0;
    fs::path folder;
};

Site publish(core::Notebook& notebook, const fs::path& dir, int notes)
{
    Site site;
    site.folder = dir / ("site-" + std::to_string(notes));
    fs::remove_all(site.folder);
    core::PublishOptions options;
    options.filter.limit = notes;
    const auto start = std::chrono::steady_clock::now();
    site.notes = core::publishSite(notebook, site.folder.string(), options).notes;
    site.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    site.indexBytes = fs::file_size(site.folder / "search-index.js");
    return site;
}

// The search's own time for `query` in headless Chromium, in ms; negative when it did not run.
double searchMillis(const Site& site, const QString& query)
{
    QUrl page = QUrl::fromLocalFile(QString::fromStdString((site.folder / "index.html").string()));
    page.setFragment(QStringLiteral("q=") + query);
    QProcess chromium;
    chromium.start(QStringLiteral("chromium"),
                   {QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"),
                    QStringLiteral("--disable-gpu"), QStringLiteral("--dump-dom"),
                    page.toString(QUrl::FullyEncoded)});
    if (!chromium.waitForFinished(120000)) {
        chromium.kill();
        return -1;
    }
    const QString dom = QString::fromUtf8(chromium.readAllStandardOutput());
    const auto match = QRegularExpression(QStringLiteral("data-ms=\"([0-9.]+)\"")).match(dom);
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

} // namespace

int runPublishBench(const std::string& path, const std::string& dir, int notes)
{
    auto notebook = core::Notebook::open(path, core::Notebook::Access::ReadOnly);
    fs::create_directories(dir);
    const Site small = publish(*notebook, dir, 1000);
    const Site large = publish(*notebook, dir, notes);
    std::printf("%-44s %12s %12s %8s\n", "figure", "1,000 notes", std::to_string(large.notes).c_str(),
                "ratio");
    std::printf("%-44s %10.2f s %10.2f s %8.2f\n", "publish (target: 20,000 in < 60 s)", small.seconds,
                large.seconds, large.seconds / small.seconds);
    std::printf("%-44s %10.1f MB %9.1f MB\n", "search index", static_cast<double>(small.indexBytes) / 1e6,
                static_cast<double>(large.indexBytes) / 1e6);
    bool searched = true;
    for (const QString& query :
         {QStringLiteral("ออมทรัพย์"), QStringLiteral("ประชุม สภา"), QStringLiteral("ผู้สูงอายุ")}) {
        const double before = searchMillis(small, query);
        const double after = searchMillis(large, query);
        searched = searched && before >= 0 && after >= 0;
        std::printf("%-44s %9.1f ms %9.1f ms %8.2f\n",
                    ("search \"" + query.toStdString() + "\" (< 100 ms)").c_str(), before, after,
                    before > 0 ? after / before : 0);
    }
    std::printf("search ran in Chromium: %s\n", searched ? "yes" : "no");
    return searched ? 0 : 1;
}

} // namespace banthuek::bench
