// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace banthuek::app {

// The whole file; throws Error (Io) naming it when it cannot be read.
[[nodiscard]] std::string readFile(const std::string& path);

// A one-line progress bar on stderr when it is a terminal; nothing when output is redirected.
class ProgressLine final
{
public:
    explicit ProgressLine(std::string label);
    ~ProgressLine();
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    void update(long done, long total);

private:
    std::string m_label;
    bool m_enabled;
    bool m_shown = false;
};

} // namespace banthuek::app
