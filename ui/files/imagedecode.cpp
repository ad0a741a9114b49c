// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/imagedecode.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace banthuek::ui {
namespace {

DecodedImage decode(QImageReader& reader, int maxEdge)
{
    DecodedImage result;
    reader.setAutoTransform(true);
    constexpr qint64 kBytesPerPixel = 4;
    constexpr qint64 kMegabyte = qint64{1024} * 1024;
    reader.setAllocationLimit(static_cast<int>(kMaxImagePixels * kBytesPerPixel / kMegabyte));
    QSize size = reader.size();
    if (!size.isValid()) {
        result.error = reader.errorString();
        return result;
    }
    if (static_cast<qint64>(size.width()) * size.height() > kMaxImagePixels) {
        result.error = QStringLiteral("%1 × %2 pixels is too large").arg(size.width()).arg(size.height());
        return result;
    }
    const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    result.fullSize = turned ? size.transposed() : size;
    if (maxEdge > 0 && std::max(size.width(), size.height()) > maxEdge) {
        // The reader scales before it turns: the size asked for is the stored one.
        reader.setScaledSize(size.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio));
    }
    result.image = reader.read();
    if (result.image.isNull()) {
        result.error = reader.errorString();
    }
    return result;
}

} // namespace

DecodedImage decodeImageFile(const QString& path, int maxEdge)
{
    QImageReader reader(path);
    return decode(reader, maxEdge);
}

DecodedImage decodeImageBytes(const QByteArray& bytes, int maxEdge)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return decode(reader, maxEdge);
}

QByteArray jpegBytes(const QImage& image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    if (!image.hasAlphaChannel()) {
        writer.write(image);
        return bytes;
    }
    QImage opaque(image.size(), QImage::Format_RGB32); // JPEG has no transparency: paper white
    opaque.fill(Qt::white);
    QPainter painter(&opaque);
    painter.drawImage(0, 0, image);
    painter.end();
    writer.write(opaque);
    return bytes;
}

} // namespace banthuek::ui
