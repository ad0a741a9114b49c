// SPDX-License-Identifier: GPL-3.0-or-later
// Files imported into a notebook: JSON Lines notes and plan CSV (a dry run and a real one),
// into one notebook the run keeps; and any bytes as a notebook file's header.
#include "core/formats/jsonlimport.h"
#include "core/formats/plancsv.h"
#include "core/notebook/notebook.h"
#include "core/storage/notebookfile.h"
#include "tests/fuzz/fuzzinput.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

using namespace banthuek;
namespace fs = std::filesystem;

namespace {

struct Scratch
{
    fs::path folder = fs::temp_directory_path() / ("banthuek-fuzz-" + std::to_string(getpid()));
    std::unique_ptr<core::Notebook> notebook;
    Scratch()
    {
        fs::create_directories(folder);
        notebook = core::Notebook::create((folder / "fuzz.banthuek").string());
    }
    ~Scratch()
    {
        notebook.reset();
        std::error_code ignored;
        fs::remove_all(folder, ignored);
    }
};

Scratch& scratch()
{
    static Scratch instance;
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string input = fuzz::bytes(data, size);
    core::Notebook& notebook = *scratch().notebook;
    fuzz::refuseOrRead([&] {
        std::istringstream lines(input);
        (void)core::importJsonl(notebook, lines, "fuzz.jsonl");
    });
    fuzz::refuseOrRead([&] { (void)core::importPlanCsv(notebook, input, true); });
    fuzz::refuseOrRead([&] { (void)core::importPlanCsv(notebook, input, false); });
    const fs::path header = scratch().folder / "header.banthuek";
    std::ofstream(header, std::ios::binary | std::ios::trunc) << input;
    fuzz::refuseOrRead([&] { (void)core::probeFile(header.string()); });
    return 0;
}
