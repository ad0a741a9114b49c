// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace banthuek::test {

// What a phone writes into a photo's EXIF block.
struct PhotoExif
{
    std::string takenAt = "2026:11:03 09:41:07"; // EXIF's own form
    double latitude = 14.3532;                   // north
    double longitude = 100.5689;                 // east
    int orientation = 1;                         // 6: the phone was held upright (turn 90° clockwise)
};

// `jpeg` (any JPEG: SOI first) with an APP1 EXIF segment after its SOI marker, written here
// byte by byte as a phone would (big-endian TIFF, IFD0 with the orientation, Exif and GPS IFDs).
[[nodiscard]] std::string withExif(const std::string& jpeg, const PhotoExif& exif);

} // namespace banthuek::test
