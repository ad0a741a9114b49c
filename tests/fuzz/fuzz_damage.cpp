// SPDX-License-Identifier: GPL-3.0-or-later
// A notebook damaged as a failing disk or a torn write leaves one: the input says which pages
// of a small notebook (made once) to overwrite, where and with what. The damaged copy is
// opened and checked (check names the damage; it must never crash) and salvaged (what can be
// read is copied into a new notebook, or the file is refused in words).
#include "core/backup/salvage.h"
#include "core/generate/generator.h"
#include "core/notebook/notebook.h"
#include "core/storage/database.h"
#include "core/storage/notebookfile.h"
#include "core/storage/statement.h"
#include "tests/fuzz/fuzzinput.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

using namespace banthuek;
namespace fs = std::filesystem;

namespace {

struct Base
{
    fs::path folder = fs::temp_directory_path() / ("banthuek-fuzz-damage-" + std::to_string(getpid()));
    std::string bytes;
    std::size_t pageSize = 0;
    // Pages of the notes, comments, tags, people, plans and the exchange's records (and the list
    // of tables): where damage costs a team its words. The gazetteer's pages are left out, as
    // salvage takes places from the gazetteer Banthuek ships.
    std::vector<std::size_t> pages;
    Base()
    {
        fs::create_directories(folder);
        const std::string path = (folder / "base.banthuek").string();
        {
            auto notebook = core::Notebook::create(path);
            (void)core::generateNotes(*notebook, {40, 7, {}});
            pageSize = static_cast<std::size_t>(notebook->database().pragmaInteger("page_size"));
            core::Statement owned =
                notebook->database().prepare("SELECT pageno FROM dbstat WHERE name NOT LIKE 'place%' AND "
                                             "name NOT LIKE 'sqlite_autoindex_place%'");
            while (owned.step()) {
                pages.push_back(static_cast<std::size_t>(owned.integer(0) - 1));
            }
        } // closed: the write-ahead log is folded into the file
        std::ifstream in(path, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    ~Base()
    {
        std::error_code ignored;
        fs::remove_all(folder, ignored);
    }
};

Base& base()
{
    static Base instance;
    return instance;
}

// Input: records of 5 bytes: which page, the offset in it (two bytes), the length (in steps of
// 64 bytes) and a seed for the bytes written, so that a few input bytes can wreck a whole page.
std::string damaged(const Base& from, const std::uint8_t* data, std::size_t size)
{
    std::string bytes = from.bytes;
    for (std::size_t at = 0; at + 5 <= size && !from.pages.empty(); at += 5) {
        const std::size_t page = from.pages[data[at] % from.pages.size()];
        const std::size_t offset = ((std::size_t{data[at + 1]} << 8) | data[at + 2]) % from.pageSize;
        const std::size_t length =
            std::min<std::size_t>(std::size_t{data[at + 3]} * 64 + 1, from.pageSize - offset);
        std::uint32_t state = data[at + 4] * 2654435761U + 1;
        for (std::size_t i = 0; i < length && page * from.pageSize + offset + i < bytes.size(); ++i) {
            state = state * 1664525U + 1013904223U;
            bytes[page * from.pageSize + offset + i] = static_cast<char>(state >> 24);
        }
    }
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Base& from = base();
    const std::string path = (from.folder / "damaged.banthuek").string();
    const std::string out = (from.folder / "salvaged.banthuek").string();
    core::removeNotebookFiles(path);
    core::removeNotebookFiles(out);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << damaged(from, data, size);
    fuzz::refuseOrRead([&] {
        const auto notebook = core::Notebook::open(path, core::Notebook::Access::ReadOnly);
        (void)notebook->check();
    });
    fuzz::refuseOrRead([&] { (void)core::salvageNotebook(path, out); });
    return 0;
}
