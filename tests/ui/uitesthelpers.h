// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/demonotebook.h"
#include "tests/support/freshnotebook.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/session/session.h"
#include "ui/sidebar/sidebarmodel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace banthuek::test {

// Types text as a keyboard would, one character per key press. (QTest::keyClicks only takes
// Latin-1 keys; a Thai keyboard layout sends Thai characters in the event text.)
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

// Types into whatever has the keyboard focus, a character at a time, as a user does.
inline void typeIntoFocus(const QString& text)
{
    for (const QChar ch : text) {
        typeText(QApplication::focusWidget(), QString(ch));
    }
}

inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

// What a reviewer looks at: a window as a picture, when BANTHUEK_SCREENSHOTS names a folder.
inline void keepScreenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("BANTHUEK_SCREENSHOTS");
    if (!folder.isEmpty()) {
        QApplication::processEvents(); // the layout after the last change
        widget->grab().save(folder + QStringLiteral("/") + name);
    }
}

// A real main window on a new notebook file, shown offscreen.
struct WindowFixture
{
    TempDir dir;
    std::string path = dir.file("ui.banthuek");
    std::unique_ptr<ui::Session> session;
    std::unique_ptr<ui::MainWindow> window;
    core::Notebook* m_writable = nullptr; // the Session's notebook, for the tests' own set-up

    WindowFixture() { open(true); }
    ~WindowFixture() { close(); }

    void open(bool create)
    {
        auto notebook = create ? core::Notebook::create(path) : core::Notebook::open(path);
        m_writable = notebook.get();
        session = std::make_unique<ui::Session>(std::move(notebook));
        window = std::make_unique<ui::MainWindow>(*session);
        window->show();
        // The first paint, then the sidebar's counts that follow it (slow under sanitizers).
        QTest::qWait(50);
        REQUIRE(QTest::qWaitFor([this] { return window->sidebarModel().counted(); }, 10000));
    }
    // Closes like a user (saving), releasing the notebook file.
    void close()
    {
        if (window) {
            window->close();
            window.reset();
        }
        session.reset();
    }
    void reopen()
    {
        close();
        open(false);
    }
    const core::Notebook& notebook() { return session->notebook(); }
    // Set-up written behind the window's back, as another program would: the window learns of
    // it only when it reads again.
    core::Notebook& setUp() { return *m_writable; }
    template <typename T> T* find(const char* name)
    {
        return window->findChild<T*>(QString::fromLatin1(name));
    }
};

// The window on a notebook holding the demo team's notes, minutes and comments.
struct DemoFixture : WindowFixture
{
    DemoFixture()
    {
        close();
        {
            auto notebook = core::Notebook::open(path);
            core::addDemoContent(*notebook);
        }
        open(false);
    }
    std::string meetingId()
    {
        core::NoteFilter minutes;
        minutes.kind = core::NoteKind::Minutes;
        return notebook().notes().list(minutes).at(0).id;
    }
};

} // namespace banthuek::test
