// SPDX-License-Identifier: GPL-3.0-or-later
// backup, backups and restore -o: what a cron job or an IT helper runs.
#include "tests/cli/runbanthuek.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using banthuek::test::readBytes;
using banthuek::test::run;
using banthuek::test::TempDir;

TEST_CASE("backup makes a checked copy, backups lists it and restore -o brings it back as a new notebook",
          "[cli][backup]")
{
    TempDir dir;
    const std::string notebook = dir.file("n.banthuek");
    const std::string folder = dir.file("usb/backups");
    REQUIRE(run({"new", notebook, "--demo"}).exitCode == 0);

    const auto made = run({"backup", notebook, "-o", folder, "--json"});
    REQUIRE(made.exitCode == 0);
    const auto backup = nlohmann::json::parse(made.out)["backup"];
    CHECK(backup["notes"].get<int>() > 0);
    const std::string path = backup["path"].get<std::string>();
    CHECK(std::filesystem::exists(path));

    const auto listed = run({"backups", notebook, "--folder", folder, "--json"});
    REQUIRE(listed.exitCode == 0);
    const auto list = nlohmann::json::parse(listed.out);
    REQUIRE(list.size() == 1);
    CHECK(list[0]["path"] == path);
    CHECK(list[0]["notes"] == backup["notes"]);
    CHECK(list[0]["bytes"].get<long>() > 0);

    const std::string restored = dir.file("restored.banthuek");
    REQUIRE(run({"restore", path, "-o", restored}).exitCode == 0);
    CHECK(run({"check", restored}).exitCode == 0);
    const auto notes = run({"list", restored, "--json"});
    CHECK(notes.out == run({"list", notebook, "--json"}).out);

    // Never over a file: the notebook stays byte for byte as it was.
    const std::string before = readBytes(notebook);
    const auto refused = run({"restore", path, "-o", notebook});
    CHECK(refused.exitCode == 3);
    CHECK_THAT(refused.err, Catch::Contains("already exists"));
    CHECK(readBytes(notebook) == before);
    // restore without a note or -o is a usage error.
    CHECK(run({"restore", notebook}).exitCode == 2);
    CHECK(run({"backups", dir.file("missing.banthuek")}).exitCode == 3);
}

TEST_CASE("salvage copies what a damaged notebook still has into a new one that passes check",
          "[cli][salvage]")
{
    TempDir dir;
    const std::string notebook = dir.file("field.banthuek");
    REQUIRE(run({"generate", notebook, "--notes", "400", "--seed", "5"}).exitCode == 0);
    const auto listed = nlohmann::json::parse(run({"list", notebook, "--json"}).out);

    // Noise over four pages in the middle of the file, as a failing disk leaves it.
    std::string bytes = readBytes(notebook);
    constexpr std::size_t page = 16384;
    const std::size_t pages = bytes.size() / page;
    for (const std::size_t hit : {pages / 5, pages / 3, pages / 2, pages * 2 / 3}) {
        for (std::size_t i = 100; i < page; ++i) {
            bytes[hit * page + i] = static_cast<char>((i * 7919 + hit) & 0xFF);
        }
    }
    banthuek::test::writeBytes(notebook, bytes);
    CHECK(run({"check", notebook}).exitCode == 1);

    const std::string out = dir.file("salvaged.banthuek");
    const auto salvaged = run({"salvage", notebook, "-o", out, "--json"});
    REQUIRE(salvaged.exitCode == 0);
    const auto report = nlohmann::json::parse(salvaged.out);
    CHECK(report["output"] == out);
    CHECK(report["sound"] == true);
    CHECK(report["problems"].empty());
    CHECK(report["tables"].size() > 10);
    const auto notes = report["notes"].get<std::size_t>();
    CHECK(notes * 10 >= listed.size() * 9);
    CHECK(notes <= listed.size());
    CHECK(readBytes(notebook) == bytes); // the damaged file is only read
    CHECK(run({"check", out}).exitCode == 0);
    CHECK(nlohmann::json::parse(run({"list", out, "--json"}).out).size() == notes);

    const auto again = run({"salvage", notebook, "-o", out});
    CHECK(again.exitCode == 3);
    CHECK_THAT(again.err, Catch::Contains("already exists"));
    const auto text = run({"salvage", notebook, "-o", dir.file("text.banthuek")});
    CHECK(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::Contains("passes check"));
}
