// SPDX-License-Identifier: GPL-3.0-or-later
// How a note's Markdown names a file stored in the notebook: banthuek:file/<sha256>, in an
// image (![caption](banthuek:file/…)) or a link ([name](banthuek:file/…)).
#pragma once

#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace banthuek::core {

inline constexpr std::string_view kFileScheme = "banthuek:file/";

[[nodiscard]] bool isSha256Hex(std::string_view text);

// Every file the text names, each once, in the order they first appear.
[[nodiscard]] std::vector<std::string> fileRefs(std::string_view markdown);

// The Markdown that shows a file: an image with its caption, or a link with its name.
[[nodiscard]] std::string imageMarkdown(const std::string& sha256, std::string_view caption);
[[nodiscard]] std::string linkMarkdown(const std::string& sha256, std::string_view name);

// file_refs(text): the files a text names, as a JSON array (for the triggers that keep
// note_files, whoever writes a note: the window, the command line or a teammate's bundle).
void registerFileFunctions(sqlite3* db);

} // namespace banthuek::core
