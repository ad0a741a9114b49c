// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

#include <functional>
#include <optional>

namespace banthuek::ui {

// How large a photo shows in the text: readable, and the page still scrolls.
inline constexpr int kShownPictureEdge = 480;

// A file stored in the notebook for the body to show.
struct AttachedFile
{
    QString sha256;
    QString name;
    bool image = false; // shown inline (it decoded); anything else is a link that opens it
};

// What the body needs to put files into a note and show them; the note editor gives it the
// notebook's (ui::Session), so the body knows nothing of where files are kept.
struct BodyFiles
{
    std::function<std::optional<AttachedFile>(const QString& path)> addPath;
    std::function<std::optional<AttachedFile>(const QImage& image)> addImage; // pasted or dropped
    std::function<QImage(const QString& sha256, int edge)> picture;
    std::function<QString(const QString& sha256)> describe; // name · size · type, for tooltips
    std::function<void(const QString& sha256)> open;
};

// The SHA-256 a banthuek:file/ link or image names, or empty.
[[nodiscard]] QString fileOfHref(const QString& href);

} // namespace banthuek::ui
