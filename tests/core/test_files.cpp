// SPDX-License-Identifier: GPL-3.0-or-later
// core/files: photos and documents kept in the notebook, named by their SHA-256.
#include "core/edits/edits.h"
#include "core/error.h"
#include "core/files/filerefs.h"
#include "core/files/filestore.h"
#include "core/text/dates.h"
#include "tests/support/exifjpeg.h"
#include "tests/support/freshnotebook.h"
#include "tests/support/randombytes.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>

using namespace banthuek::core;
using banthuek::test::FreshNotebook;
using banthuek::test::randomBytes;
using banthuek::test::readBytes;
using banthuek::test::writeBytes;

namespace {

std::int64_t countOf(Notebook& nb, const std::string& sql)
{
    Statement row = nb.database().prepare(sql);
    return row.step() ? row.integer(0) : -1;
}

Note noteWith(Notebook& nb, const std::string& title)
{
    NoteDraft draft;
    draft.title = title;
    draft.body = "ไปเยี่ยมกลุ่มออมทรัพย์\n";
    return nb.notes().create(draft);
}

// A JPEG as far as its first bytes go (what libmagic and libexif read).
std::string fakeJpeg()
{
    return std::string("\xFF\xD8\xFF\xDB\x00\x43\x00", 7) + randomBytes(4000, 7) + "\xFF\xD9";
}

} // namespace

