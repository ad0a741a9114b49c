// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/files/fileprobe.h"

#include <libexif/exif-data.h>
#include <magic.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <memory>

namespace banthuek::core {
namespace {

struct MagicCloser
{
    void operator()(magic_t cookie) const { magic_close(cookie); }
};

// libmagic's database is loaded once per thread (a cookie is not shared between threads).
magic_t magicCookie()
{
    thread_local const std::unique_ptr<std::remove_pointer_t<magic_t>, MagicCloser> cookie = [] {
        magic_t made = magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR | MAGIC_NO_CHECK_COMPRESS);
        if (made != nullptr && magic_load(made, nullptr) != 0) {
            magic_close(made);
            made = nullptr;
        }
        return std::unique_ptr<std::remove_pointer_t<magic_t>, MagicCloser>(made);
    }();
    return cookie.get();
}

std::string mimeOf(std::string_view head)
{
    magic_t cookie = magicCookie();
    const char* mime = cookie != nullptr ? magic_buffer(cookie, head.data(), head.size()) : nullptr;
    return mime != nullptr && *mime != '\0' ? std::string(mime) : std::string("application/octet-stream");
}

struct ExifDataDeleter
{
    void operator()(ExifData* data) const { exif_data_unref(data); }
};

ExifEntry* entry(ExifData* data, ExifIfd ifd, ExifTag tag)
{
    return exif_content_get_entry(data->ifd[ifd], tag);
}

// "2024:03:15 09:41:07" as 2024-03-15T09:41:07, or nothing for anything else.
std::optional<std::string> takenAt(ExifData* data)
{
    ExifEntry* found = entry(data, EXIF_IFD_EXIF, EXIF_TAG_DATE_TIME_ORIGINAL);
    if (found == nullptr) {
        found = entry(data, EXIF_IFD_0, EXIF_TAG_DATE_TIME);
    }
    if (found == nullptr || found->format != EXIF_FORMAT_ASCII || found->size < 19 ||
        found->data == nullptr) {
        return std::nullopt;
    }
    std::string text(reinterpret_cast<const char*>(found->data), 19);
    static constexpr std::array kDigits = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18};
    for (const int i : kDigits) {
        if (text[static_cast<std::size_t>(i)] < '0' || text[static_cast<std::size_t>(i)] > '9') {
            return std::nullopt;
        }
    }
    if (text.starts_with("0000")) {
        return std::nullopt; // cameras without a clock write zeros
    }
    text[4] = '-';
    text[7] = '-';
    text[10] = 'T';
    return text;
}

// GPS tags are plain numbers in libexif (they overlap other IFDs' tags).
std::optional<double> degrees(ExifData* data, int valueTag, int refTag, char negative)
{
    ExifEntry* value = entry(data, EXIF_IFD_GPS, static_cast<ExifTag>(valueTag));
    ExifEntry* ref = entry(data, EXIF_IFD_GPS, static_cast<ExifTag>(refTag));
    if (value == nullptr || value->format != EXIF_FORMAT_RATIONAL || value->components != 3 ||
        value->size < 24 || value->data == nullptr) {
        return std::nullopt;
    }
    const ExifByteOrder order = exif_data_get_byte_order(data);
    double result = 0;
    double unit = 1;
    for (int i = 0; i < 3; ++i) {
        const ExifRational part = exif_get_rational(value->data + static_cast<std::ptrdiff_t>(8 * i), order);
        if (part.denominator == 0) {
            return std::nullopt;
        }
        result += static_cast<double>(part.numerator) / part.denominator / unit;
        unit *= 60;
    }
    if (ref != nullptr && ref->data != nullptr && ref->size > 0 &&
        static_cast<char>(ref->data[0]) == negative) {
        result = -result;
    }
    return std::isfinite(result) ? std::optional<double>(result) : std::nullopt;
}

} // namespace

FileFacts probeFile(std::string_view head)
{
    FileFacts facts;
    if (head.empty()) {
        return facts;
    }
    facts.mime = mimeOf(head);
    if (facts.mime != "image/jpeg" && facts.mime != "image/tiff" && facts.mime != "image/webp" &&
        facts.mime != "image/heic") {
        return facts;
    }
    const std::unique_ptr<ExifData, ExifDataDeleter> data(
        exif_data_new_from_data(reinterpret_cast<const unsigned char*>(head.data()),
                                static_cast<unsigned int>(std::min(head.size(), kProbeBytes))));
    if (!data) {
        return facts;
    }
    facts.takenAt = takenAt(data.get());
    const auto latitude = degrees(data.get(), EXIF_TAG_GPS_LATITUDE, EXIF_TAG_GPS_LATITUDE_REF, 'S');
    const auto longitude = degrees(data.get(), EXIF_TAG_GPS_LONGITUDE, EXIF_TAG_GPS_LONGITUDE_REF, 'W');
    if (latitude && longitude && std::abs(*latitude) <= 90 && std::abs(*longitude) <= 180) {
        facts.latitude = latitude;
        facts.longitude = longitude;
    }
    return facts;
}

} // namespace banthuek::core
