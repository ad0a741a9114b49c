// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

class QWidget;

namespace banthuek::ui {

// Sizes a dialog to `preferred`, or to the screen it opens on when that is smaller (a field
// laptop's 1366x768 or 1280x720), leaving room for the window frame: a dialog taller than the
// screen would hide its buttons below the edge.
void sizeToScreen(QWidget* dialog, QSize preferred);

// The room a window has on its screen, less the frame and title bar a window manager adds.
[[nodiscard]] QSize roomOnScreen(const QWidget* window);

} // namespace banthuek::ui
