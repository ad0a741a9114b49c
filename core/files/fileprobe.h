// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace banthuek::core {

// What a file's first bytes say about it.
struct FileFacts
{
    std::string mime = "application/octet-stream"; // from its content (libmagic), not its name
    std::optional<std::string> takenAt;            // EXIF date taken: YYYY-MM-DDTHH:MM:SS
    std::optional<double> latitude;                // EXIF GPS, degrees (south and west negative)
    std::optional<double> longitude;
    [[nodiscard]] bool isImage() const { return mime.starts_with("image/"); }
};

// How many of a file's first bytes probeFile wants: EXIF sits in the first 64 KiB of a JPEG.
inline constexpr std::size_t kProbeBytes = std::size_t{256} * 1024;

// Reads `head` (hostile bytes: any size, any content) with libmagic and libexif.
[[nodiscard]] FileFacts probeFile(std::string_view head);

} // namespace banthuek::core
