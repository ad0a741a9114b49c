// SPDX-License-Identifier: GPL-3.0-or-later
// The window killed while someone types: a child ui_tests process opens the real window on a
// notebook and types a field note a key at a time, logging when each key went in; this test
// kills it with SIGKILL at a random moment and reopens the notebook. Everything typed up to
// two seconds before the kill must be there (autosave), and the notebook must be sound.
#include "core/notebook/notebook.h"
#include "tests/crash/killer.h"
#include "tests/support/tempdir.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/notes/noteeditor.h"
#include "ui/session/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTextEdit>

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <iostream>
#include <random>
#include <thread>

using namespace banthuek;

namespace {

const QString kTyped = QStringLiteral("ผู้ใหญ่บ้านเล่าว่าปีนี้น้ำมาเร็วกว่าทุกปี ชาวบ้านย้ายของขึ้นที่สูงทัน "
                                      "กลุ่มออมทรัพย์จะประชุมเรื่องกองทุนฟื้นฟูเดือนหน้า ");
constexpr int kKeyIntervalMs = 30;

std::vector<std::pair<std::int64_t, int>> readKeyLog(const QString& path) // (ms since epoch, keys)
{
    std::vector<std::pair<std::int64_t, int>> keys;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : file.readAll().split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 2) {
                keys.emplace_back(parts[0].toLongLong(), parts[1].toInt());
            }
        }
    }
    return keys;
}

QString typedText(int keys)
{
    QString text;
    while (text.size() < keys) {
        text += kTyped;
    }
    return text.left(keys);
}

} // namespace

// The typist, run by the test below as a process of its own (hidden: never run alone).
TEST_CASE("A typist who is killed (child process)", "[.crashchild]")
{
    const QString path = qEnvironmentVariable("BANTHUEK_CRASH_NOTEBOOK");
    const QByteArray log = qgetenv("BANTHUEK_CRASH_LOG");
    REQUIRE(!path.isEmpty());
    const int fd = ::open(log.constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    REQUIRE(fd >= 0);
    ui::Session session(core::Notebook::open(path.toStdString()));
    ui::MainWindow window(session);
    window.show();
    window.newNote(core::NoteKind::FieldNote);
    auto* body = window.findChild<QTextEdit*>(QStringLiteral("bodyEdit"));
    REQUIRE(body);
    body->setFocus();
    const QString text = typedText(2000);
    for (int keys = 1; keys <= text.size(); ++keys) {
        test::typeText(body, text.mid(keys - 1, 1));
        // The key is in the editor: say so before anything else can happen.
        const QByteArray line =
            QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + ' ' + QByteArray::number(keys) + '\n';
        REQUIRE(::write(fd, line.constData(), static_cast<size_t>(line.size())) == line.size());
        QTest::qWait(kKeyIntervalMs);
    }
    ::close(fd);
}

TEST_CASE("The window killed while a note is typed keeps all but the last two seconds of it", "[crash][ui]")
{
    const double budget = test::killBudgetSeconds(20);
    const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(budget);
    std::mt19937 random(7);
    std::uniform_int_distribution<int> typingMs(2500, 6000);
    int kills = 0;
    int longestLostKeys = 0;
    std::int64_t longestLostMs = 0;
    while (kills < 2 || std::chrono::steady_clock::now() < until) {
        test::TempDir dir;
        const std::string notebookPath = dir.file("typed.banthuek");
        core::Notebook::create(notebookPath).reset();
        const QString log = QString::fromStdString(dir.file("keys.log"));
        const pid_t child =
            test::startProcess(QCoreApplication::applicationFilePath().toStdString(), {"[.crashchild]"},
                               {{"BANTHUEK_CRASH_NOTEBOOK", notebookPath},
                                {"BANTHUEK_CRASH_LOG", log.toStdString()},
                                {"QT_QPA_PLATFORM", "offscreen"}});
        // Typing starts once the window is up (slower under sanitizers); the kill comes later.
        const auto started = std::chrono::steady_clock::now();
        while (readKeyLog(log).empty() &&
               std::chrono::steady_clock::now() - started < std::chrono::seconds(60)) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        REQUIRE_FALSE(readKeyLog(log).empty());
        REQUIRE(test::killAfter(child, std::chrono::milliseconds(typingMs(random))));
        const std::int64_t killedAt = QDateTime::currentMSecsSinceEpoch();
        ++kills;

        const auto keys = readKeyLog(log);
        int mustHave = 0; // the keys typed two seconds or more before the kill
        for (const auto& [at, count] : keys) {
            if (at <= killedAt - 2000) {
                mustHave = count;
            }
        }
        auto notebook = core::Notebook::open(notebookPath);
        REQUIRE(notebook->check().sound());
        const auto notes = notebook->notes().list({});
        REQUIRE(notes.size() == 1);
        const QString saved =
            QString::fromStdString(notebook->notes().get(notes[0].id).content.body).trimmed();
        INFO("kill " << kills << ": " << keys.back().second << " keys typed, " << mustHave
                     << " two seconds before the kill, " << saved.size() << " saved");
        CHECK(saved.size() >= typedText(mustHave).trimmed().size());
        CHECK(typedText(keys.back().second).startsWith(saved)); // what was saved is what was typed
        const int lost = keys.back().second - static_cast<int>(saved.size());
        longestLostKeys = std::max(longestLostKeys, lost);
        for (const auto& [at, count] : keys) {
            if (count == saved.size() + 1) { // the first key not saved
                longestLostMs = std::max(longestLostMs, killedAt - at);
            }
        }
    }
    std::cout << "typing killed " << kills << " times: at most " << longestLostKeys << " keys ("
              << longestLostMs << " ms of typing) lost, the notebook sound each time\n";
}
