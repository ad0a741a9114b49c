// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/noteargument.h"

#include "core/error.h"

#include <algorithm>

namespace banthuek::app {

core::Note resolveNote(const core::Notebook& notebook, const std::string& text)
{
    if (!text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
        text.size() < 16) {
        if (auto note = notebook.notes().findByRecord(std::stoll(text))) {
            return *note;
        }
        throw core::Error(core::ErrorCategory::NotFound, "There is no note number %1.", {text});
    }
    return notebook.notes().get(text);
}

} // namespace banthuek::app
