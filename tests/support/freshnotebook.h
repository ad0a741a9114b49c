// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notebook/notebook.h"
#include "tests/support/tempdir.h"

#include <memory>

namespace banthuek::test {

// A new notebook file in its own temporary folder.
struct FreshNotebook
{
    TempDir dir;
    std::string path = dir.file("test.banthuek");
    std::unique_ptr<core::Notebook> notebook = core::Notebook::create(path);

    core::Notebook* operator->() { return notebook.get(); }
    // Closes and reopens the file, to prove what was written is on disk.
    void reopen()
    {
        notebook.reset();
        notebook = core::Notebook::open(path);
    }
};

} // namespace banthuek::test
