// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/outputfolder.h"

#include "core/error.h"

#include <filesystem>
#include <fstream>

namespace banthuek::core {

namespace fs = std::filesystem;

void prepareOutputFolder(const std::string& folder, bool force)
{
    std::error_code error;
    const fs::file_status status = fs::status(folder, error);
    if (fs::exists(status)) {
        if (!fs::is_directory(status)) {
            throw Error(ErrorCategory::InvalidInput, "%1 is a file, not a folder.", {folder});
        }
        if (!force && !fs::is_empty(folder, error)) {
            throw Error(ErrorCategory::InvalidInput,
                        "The folder %1 is not empty. Choose an empty folder, or allow writing over what "
                        "is in it (--force).",
                        {folder});
        }
        return;
    }
    fs::create_directories(folder, error);
    if (error) {
        throw Error(ErrorCategory::Io, "Cannot create the folder %1: %2.", {folder, error.message()});
    }
}

void writeTextFile(const std::string& path, std::string_view text)
{
    const fs::path target(path);
    const fs::path temporary = target.parent_path() / ("." + target.filename().string() + ".part");
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out || !out.write(text.data(), static_cast<std::streamsize>(text.size())) || !out.flush()) {
            std::error_code ignored;
            fs::remove(temporary, ignored);
            throw Error(ErrorCategory::Io, "Cannot write %1: the disk may be full.", {path});
        }
    }
    std::error_code error;
    fs::rename(temporary, target, error);
    if (error) {
        fs::remove(temporary, error);
        throw Error(ErrorCategory::Io, "Cannot write %1: %2.", {path, error.message()});
    }
}

std::string safeFileName(std::string_view name)
{
    std::string safe;
    for (const char c : name) {
        const bool refused = std::string_view("/\\:*?\"<>|#%[]").find(c) != std::string_view::npos ||
                             static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
        safe += refused ? '-' : c;
    }
    while (!safe.empty() && (safe.back() == '.' || safe.back() == ' ')) {
        safe.pop_back();
    }
    while (!safe.empty() && (safe.front() == '.' || safe.front() == ' ')) {
        safe.erase(0, 1);
    }
    return safe.empty() ? "file" : safe;
}

} // namespace banthuek::core
