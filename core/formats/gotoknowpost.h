// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/writtendates.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace banthuek::core {

struct GotoKnowComment
{
    std::string author; // empty when the page shows no name
    std::string body;   // Markdown
    std::optional<WrittenDateTime> written;
};

// A GotoKnow blog post (บันทึก) as a page shows it.
struct GotoKnowPost
{
    std::int64_t number = 0; // หมายเลขบันทึก
    std::string url;         // https://www.gotoknow.org/posts/<number>
    std::string title;
    std::string body;                       // Markdown: paragraphs, line breaks, links, images as links
    std::optional<WrittenDateTime> written; // เขียนเมื่อ
    std::optional<WrittenDateTime> edited;  // แก้ไขเมื่อ
    std::string licence;                    // สัญญาอนุญาต, as the page words it
    std::vector<std::string> keywords;      // คำสำคัญ
    std::vector<GotoKnowComment> comments;  // ความเห็น, in page order
};

// The largest page read: a post with its comments is tens of kilobytes.
constexpr std::size_t kMaxGotoKnowPageBytes = std::size_t{16} * 1024 * 1024;

// Reads a post saved from GotoKnow as text (the browser's "save as text" or a copy of the page)
// or as a web page (HTML). Text that is not UTF-8 is read as Thai Windows text (windows-874)
// when it is that. Throws InvalidInput saying why the bytes are not a GotoKnow post.
[[nodiscard]] GotoKnowPost parseGotoKnowPost(std::string_view bytes);

} // namespace banthuek::core
