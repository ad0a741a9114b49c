// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace banthuek::ui {
namespace {

const QSize kFrame(16, 48); // a title bar and borders, as common window managers draw them

} // namespace

QSize roomOnScreen(const QWidget* window)
{
    const QScreen* screen = window->screen() != nullptr ? window->screen() : QGuiApplication::primaryScreen();
    return screen != nullptr ? screen->availableGeometry().size() - kFrame : QSize(1280, 720) - kFrame;
}

void sizeToScreen(QWidget* dialog, QSize preferred)
{
    dialog->resize(preferred.boundedTo(roomOnScreen(dialog)));
}

} // namespace banthuek::ui
