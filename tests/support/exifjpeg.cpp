// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/exifjpeg.h"

#include <cmath>
#include <cstdint>
#include <vector>

namespace banthuek::test {
namespace {

void put16(std::string& out, unsigned value)
{
    out += static_cast<char>((value >> 8) & 0xFF);
    out += static_cast<char>(value & 0xFF);
}

void put32(std::string& out, std::uint32_t value)
{
    put16(out, value >> 16);
    put16(out, value & 0xFFFF);
}

struct Entry
{
    unsigned tag, type;
    std::uint32_t count;
    std::string data; // inline when 4 bytes or fewer, else placed after the IFD
};

// One IFD at `offset` (from the TIFF header): its entries, then the data that did not fit.
std::string ifd(std::uint32_t offset, const std::vector<Entry>& entries)
{
    std::string table;
    std::string extra;
    const std::uint32_t dataAt = offset + 2 + 12 * static_cast<std::uint32_t>(entries.size()) + 4;
    put16(table, static_cast<unsigned>(entries.size()));
    for (const Entry& entry : entries) {
        put16(table, entry.tag);
        put16(table, entry.type);
        put32(table, entry.count);
        if (entry.data.size() <= 4) {
            table += entry.data + std::string(4 - entry.data.size(), '\0');
        } else {
            put32(table, dataAt + static_cast<std::uint32_t>(extra.size()));
            extra += entry.data;
        }
    }
    put32(table, 0);
    return table + extra;
}

std::string rationals(double degrees)
{
    std::string out;
    const double whole = std::floor(degrees);
    const double minutes = std::floor((degrees - whole) * 60);
    const double seconds = ((degrees - whole) * 60 - minutes) * 60;
    for (const auto& [numerator, denominator] :
         {std::pair<std::uint32_t, std::uint32_t>{static_cast<std::uint32_t>(whole), 1},
          {static_cast<std::uint32_t>(minutes), 1},
          {static_cast<std::uint32_t>(std::lround(seconds * 1000)), 1000}}) {
        put32(out, numerator);
        put32(out, denominator);
    }
    return out;
}

std::string shortValue(unsigned value)
{
    std::string out;
    put16(out, value);
    return out;
}

std::string longValue(std::uint32_t value)
{
    std::string out;
    put32(out, value);
    return out;
}

} // namespace

std::string withExif(const std::string& jpeg, const PhotoExif& exif)
{
    constexpr unsigned kShort = 3, kLong = 4, kAscii = 2, kRational = 5;
    constexpr std::uint32_t kIfd0 = 8;
    constexpr std::uint32_t kIfd0Size = 2 + 3 * 12 + 4;
    const std::uint32_t exifAt = kIfd0 + kIfd0Size;
    const std::string date = exif.takenAt + std::string(1, '\0');
    const std::string exifIfd =
        ifd(exifAt, {{0x9003, kAscii, static_cast<std::uint32_t>(date.size()), date}});
    const auto gpsAt = exifAt + static_cast<std::uint32_t>(exifIfd.size());
    const std::string gpsIfd =
        ifd(gpsAt, {{0x0001, kAscii, 2, exif.latitude < 0 ? std::string("S\0", 2) : std::string("N\0", 2)},
                    {0x0002, kRational, 3, rationals(std::abs(exif.latitude))},
                    {0x0003, kAscii, 2, exif.longitude < 0 ? std::string("W\0", 2) : std::string("E\0", 2)},
                    {0x0004, kRational, 3, rationals(std::abs(exif.longitude))}});
    const std::string ifd0 =
        ifd(kIfd0, {{0x0112, kShort, 1, shortValue(static_cast<unsigned>(exif.orientation))},
                    {0x8769, kLong, 1, longValue(exifAt)},
                    {0x8825, kLong, 1, longValue(gpsAt)}});
    std::string tiff = "MM";
    put16(tiff, 42);
    put32(tiff, kIfd0);
    tiff += ifd0 + exifIfd + gpsIfd;
    std::string segment = "\xFF\xE1";
    put16(segment, static_cast<unsigned>(2 + 6 + tiff.size()));
    segment += std::string("Exif\0\0", 6) + tiff;
    return jpeg.substr(0, 2) + segment + jpeg.substr(2);
}

} // namespace banthuek::test
