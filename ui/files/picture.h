// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/files/filestore.h"

#include <QByteArray>
#include <QImage>

#include <string>

namespace banthuek::ui {

struct Picture
{
    QImage image;    // upright, fitting the edge asked for; null when there is none
    QByteArray made; // the JPEG of a picture made just now, for the caller to keep
};

// The picture of an image file fitting `edge` pixels: the one kept in the notebook, or one made
// from the file's bytes. Null when the file is missing, is not an image or does not decode.
// Throws core::Error when the notebook cannot be read. Safe on any thread with its own store.
[[nodiscard]] Picture pictureOf(const core::FileStore& files, const std::string& sha256, int edge);

} // namespace banthuek::ui
