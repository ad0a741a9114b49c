// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/output.h"

#include "core/error.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace banthuek::app {

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw core::Error(core::ErrorCategory::Io, "Cannot read %1.", {path});
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

ProgressLine::ProgressLine(std::string label)
    : m_label(std::move(label)), m_enabled(isatty(STDERR_FILENO) != 0)
{
}

ProgressLine::~ProgressLine()
{
    if (m_shown) {
        std::fputc('\n', stderr);
    }
}

void ProgressLine::update(long done, long total)
{
    if (!m_enabled || total <= 0) {
        return;
    }
    constexpr int kWidth = 30;
    const int filled = static_cast<int>(kWidth * done / total);
    std::fprintf(stderr, "\r%s [%.*s%*s] %ld/%ld", m_label.c_str(), filled, "##############################",
                 kWidth - filled, "", done, total);
    std::fflush(stderr);
    m_shown = true;
}

} // namespace banthuek::app
