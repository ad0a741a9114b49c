// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextDocument;

namespace banthuek::ui {

// Notes are stored as Markdown (GitHub dialect) and edited as rich text. These two functions
// are the only bridge, so a round trip is the same text every time.
void loadMarkdown(QTextDocument& document, const QString& markdown);
[[nodiscard]] QString saveMarkdown(const QTextDocument& document);

} // namespace banthuek::ui
