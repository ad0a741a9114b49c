// SPDX-License-Identifier: GPL-3.0-or-later
// A GotoKnow page, read by the words GotoKnow prints around a post: the footer
// "หมายเลขบันทึก: N เขียนเมื่อ … แก้ไขเมื่อ … สัญญาอนุญาต: …", then "ความเห็น (n)" and the comments,
// each a name (or none), maybe a date, and its paragraphs; comments are parted by a line of
// no-break spaces, as GotoKnow's pages part them.
#include "core/formats/gotoknowpost.h"

#include "core/error.h"
#include "core/formats/htmlpage.h"
#include "core/formats/pagelines.h"
#include "core/text/normalize.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace banthuek::core {
namespace {

constexpr std::string_view kRecordMark = "หมายเลขบันทึก";
constexpr std::string_view kWrittenMark = "เขียนเมื่อ";
constexpr std::string_view kEditedMark = "แก้ไขเมื่อ";
constexpr std::string_view kLicenceMark = "สัญญาอนุญาต";
constexpr std::string_view kReadsMark = "จำนวนที่อ่าน";
constexpr std::string_view kKeywordsMark = "คำสำคัญ";
constexpr std::string_view kCommentsMark = "ความเห็น";
constexpr std::string_view kNoComments = "ไม่มีความเห็น";
constexpr std::string_view kSiteFooter = "พบปัญหาการใช้งาน";
constexpr std::string_view kWhen = "เมื่อ";
constexpr std::size_t kFooterLines = 8;    // a footer wraps over a few lines at most
constexpr std::size_t kMaxNameBytes = 150; // about 50 Thai letters
constexpr std::size_t kMaxDateLineBytes = 100;

struct ConverterClose
{
    void operator()(UConverter* converter) const { ucnv_close(converter); }
};

// Thai text saved by Windows programs is windows-874 (TIS-620 and more): read it as such, or
// nullopt when the bytes are not that either.
std::optional<std::string> fromWindows874(std::string_view bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UConverter, ConverterClose> converter(ucnv_open("windows-874", &status));
    if (U_FAILURE(status)) {
        return std::nullopt;
    }
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(), status);
    if (U_FAILURE(status)) {
        return std::nullopt;
    }
    std::string utf8;
    text.toUTF8String(utf8);
    return utf8;
}

// Windows Notepad's "Unicode" is UTF-16 with a byte-order mark.
std::optional<std::string> fromUtf16(std::string_view bytes)
{
    const bool little = bytes.starts_with("\xFF\xFE");
    if (!little && !bytes.starts_with("\xFE\xFF")) {
        return std::nullopt;
    }
    std::u16string units;
    for (std::size_t i = 2; i + 1 < bytes.size(); i += 2) {
        const auto a = static_cast<unsigned char>(bytes[i]);
        const auto b = static_cast<unsigned char>(bytes[i + 1]);
        units.push_back(static_cast<char16_t>(little ? (b << 8) | a : (a << 8) | b));
    }
    std::string utf8;
    icu::UnicodeString(units.data(), static_cast<int32_t>(units.size())).toUTF8String(utf8);
    return utf8;
}

std::string decodedText(std::string_view bytes)
{
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        bytes.remove_prefix(3);
    }
    if (isValidUtf8(bytes)) {
        return std::string(bytes);
    }
    if (auto thai = fromWindows874(bytes)) {
        return *thai;
    }
    throw Error(ErrorCategory::InvalidInput, "It is not text: it is neither UTF-8 nor Thai Windows text.");
}

// What follows `mark` in `text`, up to the first of `stops` after it; nullopt without the mark.
std::optional<std::string> after(std::string_view text, std::string_view mark,
                                 std::initializer_list<std::string_view> stops = {})
{
    const std::size_t at = text.find(mark);
    if (at == std::string_view::npos) {
        return std::nullopt;
    }
    std::string_view rest = text.substr(at + mark.size());
    for (const std::string_view stop : stops) {
        rest = rest.substr(0, rest.find(stop));
    }
    const std::size_t start = rest.find_first_not_of(" :");
    return start == std::string_view::npos ? std::string() : cleanLine(rest.substr(start));
}

