// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace banthuek::test {

// A fresh directory under the system temp folder, removed with everything in it.
class TempDir final
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] std::string file(const std::string& name) const { return m_path + "/" + name; }

private:
    std::string m_path;
};

// Whole-file helpers for "the file was not changed" assertions.
[[nodiscard]] std::string readBytes(const std::string& path);
void writeBytes(const std::string& path, const std::string& bytes);

} // namespace banthuek::test
