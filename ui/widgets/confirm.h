// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace banthuek::ui {

// Asks a yes/no question (default: No). Tests set an automatic answer so modal dialogs never
// block an offscreen run; the answer applies until it is reset.
[[nodiscard]] bool confirm(QWidget* parent, const QString& title, const QString& question);
void setAutomaticConfirmAnswer(std::optional<bool> answer);

} // namespace banthuek::ui