std::optional<std::int64_t> recordNumber(const std::string& plain)
{
    const std::optional<std::string> rest = after(matchKey(plain), kRecordMark);
    if (!rest || rest->empty() || !std::isdigit(static_cast<unsigned char>(rest->front()))) {
        return std::nullopt;
    }
    std::int64_t number = 0;
    for (std::size_t i = 0; i < rest->size() && std::isdigit(static_cast<unsigned char>((*rest)[i])); ++i) {
        if (i >= 12) {
            return std::nullopt;
        }
        number = number * 10 + ((*rest)[i] - '0');
    }
    return number > 0 ? std::optional(number) : std::nullopt;
}

bool isCommentsHeader(const std::string& plain)
{
    if (!plain.starts_with(kCommentsMark)) {
        return false;
    }
    const std::string rest = matchKey(plain.substr(kCommentsMark.size()));
    const std::size_t open = rest.find_first_not_of(' ');
    return open != std::string::npos && rest[open] == '(' && rest.back() == ')' &&
           rest.find_first_not_of("0123456789", open + 1) == rest.size() - 1;
}

std::vector<std::string> keywordsOf(const std::string& plain)
{
    std::string list = after(plain, kKeywordsMark, {kRecordMark, kWrittenMark, kLicenceMark}).value_or("");
    if (list.starts_with("(Tags)")) {
        list = list.substr(6);
    }
    const char separator = list.find('#') != std::string::npos ? '#' : ',';
    std::vector<std::string> keywords;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t end = std::min(list.find(separator, start), list.size());
        std::string keyword = cleanLine(list.substr(start, end - start));
        while (!keyword.empty() && keyword.front() == ':') {
            keyword = cleanLine(keyword.substr(1));
        }
        if (!keyword.empty() && std::find(keywords.begin(), keywords.end(), keyword) == keywords.end()) {
            keywords.push_back(std::move(keyword));
        }
        start = end + 1;
    }
    return keywords;
}

bool isDateLine(const std::string& plain)
{
    return plain.size() <= kMaxDateLineBytes && findWrittenDate(plain).has_value();
}

bool looksLikeName(const std::string& plain)
{
    const auto words = std::count(plain.begin(), plain.end(), ' ') + 1;
    return !plain.empty() && plain.size() <= kMaxNameBytes && words <= 6 && !isDateLine(plain) &&
           plain.find_first_of("\"?!") == std::string::npos;
}

// A comment's lines without their blank ends.
std::vector<PageLine> trimmed(std::vector<PageLine> lines)
{
    while (!lines.empty() && lines.back().blank()) {
        lines.pop_back();
    }
    const auto first = std::find_if(lines.begin(), lines.end(), [](const PageLine& l) { return !l.blank(); });
    lines.erase(lines.begin(), first);
    return lines;
}

std::optional<GotoKnowComment> commentOf(std::vector<PageLine> lines)
{
    lines = trimmed(std::move(lines));
    if (lines.empty()) {
        return std::nullopt;
    }
    GotoKnowComment comment;
    std::string first = lines.front().plain;
    if (first.starts_with('#')) { // "#3 name": GotoKnow numbers comments on some pages
        const std::size_t space = first.find(' ');
        first = space == std::string::npos ? std::string() : first.substr(space + 1);
    }
    const std::size_t when = first.find(std::string(" ") + std::string(kWhen));
    const std::string name = when == std::string::npos ? first : cleanLine(first.substr(0, when));
    const bool headed = lines.size() > 2 && (lines[1].blank() || isDateLine(lines[1].plain));
    if (headed && looksLikeName(name)) {
        comment.author = name;
        if (when != std::string::npos) {
            comment.written = findWrittenDate(first.substr(when));
        }
        lines.erase(lines.begin());
        lines = trimmed(std::move(lines));
    }
    if (!comment.written && !lines.empty() && isDateLine(lines.front().plain)) {
        comment.written = findWrittenDate(lines.front().plain);
        lines.erase(lines.begin());
    } else if (!comment.written && lines.size() > 1 && isDateLine(lines.back().plain)) {
        comment.written = findWrittenDate(lines.back().plain);
        lines.pop_back();
    }
    comment.body = paragraphs(lines, 0, lines.size());
    if (comment.body.empty()) {
        return std::nullopt;
    }
    return comment;
}

