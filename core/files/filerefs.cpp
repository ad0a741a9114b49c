// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/files/filerefs.h"

#include <sqlite3.h>

#include <algorithm>

namespace banthuek::core {
namespace {

constexpr std::size_t kShaLength = 64;

// Text inside [ ] of a Markdown link: brackets and backslashes escaped, line breaks made spaces
// (a caption is one line).
std::string escaped(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == '\n' || c == '\r') {
            out += ' ';
            continue;
        }
        if (c == '[' || c == ']' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

void fileRefsFunction(sqlite3_context* context, int /*argc*/, sqlite3_value** argv)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    std::string json = "[";
    if (text != nullptr) {
        for (const std::string& sha : fileRefs(std::string_view(text, static_cast<std::size_t>(size)))) {
            json += (json.size() > 1 ? ",\"" : "\"") + sha + "\"";
        }
    }
    json += "]";
    sqlite3_result_text(context, json.c_str(), static_cast<int>(json.size()), SQLITE_TRANSIENT);
}

} // namespace

bool isSha256Hex(std::string_view text)
{
    return text.size() == kShaLength && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

std::vector<std::string> fileRefs(std::string_view markdown)
{
    std::vector<std::string> refs;
    for (std::size_t at = markdown.find(kFileScheme); at != std::string_view::npos;
         at = markdown.find(kFileScheme, at + 1)) {
        const std::string_view sha = markdown.substr(at + kFileScheme.size(), kShaLength);
        if (isSha256Hex(sha) && std::find(refs.begin(), refs.end(), sha) == refs.end()) {
            refs.emplace_back(sha);
        }
    }
    return refs;
}

std::string imageMarkdown(const std::string& sha256, std::string_view caption)
{
    return "![" + escaped(caption) + "](" + std::string(kFileScheme) + sha256 + ")";
}

std::string linkMarkdown(const std::string& sha256, std::string_view name)
{
    return "[" + escaped(name) + "](" + std::string(kFileScheme) + sha256 + ")";
}

void registerFileFunctions(sqlite3* db)
{
    sqlite3_create_function_v2(db, "file_refs", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               &fileRefsFunction, nullptr, nullptr, nullptr);
}

} // namespace banthuek::core
