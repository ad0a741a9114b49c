// SPDX-License-Identifier: GPL-3.0-or-later
// Typing in a long note with the spelling check off and on: how long each key press keeps the
// GUI thread (the key, the layout, and any answers of the check that arrived), p50, p95 and the
// longest, so the check's cost to a writer shows as a ratio.
#include "bench/bench.h"
#include "core/edits/edits.h"
#include "core/generate/generator.h"
#include "core/notebook/notebook.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/notes/bodyeditor.h"
#include "ui/notes/noteeditor.h"
#include "ui/session/session.h"
#include "ui/spelling/spellchecker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <filesystem>

namespace banthuek::bench {
namespace {

// A note of `chars` characters made of generated notes' paragraphs (realistic Thai text).
std::string longNote(const std::string& path, int chars, std::string& noteId)
{
    auto notebook = core::Notebook::create(path);
    (void)core::generateNotes(*notebook, {200, 7, {}});
    std::string body;
    for (const core::NoteSummary& summary : notebook->notes().list({})) {
        body += notebook->notes().get(summary.id).content.body + "\n\n";
        if (QString::fromStdString(body).size() >= chars) {
            break;
        }
    }
    core::NoteDraft draft;
    draft.title = "บันทึกยาว";
    draft.body = body;
    noteId = core::Edits(*notebook).createNote(draft).id;
    return body;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Latency
{
    double p50 = 0, p95 = 0, longest = 0;
};

Latency typeKeys(ui::MainWindow& window, const QString& text)
{
    QTextEdit* body = window.editor().body()->textEdit();
    body->setFocus();
    QTextCursor middle(body->document());
    middle.setPosition(body->document()->characterCount() / 2);
    body->setTextCursor(middle);
    std::vector<double> each;
    for (const QChar ch : text) {
        QElapsedTimer clock;
        clock.start();
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(body, &press);
        QApplication::sendEvent(body, &release);
        QApplication::processEvents(); // the layout, a repaint, answers of the check
        each.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        pause(5); // a fast typist: 200 keys a minute or more, with the check's thread at work
    }
    std::sort(each.begin(), each.end());
    const auto at = [&](double q) {
        return each[static_cast<std::size_t>(q * static_cast<double>(each.size() - 1))];
    };
    return {at(0.5), at(0.95), each.back()};
}

} // namespace

int runTypingBench(const std::string& dir, int chars, int keys)
{
    const std::string path = dir + "/typing-" + std::to_string(chars) + ".banthuek";
    std::filesystem::remove(path);
    std::string noteId;
    const std::string body = longNote(path, chars, noteId);
    ui::Session session(core::Notebook::open(path));
    ui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    window.openNote(QString::fromStdString(noteId));
    ui::SpellChecker& checker = window.spelling();
    for (int waited = 0; !checker.active() && waited < 20000; waited += 20) {
        pause(20); // the dictionaries load on the check's own thread
    }
    checker.waitForChecks();
    QApplication::processEvents();

    const QString words = QStringLiteral("ชาวบ้านร่วมกันวางแผนสถานการณ์ของชุมชน ");
    QString text;
    while (text.size() < keys) {
        text += words;
    }
    text.truncate(keys);
    checker.setEnabled(false);
    const Latency off = typeKeys(window, text);
    checker.setEnabled(true);
    checker.waitForChecks();
    QApplication::processEvents();
    const Latency on = typeKeys(window, text);
    QElapsedTimer whole;
    whole.start();
    checker.setEnabled(false);
    checker.setEnabled(true); // every paragraph asked again: the whole note checked
    checker.waitForChecks();
    const double all = static_cast<double>(whole.nsecsElapsed()) / 1e6;

    std::printf("Typing %d keys in the middle of a note of %lld characters\n", keys,
                static_cast<long long>(QString::fromStdString(body).size()));
    std::printf("%-36s %10s %10s %8s\n", "key press on the GUI thread", "check off", "check on", "ratio");
    for (const auto& [name, a, b] : {std::tuple{"p50", off.p50, on.p50}, std::tuple{"p95", off.p95, on.p95},
                                     std::tuple{"longest", off.longest, on.longest}}) {
        std::printf("%-36s %7.2f ms %7.2f ms %8.2f\n", name, a, b, a > 0 ? b / a : 0);
    }
    std::printf("%-36s %7.1f ms (off the GUI thread)\n", "checking the whole note", all);
    window.close();
    return on.p95 <= off.p95 * 1.5 + 1.0 ? 0 : 1; // "unchanged": within noise of a few tenths of a ms
}

} // namespace banthuek::bench
