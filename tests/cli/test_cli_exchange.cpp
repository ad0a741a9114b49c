// SPDX-License-Identifier: GPL-3.0-or-later
// Team exchange on the command line: three laptops edited apart end with the same dump; a
// damaged or foreign bundle is refused with exit 3 and the notebook unchanged.
#include "tests/cli/runbanthuek.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using banthuek::test::ProcessResult;
using banthuek::test::readBytes;
using banthuek::test::run;
using banthuek::test::TempDir;
using banthuek::test::writeBytes;

namespace {

std::string trimmed(std::string text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
        text.pop_back();
    }
    return text;
}

} // namespace

TEST_CASE("Three notebooks edited apart exchange bundles in any order and end with the same dump",
          "[cli][exchange]")
{
    TempDir dir;
    const std::vector<std::string> nb = {dir.file("lead.banthuek"), dir.file("somsri.banthuek"),
                                         dir.file("somchai.banthuek")};
    for (const std::string& path : nb) {
        REQUIRE(run({"new", path}).exitCode == 0);
    }
    const auto created = run({"team", nb[0], "--create", "ทีมท่าศาลา"});
    REQUIRE(created.exitCode == 0);
    const std::string code = trimmed(created.out);
    CHECK(code.size() == 34);
    REQUIRE(run({"team", nb[1], "--join", code, "--device-name", "โน้ตบุ๊กของสมศรี", "--user", "สมศรี", "--role",
                 "khun_amnuay"})
                .exitCode == 0);
    REQUIRE(run({"team", nb[2], "--join", code}).exitCode == 0);
    const auto team = nlohmann::json::parse(run({"team", nb[1], "--json"}).out);
    for (const char* field : {"team", "device_id", "device_name", "peers"}) {
        CHECK(team.contains(field));
    }
    CHECK(team["device_name"] == "โน้ตบุ๊กของสมศรี");

    writeBytes(dir.file("body.md"), "ชาวบ้านรวมกลุ่มออมทรัพย์\n");
    std::vector<std::string> records;
    for (std::size_t i = 0; i < 3; ++i) {
        const auto added =
            run({"add", nb[i], "--title", "บันทึกที่ " + std::to_string(i), "--body-file", dir.file("body.md"),
                 "--place", "800801", "--author", "ผู้เขียน " + std::to_string(i)});
        REQUIRE(added.exitCode == 0);
        records.push_back(trimmed(added.out));
    }
    CHECK(records[0] != records[1]);
    auto exchange = [&](std::size_t from, std::size_t to) {
        const std::string bundle = dir.file("b" + std::to_string(from) + ".banthuek-bundle");
        REQUIRE(run({"export-bundle", nb[from], "-o", bundle}).exitCode == 0);
        const auto imported = run({"import-bundle", nb[to], bundle, "--json"});
        REQUIRE(imported.exitCode == 0);
        return nlohmann::json::parse(imported.out);
    };
    const auto first = exchange(1, 0);
    for (const char* field : {"notes_new", "notes_updated", "comments_new", "conflicts", "already_known"}) {
        CHECK(first.contains(field));
    }
    CHECK(first["notes_new"] == 1);
    writeBytes(dir.file("more.md"), "ย่อหน้าที่เพิ่ม\n");
    REQUIRE(
        run({"edit", nb[0], records[1], "--append-file", dir.file("more.md"), "--add-theme", "การจัดการน้ำ"})
            .exitCode == 0);
    REQUIRE(run({"comment", nb[2], records[2], "--author", "สมชาย", "--body", "ขอบคุณครับ"}).exitCode == 0);
    REQUIRE(run({"trash", nb[2], records[2]}).exitCode == 0);
    CHECK(exchange(1, 0)["already_known"].get<int>() > 0); // the same bundle again changes nothing
    // Every pair, in one order and then in the reverse order.
    for (int round = 0; round < 2; ++round) {
        for (std::size_t i = 0; i < 3; ++i) {
            for (std::size_t j = 0; j < 3; ++j) {
                const std::size_t from = round == 0 ? i : 2 - i;
                const std::size_t to = round == 0 ? j : 2 - j;
                if (from != to) {
                    (void)exchange(from, to);
                }
            }
        }
    }
    const std::string dump = run({"dump", nb[0]}).out;
    CHECK(dump == run({"dump", nb[1]}).out);
    CHECK(dump == run({"dump", nb[2]}).out);
    CHECK_THAT(dump, Catch::Contains("ย่อหน้าที่เพิ่ม"));
    CHECK_THAT(dump, Catch::Contains("ขอบคุณครับ"));
    const auto listed = nlohmann::json::parse(run({"list", nb[1], "--json"}).out);
    CHECK(listed.size() == 2); // the third is in the Trash everywhere
    const auto history = nlohmann::json::parse(run({"history", nb[2], records[1], "--json"}).out);
    REQUIRE(history.size() == 2);
    CHECK(history[1]["text"].get<std::string>().find("ย่อหน้าที่เพิ่ม") != std::string::npos);
    for (const char* field : {"text", "title", "at", "device", "conflict"}) {
        CHECK(history[0].contains(field));
    }

    // A damaged bundle and a foreign one: exit 3, a message naming the file, the notebook as it was.
    const std::string good = dir.file("good.banthuek-bundle");
    REQUIRE(run({"export-bundle", nb[0], "-o", good, "--all"}).exitCode == 0);
    std::string bytes = readBytes(good);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x55);
    writeBytes(dir.file("bad.banthuek-bundle"), bytes);
    const std::string before = readBytes(nb[1]);
    const auto bad = run({"import-bundle", nb[1], dir.file("bad.banthuek-bundle")});
    CHECK(bad.exitCode == 3);
    CHECK_THAT(bad.err, Catch::Contains("bad.banthuek-bundle") && Catch::Contains("damaged"));
    const std::string outsider = dir.file("outsider.banthuek");
    REQUIRE(run({"new", outsider}).exitCode == 0);
    REQUIRE(run({"team", outsider, "--create", "ทีมอื่น"}).exitCode == 0);
    REQUIRE(run({"export-bundle", outsider, "-o", dir.file("outsider.banthuek-bundle")}).exitCode == 0);
    const auto foreign = run({"import-bundle", nb[1], dir.file("outsider.banthuek-bundle")});
    CHECK(foreign.exitCode == 3);
    CHECK_THAT(foreign.err, Catch::Contains("another team"));
    CHECK(readBytes(nb[1]) == before);
}
