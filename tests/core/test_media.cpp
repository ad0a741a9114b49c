// SPDX-License-Identifier: GPL-3.0-or-later
// Notebooks on disks that fail: full, read-only, as a field laptop's and a memory card's are.
#include "core/edits/edits.h"
#include "core/error.h"
#include "core/notebook/notebook.h"
#include "tests/support/failingdisk.h"
#include "tests/support/smalldisk.h"
#include "tests/support/tempdir.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

using namespace banthuek::core;
using banthuek::test::readBytes;
using banthuek::test::SmallDisk;

namespace {

std::string thaiText(std::size_t bytes)
{
    const std::string sentence = "ชาวบ้านเล่าเรื่องกองทุนสวัสดิการชุมชนที่ทำมาห้าปี ";
    std::string text;
    while (text.size() < bytes) {
        text += sentence;
    }
    return text;
}

// A notebook at `path` with one note saved, its write-ahead log folded into the file.
struct SavedNote
{
    std::unique_ptr<Notebook> notebook;
    NoteDraft draft;
    Note note;
};

SavedNote savedNote(const std::string& path)
{
    SavedNote saved{Notebook::create(path), {}, {}};
    saved.draft.title = "ประชุมกองทุน";
    saved.draft.body = "ข้อความที่บันทึกไว้แล้ว";
    saved.note = Edits(*saved.notebook).createNote(saved.draft);
    saved.notebook->checkpoint();
    return saved;
}

} // namespace

TEST_CASE("A notebook on read-only media opens read-only, whole, and is never written", "[media]")
{
    SmallDisk disk(16 << 20);
    if (!disk.available()) {
        WARN("no tmpfs can be mounted here (not root): the read-only media case was not run");
        return;
    }
    const std::string path = disk.file("card.banthuek");
    {
        auto notebook = Notebook::create(path);
        NoteDraft draft;
        draft.title = "บันทึกบนการ์ด";
        (void)Edits(*notebook).createNote(draft);
    }
    REQUIRE(disk.setReadOnly(true));
    const std::string before = readBytes(path);

    try {
        (void)Notebook::open(path);
        FAIL("a notebook on read-only media opened for writing");
    } catch (const Error& error) {
        CHECK(error.category() == ErrorCategory::ReadOnly);
        CHECK_THAT(error.what(), Catch::Contains("read-only media"));
    }
    auto notebook = Notebook::open(path, Notebook::Access::ReadOnly);
    CHECK(notebook->readOnly());
    CHECK(notebook->notes().count() == 1);
    CHECK(notebook->check().sound());
    CHECK_THROWS_AS(Edits(*notebook).createNote(NoteDraft{}), Error);
    notebook.reset();
    CHECK(readBytes(path) == before);
}

TEST_CASE("A save on a full disk fails in words, harms nothing saved, and succeeds once there is room",
          "[media]")
{
    SmallDisk disk(24 << 20);
    if (!disk.available()) {
        WARN("no tmpfs can be mounted here (not root): the full disk case was not run");
        return;
    }
    const std::string path = disk.file("full.banthuek");
    auto [notebook, draft, note] = savedNote(path);
    Edits edits(*notebook);

    disk.fill(64 << 10);
    NoteDraft longer = draft;
    longer.body = thaiText(4 << 20);
    try {
        (void)edits.saveNote(note.id, longer);
        FAIL("a 4 MB note was saved on a disk with 64 KB free");
    } catch (const Error& error) {
        CHECK(error.category() == ErrorCategory::Io);
        CHECK_THAT(error.what(), Catch::Contains("disk is full"));
    }
    CHECK(notebook->notes().get(note.id).content.body == draft.body);
    CHECK(notebook->check(Notebook::CheckDepth::StoredData).sound());

    disk.empty();
    CHECK(edits.saveNote(note.id, longer).note.content.body == longer.body);
    notebook.reset();
    auto reopened = Notebook::open(path);
    CHECK(reopened->notes().get(note.id).content.body == longer.body);
    CHECK(reopened->check().sound());
}

TEST_CASE("A save while the disk stops answering (a card pulled out) fails in words, harms nothing saved, "
          "and succeeds once it answers again",
          "[media]")
{
    banthuek::test::FailingDisk disk;
    banthuek::test::TempDir dir;
    const std::string path = dir.file("card.banthuek");
    auto [notebook, draft, note] = savedNote(path);
    Edits edits(*notebook);

    NoteDraft longer = draft;
    longer.body = thaiText(1 << 20);
    disk.setFailing(true);
    try {
        (void)edits.saveNote(note.id, longer);
        FAIL("a note was saved on a disk that answers nothing");
    } catch (const Error& error) {
        CHECK(error.category() == ErrorCategory::Io);
        CHECK_THAT(error.what(), Catch::Contains("did not answer"));
    }
    CHECK(disk.refused() > 0);
    NoteDraft another;
    another.title = "บันทึกระหว่างการ์ดหลุด";
    CHECK_THROWS_AS(edits.createNote(another), Error); // every save fails alike, and says so

    disk.setFailing(false);
    CHECK(notebook->notes().get(note.id).content.body == draft.body); // what was saved is whole
    CHECK(edits.saveNote(note.id, longer).note.content.body == longer.body);
    const Note later = edits.createNote(another);
    notebook.reset();
    auto reopened = Notebook::open(path);
    CHECK(reopened->notes().get(note.id).content.body == longer.body);
    CHECK(reopened->notes().get(later.id).content.title == another.title);
    CHECK(reopened->notes().count({}) == 2);
    CHECK(reopened->check().sound());
}
