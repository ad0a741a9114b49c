// SPDX-License-Identifier: GPL-3.0-or-later
// Subcommands for the files kept in a notebook: attach, files, extract.
#include "app/cli/commands.h"
#include "app/cli/noteargument.h"
#include "core/edits/edits.h"
#include "core/error.h"
#include "core/files/filerefs.h"
#include "ui/files/imagedecode.h"

#include <QLoggingCategory>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>
#include <set>

namespace banthuek::app {
namespace {

namespace fs = std::filesystem;
using core::Error;
using core::ErrorCategory;

constexpr std::int64_t kMegabyte = std::int64_t{1024} * 1024;

void addAttach(CLI::App& cli)
{
    struct Options
    {
        std::string path, note, caption;
        std::vector<std::string> files;
        std::int64_t limitMb = core::kDefaultFileLimit / kMegabyte;
    };
    auto options = std::make_shared<Options>();
    auto* command = cli.add_subcommand("attach", "Put photos, recordings or documents into a note");
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option("NOTE", options->note, "Record number or id")->required();
    command->add_option("FILE", options->files, "Files to attach, in order")->required();
    command->add_option("--caption", options->caption, "Caption for every file attached");
    command->add_option("--limit-mb", options->limitMb, "Largest file accepted, in MB (default 200)")
        ->check(CLI::Range(1, 100'000));
    command->footer(
        "Prints each file's SHA-256 and name. Images are shown in the note; an image that does not "
        "decode is attached as a file.\nExample: banthuek attach notes.banthuek 1000347 weir.jpg "
        "--caption \"ฝายมีชีวิต\"");
    command->callback([options] {
        const auto notebook = core::Notebook::open(options->path);
        const core::Note note = resolveNote(*notebook, options->note);
        // The decoder's own complaints about a broken image: the line below says it plainly.
        QLoggingCategory::setFilterRules(QStringLiteral("qt.gui.imageio*=false"));
        std::vector<core::Edits::Attachment> attachments;
        for (const std::string& file : options->files) {
            const ui::DecodedImage decoded = ui::decodeImageFile(QString::fromStdString(file), 64);
            attachments.push_back({file, options->caption, decoded.ok()});
        }
        core::Edits edits(*notebook);
        const auto stored = edits.attachFiles(note.id, attachments, options->limitMb * kMegabyte);
        for (std::size_t i = 0; i < stored.size(); ++i) {
            if (stored[i].isImage() && !attachments[i].inlineImage) {
                std::cerr << options->files[i] << ": the image does not decode; attached as a file.\n";
            }
            std::cout << stored[i].sha256 << "  " << stored[i].name << '\n';
        }
    });
}

nlohmann::json fileJson(const core::Notebook& notebook, const core::StoredFile& file)
{
    nlohmann::json notes = nlohmann::json::array();
    nlohmann::json ids = nlohmann::json::array();
    for (const std::string& id : notebook.files().notesUsing(file.sha256)) {
        notes.push_back(notebook.notes().get(id).record);
        ids.push_back(id);
    }
    nlohmann::json json = {{"sha256", file.sha256}, {"name", file.name},   {"mime", file.mime},
                           {"size", file.size},     {"notes", notes},      {"note_ids", ids},
                           {"taken_at", nullptr},   {"latitude", nullptr}, {"longitude", nullptr}};
    if (file.takenAt) {
        json["taken_at"] = *file.takenAt;
    }
    if (file.latitude && file.longitude) {
        json["latitude"] = *file.latitude;
        json["longitude"] = *file.longitude;
    }
    return json;
}

void addFiles(CLI::App& cli)
{
    struct Options
    {
        std::string path, note;
        bool json = false;
    };
    auto options = std::make_shared<Options>();
    auto* command = cli.add_subcommand("files", "List the files in a notebook, or in one note");
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option("NOTE", options->note, "Record number or id (default: every file)");
    command->add_flag("--json", options->json, "Print sha256, name, mime, size, taken_at and notes of each");
    command->callback([options] {
        const auto notebook = core::Notebook::open(options->path, core::Notebook::Access::ReadOnly);
        const std::vector<core::StoredFile> files =
            options->note.empty() ? notebook->files().all()
                                  : notebook->files().ofNote(resolveNote(*notebook, options->note).id);
        if (options->json) {
            nlohmann::json array = nlohmann::json::array();
            for (const core::StoredFile& file : files) {
                array.push_back(fileJson(*notebook, file));
            }
            std::cout << array.dump(2) << '\n';
            return;
        }
        for (const core::StoredFile& file : files) {
            std::cout << file.sha256 << '\t' << file.size << '\t' << file.mime << '\t' << file.name << '\n';
        }
    });
}

// A name that is safe in DIR: no folders, no leading dot, and not one already used.
std::string freeName(const fs::path& dir, const std::string& name, std::set<std::string>& used)
{
    std::string base = fs::path(name).filename().string();
    while (!base.empty() && base.front() == '.') {
        base.erase(0, 1);
    }
    if (base.empty()) {
        base = "file";
    }
    const fs::path plain(base);
    std::string candidate = base;
    for (int n = 2; used.contains(candidate) || fs::exists(dir / candidate); ++n) {
        candidate = plain.stem().string() + " (" + std::to_string(n) + ")" + plain.extension().string();
    }
    used.insert(candidate);
    return candidate;
}

void addExtract(CLI::App& cli)
{
    struct Options
    {
        std::string path, what, dir;
    };
    auto options = std::make_shared<Options>();
    auto* command = cli.add_subcommand("extract", "Write files out of a notebook, byte for byte");
    command->add_option("PATH", options->path, "Notebook file")->required();
    command
        ->add_option("WHAT", options->what,
                     "A file's SHA-256, or a note (record number or id): all its files")
        ->required();
    command->add_option("-o,--output", options->dir, "Folder to write into (made when missing)")->required();
    command->callback([options] {
        const auto notebook = core::Notebook::open(options->path, core::Notebook::Access::ReadOnly);
        const std::vector<core::StoredFile> files =
            core::isSha256Hex(options->what)
                ? std::vector<core::StoredFile>{notebook->files().get(options->what)}
                : notebook->files().ofNote(resolveNote(*notebook, options->what).id);
        std::error_code error;
        fs::create_directories(options->dir, error);
        if (!fs::is_directory(options->dir, error)) {
            throw Error(ErrorCategory::Io, "Cannot write into the folder %1.", {options->dir});
        }
        std::set<std::string> used;
        for (const core::StoredFile& file : files) {
            const fs::path target = fs::path(options->dir) / freeName(options->dir, file.name, used);
            notebook->files().extractTo(file.sha256, target.string());
            std::cout << target.string() << '\n';
        }
    });
}

} // namespace

void addFileCommands(CLI::App& cli)
{
    addAttach(cli);
    addFiles(cli);
    addExtract(cli);
}

} // namespace banthuek::app
