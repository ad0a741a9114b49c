// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace banthuek::ui {

// Asks a yes/no question; Enter answers No unless `yesByDefault` (destructive questions keep No).
// Tests set an automatic answer so modal dialogs never block an offscreen run; it applies until reset.
[[nodiscard]] bool confirm(QWidget* parent, const QString& title, const QString& question,
                           bool yesByDefault = false);
void setAutomaticConfirmAnswer(std::optional<bool> answer);
// True while questions are answered automatically (tests): other dialogs should not ask either.
[[nodiscard]] bool answeringAutomatically();

} // namespace banthuek::ui
