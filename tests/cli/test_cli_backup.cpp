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
