// SPDX-License-Identifier: GPL-3.0-or-later
// Images from outside bytes (a phone's JPEG, a pasted screenshot, a teammate's bundle): decoded
// by Qt's image plugins under a size cap, turned upright by their EXIF orientation.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace banthuek::ui {

// The largest picture decoded, in pixels (a 50-megapixel phone photo fits; a bomb does not).
inline constexpr qint64 kMaxImagePixels = 120'000'000;

struct DecodedImage
{
    QImage image;   // upright, scaled to fit `maxEdge` when one is given; null when it did not decode
    QSize fullSize; // upright size of the whole picture
    QString error;  // why it did not decode, in the reader's words
    [[nodiscard]] bool ok() const { return !image.isNull(); }
};

// Decodes a file, or bytes in memory; `maxEdge` > 0 decodes straight to that size (JPEG scales
// while decoding, so a thumbnail of a 12-megapixel photo costs a fraction of the whole).
[[nodiscard]] DecodedImage decodeImageFile(const QString& path, int maxEdge = 0);
[[nodiscard]] DecodedImage decodeImageBytes(const QByteArray& bytes, int maxEdge = 0);

// The image as JPEG bytes (thumbnails, photos scaled down): `quality` 0-100.
[[nodiscard]] QByteArray jpegBytes(const QImage& image, int quality = 85);

} // namespace banthuek::ui
