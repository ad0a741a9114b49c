// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/picture.h"

#include "ui/files/imagedecode.h"

namespace banthuek::ui {

Picture pictureOf(const core::FileStore& files, const std::string& sha256, int edge)
{
    if (const auto kept = files.picture(sha256, edge)) {
        QImage image;
        if (image.loadFromData(reinterpret_cast<const uchar*>(kept->data()),
                               static_cast<int>(kept->size()))) {
            return {image, {}};
        }
    }
    const auto file = files.find(sha256);
    if (!file || !file->isImage()) {
        return {};
    }
    const std::string bytes = files.bytes(sha256);
    const DecodedImage decoded =
        decodeImageBytes(QByteArray::fromRawData(bytes.data(), static_cast<qsizetype>(bytes.size())), edge);
    if (!decoded.ok()) {
        return {};
    }
    return {decoded.image, jpegBytes(decoded.image)};
}

} // namespace banthuek::ui
