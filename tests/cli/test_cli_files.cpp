// SPDX-License-Identifier: GPL-3.0-or-later
// Files on the command line: attach, files and extract give every byte back; bad files are
// refused by name with exit 3 and the notebook as it was.
#include "tests/cli/runbanthuek.h"
#include "tests/support/exifjpeg.h"
#include "tests/support/randombytes.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using banthuek::test::ProcessResult;
using banthuek::test::randomBytes;
using banthuek::test::readBytes;
using banthuek::test::run;
using banthuek::test::TempDir;
using banthuek::test::writeBytes;

namespace {

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t end = text.find('\n'); end != std::string::npos; end = text.find('\n', start)) {
        out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

} // namespace

TEST_CASE("attach, files and extract give every file back byte for byte", "[cli][files]")
{
    TempDir dir;
    const std::string nb = dir.file("field.banthuek");
    REQUIRE(run({"new", nb}).exitCode == 0);
    REQUIRE(run({"add", nb, "--title", "เวทีประชาคมหมู่ 3"}).exitCode == 0);
    const std::string photo = dir.file("IMG_0042.jpg");
    writeBytes(photo, banthuek::test::withExif(readBytes(BANTHUEK_TEST_DATA "/photos/field.jpg"), {}));
    const std::string voice = dir.file("ยายเล่า.m4a");
    writeBytes(voice, randomBytes(3 * 1024 * 1024 + 17, 5));
    const std::string garbled = dir.file("garbled.jpg");
    writeBytes(garbled, std::string("\xFF\xD8\xFF\xE0", 4) + randomBytes(5000, 8));

    const auto attached = run({"attach", nb, "1", photo, voice, garbled, "--caption", "ฝาย"});
    REQUIRE(attached.exitCode == 0);
    const auto printed = lines(attached.out);
    REQUIRE(printed.size() == 3);
    CHECK(printed[0].size() > 66);
    CHECK(printed[0].substr(66) == "IMG_0042.jpg");
    CHECK(attached.err.find("garbled.jpg") != std::string::npos); // attached as a plain file

    const auto listed = nlohmann::json::parse(run({"files", nb, "1", "--json"}).out);
    REQUIRE(listed.size() == 3);
    CHECK(listed[0]["sha256"] == printed[0].substr(0, 64));
    CHECK(listed[0]["mime"] == "image/jpeg");
    CHECK(listed[0]["taken_at"] == "2026-11-03T09:41:07");
    CHECK(listed[0]["latitude"].get<double>() == Approx(14.3532).margin(1e-4));
    CHECK(listed[0]["notes"] == nlohmann::json::array({1}));
    CHECK(listed[1]["name"] == "ยายเล่า.m4a");
    CHECK(listed[1]["size"] == 3 * 1024 * 1024 + 17);

    // The note shows the photo inline and the others as links.
    const auto body =
        nlohmann::json::parse(run({"history", nb, "1", "--json"}).out).back()["text"].get<std::string>();
    CHECK(body.find("![ฝาย](banthuek:file/" + listed[0]["sha256"].get<std::string>() + ")") !=
          std::string::npos);
    CHECK(body.find("[ฝาย](banthuek:file/" + listed[2]["sha256"].get<std::string>() + ")") !=
          std::string::npos);
    CHECK(body.find("![ฝาย](banthuek:file/" + listed[2]["sha256"].get<std::string>() + ")") ==
          std::string::npos);

    const auto extracted = run({"extract", nb, "1", "-o", dir.file("out")});
    REQUIRE(extracted.exitCode == 0);
    CHECK(readBytes(dir.file("out/IMG_0042.jpg")) == readBytes(photo));
    CHECK(readBytes(dir.file("out/ยายเล่า.m4a")) == readBytes(voice));
    CHECK(readBytes(dir.file("out/garbled.jpg")) == readBytes(garbled));
    // One file by its hash; a name already there is not overwritten.
    REQUIRE(run({"extract", nb, listed[0]["sha256"], "-o", dir.file("out")}).exitCode == 0);
    CHECK(readBytes(dir.file("out/IMG_0042 (2).jpg")) == readBytes(photo));
    CHECK(run({"check", nb}).exitCode == 0);
}

TEST_CASE("attach refuses an empty, missing or too large file by name and changes nothing", "[cli][files]")
{
    TempDir dir;
    const std::string nb = dir.file("field.banthuek");
    REQUIRE(run({"new", nb}).exitCode == 0);
    REQUIRE(run({"add", nb, "--title", "บันทึก"}).exitCode == 0);
    writeBytes(dir.file("empty.jpg"), "");
    writeBytes(dir.file("ok.pdf"), "%PDF-1.4\n" + randomBytes(1000, 1));
    writeBytes(dir.file("video.mp4"), randomBytes(std::size_t{2} * 1024 * 1024 + 1, 2));
    const std::string before = readBytes(nb);

    const auto empty = run({"attach", nb, "1", dir.file("ok.pdf"), dir.file("empty.jpg")});
    CHECK(empty.exitCode == 3);
    CHECK(empty.err.find("empty.jpg is empty") != std::string::npos);
    const auto missing = run({"attach", nb, "1", dir.file("gone.jpg")});
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.find("gone.jpg") != std::string::npos);
    const auto large = run({"attach", nb, "1", dir.file("video.mp4"), "--limit-mb", "2"});
    CHECK(large.exitCode == 3);
    CHECK(large.err.find("video.mp4 is 3 MB, larger than the limit of 2 MB") != std::string::npos);

    CHECK(run({"files", nb}).out.empty());
    CHECK(readBytes(nb) == before);
    CHECK(run({"extract", nb, std::string(64, 'a'), "-o", dir.file("out")}).exitCode == 3);
}