TEST_CASE("A file is named by the SHA-256 of its bytes, and the same bytes are stored once", "[files]")
{
    FreshNotebook nb;
    FileStore& files = nb->files();
    const StoredFile abc = files.addBytes("abc", "abc.txt");
    CHECK(abc.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(abc.size == 3);
    CHECK(abc.mime == "text/plain");

    const std::string photo = fakeJpeg();
    const StoredFile first = files.addBytes(photo, "IMG_0001.jpg");
    const StoredFile again = files.addBytes(photo, "copy of it.jpg");
    CHECK(again.sha256 == first.sha256);
    CHECK(again.name == "IMG_0001.jpg"); // the name it came with first
    CHECK(first.isImage());
    CHECK(countOf(*nb.notebook, "SELECT count(*) FROM files") == 2);
    CHECK(countOf(*nb.notebook, "SELECT count(*) FROM file_chunks") == 2);
    CHECK(files.bytes(first.sha256) == photo);
}

TEST_CASE("A file larger than the chunk is written and read a chunk at a time, byte for byte", "[files]")
{
    FreshNotebook nb;
    constexpr std::size_t kChunk = std::size_t{64} * 1024;
    FileStore files(nb->database(), kChunk);
    const std::string source = nb.dir.file("recording.m4a");
    const std::string bytes = randomBytes(std::size_t{5} * 1024 * 1024 + 123, 42);
    writeBytes(source, bytes);

    const StoredFile stored = files.add(source);
    CHECK(stored.name == "recording.m4a");
    CHECK(stored.size == static_cast<std::int64_t>(bytes.size()));
    CHECK(countOf(*nb.notebook, "SELECT count(*) FROM file_chunks") == 81);
    CHECK(countOf(*nb.notebook, "SELECT max(length(bytes)) FROM file_chunks") ==
          static_cast<std::int64_t>(kChunk));

    std::size_t largest = 0;
    std::size_t total = 0;
    files.read(stored.sha256, [&](std::string_view chunk) {
        largest = std::max(largest, chunk.size());
        total += chunk.size();
    });
    CHECK(largest <= kChunk); // never more than a chunk in memory
    CHECK(total == bytes.size());

    const std::string out = nb.dir.file("out.m4a");
    files.extractTo(stored.sha256, out);
    CHECK(readBytes(out) == bytes);
    CHECK(files.damaged().empty());
}

TEST_CASE("Files that cannot be stored are refused by name and leave nothing behind", "[files]")
{
    FreshNotebook nb;
    FileStore& files = nb->files();
    const std::string big = nb.dir.file("video.mp4");
    writeBytes(big, randomBytes(300'000, 3));
    const std::string empty = nb.dir.file("empty.jpg");
    writeBytes(empty, "");

    SECTION("over the limit")
    {
        try {
            (void)files.add(big, {}, 100'000);
            FAIL("a file over the limit was stored");
        } catch (const Error& error) {
            CHECK(error.category() == ErrorCategory::InvalidInput);
            CHECK(std::string(error.what()).find("video.mp4") != std::string::npos);
            CHECK(std::string(error.what()).find("limit") != std::string::npos);
        }
        CHECK_THROWS_AS(files.addBytes(randomBytes(2000, 1), "pasted.png", 1000), Error);
    }
    SECTION("empty")
    {
        CHECK_THROWS_WITH(files.add(empty), Catch::Contains("empty.jpg") && Catch::Contains("empty"));
    }
    SECTION("missing or a folder")
    {
        CHECK_THROWS_WITH(files.add(nb.dir.file("nowhere.jpg")), Catch::Contains("nowhere.jpg"));
        CHECK_THROWS_WITH(files.add(nb.dir.path()), Catch::Contains("folder"));
    }
    CHECK(countOf(*nb.notebook, "SELECT count(*) FROM files") == 0);
    CHECK(countOf(*nb.notebook, "SELECT count(*) FROM file_chunks") == 0);
}

TEST_CASE("A phone photo's EXIF date taken and GPS position are read from its first bytes", "[files]")
{
    FreshNotebook nb;
    banthuek::test::PhotoExif exif;
    exif.latitude = 14.3532;
    exif.longitude = 100.5689;
    const StoredFile photo = nb->files().addBytes(banthuek::test::withExif(fakeJpeg(), exif), "IMG_0042.jpg");
    CHECK(photo.mime == "image/jpeg");
    REQUIRE(photo.takenAt);
    CHECK(*photo.takenAt == "2026-11-03T09:41:07");
    REQUIRE(photo.latitude);
    CHECK(*photo.latitude == Approx(14.3532).margin(1e-4));
    CHECK(*photo.longitude == Approx(100.5689).margin(1e-4));

    exif.latitude = -33.86;
    exif.longitude = -70.5;
    exif.takenAt = "0000:00:00 00:00:00"; // no clock in the camera
    const StoredFile south = nb->files().addBytes(banthuek::test::withExif(fakeJpeg(), exif), "south.jpg");
    CHECK_FALSE(south.takenAt);
    CHECK(*south.latitude == Approx(-33.86).margin(1e-4));
    CHECK(*south.longitude == Approx(-70.5).margin(1e-4));

    // Hostile bytes: an EXIF block cut anywhere never crashes the reader and never invents a date.
    const std::string whole = banthuek::test::withExif(fakeJpeg(), {});
    for (std::size_t cut = 2; cut < 220; cut += 3) {
        const FileFacts facts = probeFile(std::string_view(whole).substr(0, cut));
        CHECK((!facts.takenAt || *facts.takenAt == "2026-11-03T09:41:07"));
    }
}

TEST_CASE("Attaching puts each file in the note's text, emptying the Trash frees a file no note names",
          "[files][edits]")
{
    FreshNotebook nb;
    Edits edits(*nb.notebook);
    const Note first = noteWith(*nb.notebook, "เวทีประชาคม");
    const Note second = noteWith(*nb.notebook, "ฝายมีชีวิต");
    const std::string photo = nb.dir.file("weir.jpg");
    writeBytes(photo, fakeJpeg());
    const std::string letter = nb.dir.file("letter [อบต.].pdf");
    writeBytes(letter, "%PDF-1.4\n" + randomBytes(500, 9));

    const auto stored = edits.attachFiles(first.id, {{photo, "ฝาย [บ้านท่า]", true}, {letter, "", true}});
    REQUIRE(stored.size() == 2);
    CHECK(stored[1].mime == "application/pdf");
    const std::string body = nb->notes().get(first.id).content.body;
    CHECK(body.find(imageMarkdown(stored[0].sha256, "ฝาย [บ้านท่า]")) != std::string::npos);
    CHECK(body.find("![ฝาย \\[บ้านท่า\\]](banthuek:file/" + stored[0].sha256 + ")") != std::string::npos);
    CHECK(body.find("[letter \\[อบต.\\].pdf](banthuek:file/" + stored[1].sha256 + ")") != std::string::npos);
    CHECK(body.starts_with("ไปเยี่ยมกลุ่มออมทรัพย์\n\n!["));
    CHECK(fileRefs(body) == std::vector<std::string>{stored[0].sha256, stored[1].sha256});
    const auto listed = nb->files().ofNote(first.id);
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].sha256 == stored[0].sha256);

    // The same photo in a second note; the letter only in the first.
    (void)edits.attachFiles(second.id, {{photo, "", true}});
    CHECK(nb->files().notesUsing(stored[0].sha256).size() == 2);

    // Taken out of the text, a file stays while a revision of the note names it.
    NoteDraft draft = nb->notes().get(first.id).content;
    draft.body = "ข้อความใหม่\n";
    (void)edits.saveNote(first.id, draft);
    edits.trashNote(first.id);
    CHECK(nb->files().find(stored[1].sha256)); // in the Trash: kept
    CHECK(edits.emptyTrash() == 1);
    CHECK_FALSE(nb->files().find(stored[1].sha256)); // the letter: freed
    CHECK(nb->files().find(stored[0].sha256));       // the photo: the second note has it
    edits.trashNote(second.id);
    (void)edits.emptyTrash();
    CHECK(countOf(*nb.notebook, "SELECT count(*) FROM files") == 0);
    CHECK(countOf(*nb.notebook, "SELECT count(*) FROM file_chunks") == 0);
}

TEST_CASE("A file that cannot be attached leaves the note and the notebook as they were", "[files][edits]")
{
    FreshNotebook nb;
    Edits edits(*nb.notebook);
    const Note note = noteWith(*nb.notebook, "บันทึก");
    const std::string good = nb.dir.file("good.jpg");
    writeBytes(good, fakeJpeg());
    CHECK_THROWS_WITH(edits.attachFiles(note.id, {{good, "", true}, {nb.dir.file("gone.jpg"), "", true}}),
                      Catch::Contains("gone.jpg"));
    CHECK(nb->notes().get(note.id).content.body == note.content.body);
    CHECK(countOf(*nb.notebook, "SELECT count(*) FROM files") == 0);
    CHECK(countOf(*nb.notebook, "SELECT count(*) FROM file_chunks") == 0);
}

TEST_CASE("check hashes every file again and names a damaged one", "[files][check]")
{
    FreshNotebook nb;
    Edits edits(*nb.notebook);
    const Note note = noteWith(*nb.notebook, "บันทึก");
    const std::string path = nb.dir.file("savings-book.jpg");
    writeBytes(path, fakeJpeg());
    const auto stored = edits.attachFiles(note.id, {{path, "สมุดบัญชี", true}});
    auto sound = nb->check();
    CHECK(sound.problems.empty());

    nb->database().exec("UPDATE file_chunks SET bytes = zeroblob(length(bytes))");
    const CheckReport report = nb->check();
    REQUIRE_FALSE(report.problems.empty());
    bool named = false;
    for (const Message& problem : report.problems) {
        named = named || (problem.english().find("savings-book.jpg") != std::string::npos &&
                          problem.english().find("damaged") != std::string::npos);
    }
    CHECK(named);
}

TEST_CASE("A file's references are found in Markdown, each once, and nothing else is", "[files]")
{
    const std::string sha(64, 'a');
    const std::string other(64, 'b');
    const std::string text =
        "![x](banthuek:file/" + sha + ") and [y](banthuek:file/" + other + ")\n![again](banthuek:file/" +
        sha + ")\n[short](banthuek:file/abc) [upper](banthuek:file/" + std::string(64, 'A') + ")";
    CHECK(fileRefs(text) == std::vector<std::string>{sha, other});
    CHECK(fileRefs("banthuek:file/").empty());
    CHECK(linkMarkdown(sha, "a]b\nc") == "[a\\]b c](banthuek:file/" + sha + ")");
}

TEST_CASE("A place's photos are those its notes show now, newest first, a list row knows its first photo",
          "[files][notes]")
{
    FreshNotebook nb;
    Edits edits(*nb.notebook);
    auto noteAt = [&](const std::string& title, const std::string& date, const std::string& place) {
        NoteDraft draft;
        draft.title = title;
        draft.body = "บันทึก\n";
        draft.eventDate = parseIsoDate(date);
        draft.placeCodes = {place};
        return nb->notes().create(draft);
    };
    const Note older = noteAt("ประชุมกลุ่มออม", "2026-10-01", "800801");
    const Note newer = noteAt("ฝายมีชีวิต", "2026-11-20", "800801");
    const Note elsewhere = noteAt("ตลาดนัด", "2026-11-25", "800802");
    banthuek::test::PhotoExif exif;
    exif.takenAt = "2026:11:03 09:41:07";
    const std::string dated = nb.dir.file("dated.jpg");
    writeBytes(dated, banthuek::test::withExif(fakeJpeg(), exif));
    const std::string plain = nb.dir.file("plain.jpg");
    writeBytes(plain, fakeJpeg());
    const std::string letter = nb.dir.file("letter.pdf");
    writeBytes(letter, "%PDF-1.4\n" + randomBytes(300, 3));

    // A letter before the photo: the row's first photo is still the photo.
    const auto inOlder = edits.attachFiles(older.id, {{letter, "", true}, {dated, "", true}});
    const auto inNewer = edits.attachFiles(newer.id, {{plain, "ฝาย", true}});
    (void)edits.attachFiles(elsewhere.id, {{plain, "", true}});

    NoteFilter place;
    place.placeCode = "800801";
    auto photos = nb->notes().photos(place);
    REQUIRE(photos.size() == 2);
    CHECK(photos[0].noteId == newer.id); // 2026-11-20, the note's date (no date taken)
    CHECK(photos[0].sha256 == inNewer[0].sha256);
    CHECK(photos[1].noteId == older.id); // taken 2026-11-03
    CHECK(photos[1].takenAt == std::optional<std::string>("2026-11-03T09:41:07"));
    CHECK(photos[1].noteTitle == "ประชุมกลุ่มออม");
    CHECK(nb->notes().photos({}).size() == 3);

    const auto rows = nb->notes().summaries({older.id, newer.id});
    CHECK(rows[0].firstPhoto == std::optional<std::string>(inOlder[1].sha256));
    CHECK(rows[1].firstPhoto == std::optional<std::string>(inNewer[0].sha256));

    // Taken out of the text, the photo leaves the page and the row, though a revision keeps it.
    NoteDraft draft = nb->notes().get(newer.id).content;
    draft.body = "ไม่มีรูปแล้ว\n";
    (void)edits.saveNote(newer.id, draft);
    photos = nb->notes().photos(place);
    REQUIRE(photos.size() == 1);
    CHECK(photos[0].noteId == older.id);
    CHECK_FALSE(nb->notes().summaries({newer.id})[0].firstPhoto);
    edits.trashNote(older.id);
    CHECK(nb->notes().photos(place).empty());
}
