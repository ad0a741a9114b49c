// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reportsvg.h"

#include "core/search/snippet.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace banthuek::core {
namespace {

constexpr int kWidth = 720;
constexpr int kLabelWidth = 270; // room for about 26 Thai characters
constexpr int kValueWidth = 70;
constexpr int kRowHeight = 32;
constexpr int kBarHeight = 20;
constexpr int kFontPixels = 19;
constexpr std::size_t kLabelBytes = 78; // UTF-8: 26 Thai characters
constexpr int kTitleHeight = 36;        // the title is part of the picture: never a page away from it

std::string pixels(double value)
{
    char buffer[32];
    (void)std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

} // namespace

std::string escapeXml(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string reportNumber(double value, Digits digits)
{
    const bool whole = std::abs(value - std::round(value)) < 0.005;
    char buffer[64];
    (void)std::snprintf(buffer, sizeof buffer, whole ? "%.0f" : "%.2f", whole ? std::round(value) : value);
    std::string plain = buffer;
    const std::size_t point = plain.find('.');
    std::size_t end = point == std::string::npos ? plain.size() : point;
    const std::size_t start = plain.starts_with("-") ? 1 : 0;
    while (end > start + 3) { // thousands separators
        end -= 3;
        plain.insert(end, ",");
    }
    return withDigits(plain, digits);
}

std::string chartSvg(const ReportChart& chart, Digits digits, const std::string& fontFamily)
{
    double largest = 0;
    for (const auto& [label, value] : chart.bars) {
        largest = std::max(largest, value);
    }
    const int height = kTitleHeight + static_cast<int>(chart.bars.size()) * kRowHeight + 8;
    const double barSpace = kWidth - kLabelWidth - kValueWidth - 16;
    std::string svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" baseProfile=\"tiny\" width=\"" +
        std::to_string(kWidth) + "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " +
        std::to_string(kWidth) + " " + std::to_string(height) + "\">\n";
    svg += "<title>" + escapeXml(chart.title) + "</title>\n";
    svg += "<text x=\"0\" y=\"" + std::to_string(kTitleHeight - 12) + "\" font-family=\"" +
           escapeXml(fontFamily) + "\" font-size=\"" + std::to_string(kFontPixels + 2) +
           "\" font-weight=\"bold\" fill=\"#222222\">" + escapeXml(chart.title) + "</text>\n";
    svg += "<line x1=\"" + std::to_string(kLabelWidth + 8) + "\" y1=\"" + std::to_string(kTitleHeight) +
           "\" x2=\"" + std::to_string(kLabelWidth + 8) + "\" y2=\"" + std::to_string(height - 4) +
           "\" stroke=\"#555555\" stroke-width=\"1\"/>\n";
    for (std::size_t i = 0; i < chart.bars.size(); ++i) {
        const auto& [label, value] = chart.bars[i];
        const double top =
            kTitleHeight + 4 + static_cast<double>(i) * kRowHeight + (kRowHeight - kBarHeight) / 2.0;
        const double length = largest > 0 ? std::max(value > 0 ? 1.0 : 0.0, barSpace * value / largest) : 0;
        const std::string baseline = pixels(top + kBarHeight - 3);
        svg += "<text x=\"" + std::to_string(kLabelWidth) + "\" y=\"" + baseline + "\" font-family=\"" +
               escapeXml(fontFamily) + "\" font-size=\"" + std::to_string(kFontPixels) +
               "\" text-anchor=\"end\" fill=\"#222222\">" + escapeXml(shortenAtWord(label, kLabelBytes)) +
               "</text>\n";
        svg += "<rect x=\"" + std::to_string(kLabelWidth + 9) + "\" y=\"" + pixels(top) + "\" width=\"" +
               pixels(length) + "\" height=\"" + std::to_string(kBarHeight) + "\" fill=\"#3f7f5f\"/>\n";
        svg += "<text x=\"" + pixels(kLabelWidth + 15 + length) + "\" y=\"" + baseline + "\" font-family=\"" +
               escapeXml(fontFamily) + "\" font-size=\"" + std::to_string(kFontPixels) +
               "\" fill=\"#222222\">" + reportNumber(value, digits) + "</text>\n";
    }
    svg += "</svg>\n";
    return svg;
}

} // namespace banthuek::core