std::vector<GotoKnowComment> commentsOf(const std::vector<PageLine>& lines, std::size_t header)
{
    std::vector<GotoKnowComment> comments;
    std::vector<PageLine> block;
    for (std::size_t i = header + 1; i <= lines.size(); ++i) {
        const bool end = i == lines.size() || lines[i].plain.starts_with(kSiteFooter);
        if (end || lines[i].spacer) {
            if (auto comment = commentOf(std::move(block))) {
                comments.push_back(std::move(*comment));
            }
            block.clear();
            if (end) {
                break;
            }
            continue;
        }
        if (lines[i].plain == kNoComments) {
            return {};
        }
        block.push_back(lines[i]);
    }
    return comments;
}

void readFooter(const std::vector<PageLine>& lines, std::size_t footer, std::size_t end, GotoKnowPost& post)
{
    std::string text;
    for (std::size_t i = footer; i < std::min(end, footer + kFooterLines); ++i) {
        text += lines[i].plain + ' ';
    }
    if (auto written = after(text, kWrittenMark, {kEditedMark, kLicenceMark})) {
        post.written = findWrittenDate(*written);
    }
    if (auto edited = after(text, kEditedMark, {kLicenceMark, kReadsMark})) {
        post.edited = findWrittenDate(*edited);
    }
    std::string licence = after(text, kLicenceMark, {kReadsMark, kKeywordsMark}).value_or("");
    while (licence.ends_with("()")) {
        licence = cleanLine(licence.substr(0, licence.size() - 2));
    }
    post.licence = licence;
}

std::string titleWithoutSite(std::string title)
{
    for (const std::string_view suffix : {" - GotoKnow", " | GotoKnow", " – GotoKnow"}) {
        if (title.ends_with(suffix)) {
            title.resize(title.size() - suffix.size());
        }
    }
    return cleanLine(title);
}

GotoKnowPost postOf(std::vector<PageLine> lines, const std::string& titleHint)
{
    GotoKnowPost post;
    std::size_t footer = lines.size();
    for (std::size_t i = 0; i < lines.size() && footer == lines.size(); ++i) {
        if (const auto number = recordNumber(lines[i].plain)) {
            footer = i;
            post.number = *number;
        }
    }
    if (footer == lines.size()) {
        throw Error(ErrorCategory::InvalidInput,
                    "It is not a GotoKnow post: it has no record number (หมายเลขบันทึก: …).");
    }
    std::size_t header = lines.size();
    for (std::size_t i = footer + 1; i < lines.size() && header == lines.size(); ++i) {
        header = isCommentsHeader(lines[i].plain) ? i : header;
    }
    readFooter(lines, footer, header, post);
    for (std::size_t i = 0; i < header; ++i) {
        if (lines[i].plain.starts_with(kKeywordsMark)) {
            post.keywords = keywordsOf(lines[i].plain);
            lines[i] = PageLine{};
        }
    }
    const std::string hint = titleWithoutSite(titleHint);
    std::size_t title = footer;
    for (std::size_t i = 0; i < footer && title == footer; ++i) {
        const bool named = hint.empty() ? !lines[i].blank() : lines[i].plain == hint;
        title = named ? i : title;
    }
    post.title = title < footer ? lines[title].plain : hint;
    if (post.title.empty()) {
        throw Error(ErrorCategory::InvalidInput, "It has no title: the first line of a post is its title.");
    }
    post.body = paragraphs(lines, title < footer ? title + 1 : 0, footer);
    if (header < lines.size()) {
        post.comments = commentsOf(lines, header);
    }
    post.url = "https://www.gotoknow.org/posts/" + std::to_string(post.number);
    return post;
}

} // namespace

GotoKnowPost parseGotoKnowPost(std::string_view bytes)
{
    if (bytes.size() > kMaxGotoKnowPageBytes) {
        throw Error(ErrorCategory::InvalidInput,
                    "It is %1 MB: larger than any GotoKnow page (at most %2 MB).",
                    {std::to_string(bytes.size() >> 20), std::to_string(kMaxGotoKnowPageBytes >> 20)});
    }
    const std::optional<std::string> utf16 = fromUtf16(bytes);
    if (utf16) {
        bytes = *utf16;
    }
    if (bytes.find('\0') != std::string_view::npos) {
        throw Error(ErrorCategory::InvalidInput, "It is not text: it holds binary data.");
    }
    if (looksLikeHtml(bytes)) {
        HtmlPage page = readHtmlPage(bytes);
        return postOf(std::move(page.lines), page.title);
    }
    return postOf(textLines(decodedText(bytes)), {});
}

} // namespace banthuek::core
