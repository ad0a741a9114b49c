// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown folders: the demo notebook (with a photo, a link and awkward text) exported and
// imported back to the same notes; an Obsidian vault and a Joplin export with their links,
// pictures and tags; hostile folders refused with file and line; the pieces underneath.
#include "core/demo/demonotebook.h"
#include "core/edits/edits.h"
#include "core/error.h"
#include "core/files/filerefs.h"
#include "core/formats/frontmatter.h"
#include "core/formats/markdownexport.h"
#include "core/formats/markdownimport.h"
#include "core/formats/markdownlinks.h"
#include "core/formats/markdownnote.h"
#include "core/formats/markdownread.h"
#include "core/notes/notelinks.h"
#include "core/search/searchstore.h"
#include "core/text/normalize.h"
#include "core/text/timestamps.h"
#include "tests/support/freshnotebook.h"
#include "tests/support/randombytes.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <random>

using namespace banthuek::core;
using banthuek::test::FreshNotebook;
using banthuek::test::randomBytes;
using banthuek::test::readBytes;
using banthuek::test::TempDir;
using banthuek::test::writeBytes;

namespace fs = std::filesystem;

namespace {

std::string fakeJpeg(unsigned seed)
{
    return std::string("\xFF\xD8\xFF\xDB\x00\x43\x00", 7) + randomBytes(3000, seed) + "\xFF\xD9";
}

void write(const std::string& path, const std::string& text)
{
    fs::create_directories(fs::path(path).parent_path());
    writeBytes(path, text);
}

// Everything a user sees of a note, with tags by name (ids of themes and people differ
// between notebooks) and comments without their ids.
struct NoteFace
{
    std::string fields; // the note's own fields, one per line
    std::string body;
    std::vector<std::string> themes, people, organisations, comments, files;
    friend bool operator==(const NoteFace&, const NoteFace&) = default;
};

std::map<std::string, NoteFace> faces(Notebook& notebook)
{
    std::map<std::string, NoteFace> all;
    for (const std::string& id : notebook.notes().listIds()) {
        const Note note = notebook.notes().get(id);
        const NoteDraft& content = note.content;
        std::string places;
        for (const std::string& code : content.placeCodes) {
            places += code + " ";
        }
        NoteFace face{note.id + "\n" + std::to_string(note.record) + "\n" +
                          std::string(kindName(content.kind)) + "\n" + content.title + "\n" + content.author +
                          "\n" + (content.eventDate ? content.eventDate->iso() : "-") + "\n" +
                          content.licence + "\n" + (content.published ? "published" : "draft") + "\n" +
                          std::to_string(note.createdMs) + "\n" + std::to_string(note.updatedMs) + "\n" +
                          places,
                      content.body,
                      {},
                      {},
                      {},
                      {},
                      {}};
        for (const std::string& theme : content.themeIds) {
            face.themes.push_back(notebook.themes().get(theme).nameTh);
        }
        for (const std::string& person : content.personIds) {
            face.people.push_back(notebook.people().get(person).name);
        }
        for (const std::string& organisation : content.organisationIds) {
            face.organisations.push_back(notebook.organisations().get(organisation).shortName());
        }
        for (const Comment& comment : notebook.comments().forNote(id)) {
            face.comments.push_back(comment.author + "|" + comment.body + "|" +
                                    std::to_string(comment.createdMs));
        }
        for (const StoredFile& file : notebook.files().ofNote(id)) {
            face.files.push_back(file.sha256 + " " + file.mime);
        }
        std::sort(face.themes.begin(), face.themes.end());
        std::sort(face.people.begin(), face.people.end());
        std::sort(face.organisations.begin(), face.organisations.end());
        all.emplace(id, std::move(face));
    }
    return all;
}

std::vector<std::string> filesIn(const std::string& folder)
{
    std::vector<std::string> names;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        names.push_back(fs::relative(entry.path(), folder).generic_string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

TEST_CASE("The demo notebook exported as Markdown imports back to the same notes", "[markdown]")
{
    FreshNotebook source;
    addDemoContent(*source.notebook);
    Edits edits(*source.notebook);
    // What is hardest to carry: a photo, a note linking to another, text that looks like the
    // file's own marks, a comment with a heading in it, and a body ending in a line break.
    const auto ids = source->notes().listIds();
    const std::string photo = source.dir.file("เวที ประชาคม (1).jpg");
    writeBytes(photo, fakeJpeg(3));
    (void)edits.attachFiles(ids[0], {{photo, "เวทีประชาคม [หมู่ 3]", true}});
    NoteDraft odd = source->notes().get(ids[1]).content;
    odd.title = "ชื่อ \"ในเครื่องหมาย\" : / ทับ";
    odd.body += "\n\n---\n\n" + std::string(kCommentsMarker) + "\n### ไม่ใช่ความเห็น · 2026-01-01\n\n" +
                "ดู [บันทึกแรก](" + noteLinkTarget(ids[0]) + ") และ [ที่ไม่มี](banthuek:note/gone)\n";
    (void)edits.saveNote(ids[1], odd);
    (void)edits.addComment(ids[1], "ผู้อ่าน", "# หัวข้อในความเห็น\n\\# ทับแล้ว\nบรรทัดสุดท้าย");
    const auto before = faces(*source.notebook);

    TempDir out;
    const std::string folder = out.file("export");
    const MarkdownExport exported = exportMarkdown(*source.notebook, folder, {});
    CHECK(exported.notes == static_cast<int>(before.size()));
    CHECK(exported.files == 1);
    const std::vector<std::string> written = filesIn(folder);
    CHECK(std::count_if(written.begin(), written.end(),
                        [](const std::string& name) { return name.ends_with(".md"); }) == exported.notes);
    CHECK(std::find(written.begin(), written.end(), "files/เวที ประชาคม (1).jpg") != written.end());
    const auto linking = std::find_if(written.begin(), written.end(), [](const std::string& name) {
        return name.find("ชื่อ") == 0 || name.find("-ชื่อ") != std::string::npos;
    });
    REQUIRE(linking != written.end());
    const std::string text = readBytes(folder + "/" + *linking);
    CHECK(text.find("](banthuek:note/gone)") != std::string::npos); // not exported: kept as it was
    CHECK(text.find("title: \"ชื่อ \\\"ในเครื่องหมาย\\\" : / ทับ\"") != std::string::npos);

    FreshNotebook copy;
    const MarkdownImport imported = importMarkdown(*copy.notebook, folder);
    CHECK(imported.problems.empty());
    CHECK(imported.written);
    CHECK(imported.filesStored == 1);
    copy.reopen();
    const auto after = faces(*copy.notebook);
    REQUIRE(after.size() == before.size());
    for (const auto& [id, face] : before) {
        REQUIRE(after.contains(id));
        const NoteFace& back = after.at(id);
        CHECK(back.fields == face.fields);
        CHECK(back.body == face.body);
        CHECK(back.themes == face.themes);
        CHECK(back.people == face.people);
        CHECK(back.organisations == face.organisations);
        CHECK(back.comments == face.comments);
        CHECK(back.files == face.files);
    }
    CHECK(NoteLinks(copy.notebook->database()).backlinks(ids[0]).size() ==
          NoteLinks(source.notebook->database()).backlinks(ids[0]).size());

    // Again: nothing new, nothing changed; into the notebook it came from: the same.
    const MarkdownImport again = importMarkdown(*copy.notebook, folder);
    CHECK(std::all_of(again.notes.begin(), again.notes.end(),
                      [](const MarkdownImported& note) { return note.outcome == ImportOutcome::Unchanged; }));
    CHECK(faces(*copy.notebook) == after);
    const MarkdownImport home = importMarkdown(*source.notebook, folder);
    CHECK(home.problems.empty());
    CHECK(faces(*source.notebook) == before);
}

TEST_CASE("Export writes only the chosen notes, and never into a folder that is not empty", "[markdown]")
{
    FreshNotebook nb;
    addDemoContent(*nb.notebook);
    TempDir out;
    write(out.file("busy/keep.txt"), "ของเดิม");
    CHECK_THROWS_WITH(exportMarkdown(*nb.notebook, out.file("busy"), {}),
                      Catch::Contains("is not empty") && Catch::Contains("--force"));
    CHECK(filesIn(out.file("busy")) == std::vector<std::string>{"keep.txt"});
    MarkdownExportOptions options;
    options.force = true;
    options.filter.placeCode = "800801"; // ท่าศาลา and its villages
    const MarkdownExport some = exportMarkdown(*nb.notebook, out.file("busy"), options);
    CHECK(some.notes == nb->notes().count(options.filter));
    CHECK(some.notes > 0);
    CHECK(some.notes < nb->notes().count());
    CHECK(readBytes(out.file("busy/keep.txt")) == "ของเดิม");
    write(out.file("a-file"), "x");
    CHECK_THROWS_WITH(exportMarkdown(*nb.notebook, out.file("a-file"), {}), Catch::Contains("is a file"));
}

TEST_CASE("An Obsidian vault imports with its wikilinks, embedded pictures and tags", "[markdown]")
{
    TempDir vault;
    write(vault.file(".obsidian/app.json"), "{}");
    write(vault.file(".obsidian/ซ่อน.md"), "not a note");
    write(vault.file("ไฟล์แนบ/รูปเวที.jpg"), fakeJpeg(5));
    write(vault.file("ไฟล์แนบ/แผน.pdf"), "%PDF-1.4\n" + randomBytes(200, 2));
    write(vault.file("หมู่บ้าน/บ้านหัวถนน.md"), "หมู่ที่ 3 ตำบลท่าศาลา\n");
    write(vault.file("ประชุมกลุ่มออมทรัพย์.md"), "---\n"
                                            "tags: [ออมทรัพย์, \"#สวัสดิการ\"]\n"
                                            "aliases:\n  - ประชุมกลุ่ม\n"
                                            "date: 2026-03-01\n"
                                            "---\n"
                                            "คุยกันที่ [[บ้านหัวถนน]] และ [[หมู่บ้าน/บ้านหัวถนน|หมู่ 3]] #ผู้สูงอายุ\n"
                                            "![[รูปเวที.jpg|300]]\n"
                                            "แผนอยู่ใน [[แผน.pdf]] และ [[ยังไม่เขียน]]\n"
                                            "```\n#ไม่ใช่แท็ก [[ไม่ใช่ลิงก์]]\n```\n"
                                            "ที่อยู่ https://example.org/#anchor และ `#โค้ด`\n");
    FreshNotebook nb;
    const MarkdownImport result = importMarkdown(*nb.notebook, vault.path());
    REQUIRE(result.problems.empty());
    REQUIRE(result.notes.size() == 2);
    CHECK(result.filesStored == 2);
    const auto meeting = std::find_if(result.notes.begin(), result.notes.end(),
                                      [](const MarkdownImported& n) { return n.title == "ประชุมกลุ่มออมทรัพย์"; });
    const auto village = std::find_if(result.notes.begin(), result.notes.end(),
                                      [](const MarkdownImported& n) { return n.title == "บ้านหัวถนน"; });
    REQUIRE(meeting != result.notes.end());
    REQUIRE(village != result.notes.end());
    const Note note = nb->notes().get(meeting->noteId);
    const std::string& body = note.content.body;
    CHECK(body.find("[บ้านหัวถนน](" + noteLinkTarget(village->noteId) + ")") != std::string::npos);
    CHECK(body.find("[หมู่ 3](" + noteLinkTarget(village->noteId) + ")") != std::string::npos);
    CHECK(body.find("[[ยังไม่เขียน]]") != std::string::npos); // no such note: kept as written
    CHECK(body.find("#ไม่ใช่แท็ก [[ไม่ใช่ลิงก์]]") != std::string::npos);
    const auto files = nb->files().ofNote(note.id);
    REQUIRE(files.size() == 2);
    CHECK(files[0].isImage());
    CHECK(body.find(imageMarkdown(files[0].sha256, "รูปเวที.jpg")) != std::string::npos);
    CHECK(body.find(linkMarkdown(files[1].sha256, "แผน.pdf")) != std::string::npos);
    CHECK(body.find("aliases:\n  - ประชุมกลุ่ม") != std::string::npos); // not understood: kept
    std::vector<std::string> themes;
    for (const std::string& id : note.content.themeIds) {
        themes.push_back(nb->themes().get(id).nameTh);
    }
    std::sort(themes.begin(), themes.end());
    CHECK(themes == std::vector<std::string>{"ผู้สูงอายุ", "สวัสดิการ", "ออมทรัพย์"});
    CHECK(note.content.eventDate == CivilDate{2026, 3, 1});
    CHECK_FALSE(note.content.published); // a vault's note is a draft until the team says
    CHECK(nb->notes().source(note.id)->site == "markdown");
    CHECK(NoteLinks(nb->database()).backlinks(village->noteId).size() == 1);
    // Search finds the new notes, by whole words and by parts of words.
    for (const char* query : {"ผู้สูงอายุ ", "สูงอา"}) {
        SearchRequest request;
        request.query = query;
        const SearchResults results = nb->search().search(request);
        CHECK(std::any_of(results.hits.begin(), results.hits.end(),
                          [&](const SearchHit& hit) { return hit.noteId == meeting->noteId; }));
    }

    // The vault again: found by file, nothing doubled.
    const MarkdownImport again = importMarkdown(*nb.notebook, vault.path());
    CHECK(again.notes.size() == 2);
    CHECK(nb->notes().count() == 2);
    CHECK(again.filesStored == 0);
}

TEST_CASE("A Joplin export imports with its resources, times and note links", "[markdown]")
{
    TempDir out;
    write(out.file("_resources/0c5a2b8f1e.jpg"), fakeJpeg(8));
    write(out.file("งานชุมชน/ประชุมสภาองค์กรชุมชน.md"), "---\n"
                                                    "title: ประชุมสภาองค์กรชุมชน\n"
                                                    "updated: 2023-01-02 10:11:12Z\n"
                                                    "created: 2022-12-31 23:00:00Z\n"
                                                    "author: สมหญิง\n"
                                                    "latitude: 8.43330000\n"
                                                    "longitude: 99.96670000\n"
                                                    "tags:\n  - สภาองค์กรชุมชน\n  - KM\n"
                                                    "---\n\n"
                                                    "![เวที.jpg](../_resources/0c5a2b8f1e.jpg)\n\n"
                                                    "ต่อจาก [นัดหมาย](นัดหมาย%20ครั้งก่อน.md)\n");
    write(out.file("งานชุมชน/นัดหมาย ครั้งก่อน.md"), "---\ntitle: นัดหมายครั้งก่อน\n---\n\nนัดวันศุกร์\n");
    FreshNotebook nb;
    MarkdownImportOptions options;
    options.placeCodes = {"800801"};
    const MarkdownImport result = importMarkdown(*nb.notebook, out.path(), options);
    REQUIRE(result.problems.empty());
    REQUIRE(result.notes.size() == 2);
    const auto first = std::find_if(result.notes.begin(), result.notes.end(),
                                    [](const MarkdownImported& n) { return n.title == "ประชุมสภาองค์กรชุมชน"; });
    const auto second = std::find_if(result.notes.begin(), result.notes.end(),
                                     [](const MarkdownImported& n) { return n.title == "นัดหมายครั้งก่อน"; });
    REQUIRE(first != result.notes.end());
    REQUIRE(second != result.notes.end());
    const Note note = nb->notes().get(first->noteId);
    CHECK(note.createdMs == *parseIsoInstant("2022-12-31T23:00:00Z"));
    CHECK(note.updatedMs == *parseIsoInstant("2023-01-02T10:11:12Z"));
    CHECK(note.content.eventDate == CivilDate{2023, 1, 1}); // 06:00 in Thailand
    CHECK(note.content.author == "สมหญิง");
    CHECK(note.content.placeCodes == std::vector<std::string>{"800801"});
    CHECK(note.content.body.find("[นัดหมาย](" + noteLinkTarget(second->noteId) + ")") != std::string::npos);
    CHECK(note.content.body.find("latitude: 8.43330000\nlongitude: 99.96670000") != std::string::npos);
    const auto files = nb->files().ofNote(note.id);
    REQUIRE(files.size() == 1);
    CHECK(files[0].isImage());
    CHECK(note.content.themeIds.size() == 2);
}

TEST_CASE("A hostile folder is refused with file and line, and the notebook stays as it was", "[markdown]")
{
    TempDir outside;
    write(outside.file("secret.txt"), "รหัสลับ");
    TempDir folder;
    write(folder.file("ดี.md"), "---\ntitle: บันทึกดี\n---\nข้อความ\n");
    write(folder.file("ออกนอก.md"),
          "บรรทัดแรก\n\n![](../../" + fs::path(outside.path()).filename().string() + "/secret.txt)\n");
    write(folder.file("เต็มทาง.md"), "ลิงก์ [ลับ](" + outside.file("secret.txt") + ")\n");
    write(folder.file("พัง.md"), "---\ntitle: [ไม่ปิด\n---\nข้อความ\n");
    write(folder.file("วันผิด.md"), "---\ntitle: วันผิด\ndate: 2026-02-30\n---\n");
    write(folder.file("ไม่ใช่ยูทีเอฟ.md"), "\xff\xfe\x00\x41");
    fs::create_symlink(outside.file("secret.txt"), folder.file("ทางลัด.txt"));
    write(folder.file("ลิงก์สัญลักษณ์.md"), "[ลัด](ทางลัด.txt)\n");

    FreshNotebook nb;
    const std::string before = readBytes(nb.path);
    const MarkdownImport stopped = importMarkdown(*nb.notebook, folder.path());
    CHECK_FALSE(stopped.written);
    CHECK(nb->notes().count() == 0);
    CHECK(nb->files().all().empty());
    std::map<std::string, std::string> problems;
    for (const FileProblem& problem : stopped.problems) {
        problems[problem.file] = problem.why.english();
    }
    CHECK(problems.size() == 6);
    CHECK_THAT(problems["ออกนอก.md"],
               Catch::Contains("line 3") && Catch::Contains("leads out of the folder"));
    CHECK_THAT(problems["เต็มทาง.md"],
               Catch::Contains("line 1") && Catch::Contains("leads out of the folder"));
    CHECK_THAT(problems["พัง.md"], Catch::Contains("line 2") && Catch::Contains("not YAML"));
    CHECK_THAT(problems["วันผิด.md"], Catch::Contains("line 3") && Catch::Contains("2026-02-30"));
    CHECK_THAT(problems["ไม่ใช่ยูทีเอฟ.md"], Catch::Contains("UTF-8"));
    CHECK_THAT(problems["ลิงก์สัญลักษณ์.md"], Catch::Contains("leads out of the folder"));

    MarkdownImportOptions skip;
    skip.skipBad = true;
    const MarkdownImport some = importMarkdown(*nb.notebook, folder.path(), skip);
    CHECK(some.written);
    CHECK(some.notes.size() == 1);
    CHECK(some.problems.size() == 6);
    CHECK(nb->notes().count() == 1);
    CHECK(nb->files().all().empty());

    MarkdownImportOptions dry;
    dry.dryRun = true;
    TempDir good;
    write(good.file("หนึ่ง.md"), "หนึ่ง\n");
    const MarkdownImport preview = importMarkdown(*nb.notebook, good.path(), dry);
    CHECK(preview.notes.size() == 1);
    CHECK_FALSE(preview.written);
    CHECK(nb->notes().count() == 1);
    CHECK_THROWS_WITH(importMarkdown(*nb.notebook, folder.file("ดี.md")), Catch::Contains("is not a folder"));
}

TEST_CASE("Front matter, comments and file names read back what was written", "[markdown]")
{
    for (const std::string value :
         {"ธรรมดา", "\"คำพูด\" \\ ทับ", "บรรทัด\nใหม่\tแท็บ", "\xC2\x85\xE2\x80\xA8\xE2\x80\xA9", "null",
          "- ไม่ใช่รายการ", "#ไม่ใช่ความเห็น", "ค: ่า"}) {
        const MarkdownFile file = splitFrontMatter("---\ntitle: " + yamlString(value) + "\n---\nตัว");
        REQUIRE(file.frontMatter.size() == 1);
        CHECK(file.frontMatter[0].values == std::vector<std::string>{value});
        CHECK(file.body == "ตัว");
        CHECK(file.bodyLine == 4);
    }
    const MarkdownFile nested =
        splitFrontMatter("\xEF\xBB\xBF---\na: 1\nmap:\n  b: 2\n  c: [3]\nlist: [x, y]\n---\n");
    REQUIRE(nested.frontMatter.size() == 3);
    CHECK_FALSE(nested.frontMatter[1].plain);
    CHECK(nested.frontMatter[1].raw == "map:\n  b: 2\n  c: [3]");
    CHECK(nested.frontMatter[2].list);
    CHECK(splitFrontMatter("---\nไม่ปิด\n").frontMatter.empty()); // never closed: all body
    CHECK_THROWS_WITH(splitFrontMatter("---\n- a\n---\n"), Catch::Contains("line 2"));

    const std::vector<MarkdownComment> comments{
        {"ก", "# หัว\n\\# ทับ\n\\\\# สอง\n" + std::string(kCommentsMarker), 1000},
        {"", "ไม่มีชื่อ", 1'777'000'000'123}};
    const BodyAndComments back = splitComments("เนื้อหา\n\n\n" + commentsSection(comments));
    CHECK(back.body == "เนื้อหา\n");
    CHECK(back.comments == comments);

    CHECK(noteFileName(12, "ชื่อ: \"ทดสอบ\" / ก") == "12-ชื่อ-ทดสอบ-ก.md");
    CHECK(noteFileName(3, "...") == "3.md");
    std::string clusters;
    for (int i = 0; i < 50; ++i) {
        clusters += "กิ่";
    }
    std::string thirteen; // 120 bytes hold 13 whole กิ่ (9 bytes each): never a mark cut from its letter
    for (int i = 0; i < 13; ++i) {
        thirteen += "กิ่";
    }
    CHECK(noteFileName(7, clusters) == "7-" + thirteen + ".md");

    CHECK(parseIsoInstant("2026-03-01") == parseIsoInstant("2026-03-01T00:00:00+07:00"));
    CHECK(parseIsoInstant("2026-03-01 03:00Z") == parseIsoInstant("2026-03-01T10:00+07:00"));
    CHECK(parseIsoInstant("2026-03-01T10:00:00.25+07:00").value() % 1000 == 250);
    CHECK_FALSE(parseIsoInstant("2026-03-01T25:00"));
    CHECK_FALSE(parseIsoInstant("2026-13-01"));
    CHECK_FALSE(parseIsoInstant("2026-03-01Tเที่ยง"));
    for (const std::int64_t millis :
         {std::int64_t{0}, std::int64_t{1'777'000'000'123}, std::int64_t{-86'400'001}}) {
        CHECK(parseIsoInstant(isoThaiInstant(millis)) == millis);
    }
    CHECK(hashTags("#ผู้สูงอายุ ดู #KM/ทีม, c#sharp # หัวข้อ #2569 [x](#a)") ==
          std::vector<std::string>{"ผู้สูงอายุ", "KM/ทีม"});
    CHECK(rewriteLinkTargets("![a](x.jpg) [b](<y z.md> \"t\") `[c](d)`", [](const LinkTarget& link) {
              return link.target + (link.image ? "!" : "?");
          }) == "![a](x.jpg!) [b](<y z.md?> \"t\") `[c](d)`");
}

TEST_CASE("Mangled Markdown files are read or refused, never crash", "[markdown][hostile]")
{
    const std::string sound =
        "---\ntitle: \"ทดสอบ\"\ntags: [ก, ข]\nplaces: [\"800801\"]\nmap: {a: [1, {b: 2}]}\n"
        "created: 2026-03-01T10:00:00+07:00\n---\nเนื้อ [[ลิงก์|ป้าย]] ![[รูป.jpg]] "
        "[a](<b c.md> \"t\") `x` #แท็ก\n```\nโค้ด\n```\n\n" +
        commentsSection({{"ผู้อ่าน", "# หัว\nข้อความ", 1000}});
    const std::string pieces[] = {"---\n",
                                  "[[",
                                  "]]",
                                  "](",
                                  "<",
                                  "`",
                                  "```",
                                  "#",
                                  "\\",
                                  "\n",
                                  ":",
                                  "- ",
                                  "{",
                                  "[",
                                  "\xE0\xB8",
                                  "\xff",
                                  "&a",
                                  "*a",
                                  "!!binary",
                                  std::string(kCommentsMarker),
                                  "### ก · 2026-01-01\n"};
    std::mt19937 random(2569);
    int read = 0;
    for (int round = 0; round < 1500; ++round) {
        std::string text = sound;
        const int edits = 1 + static_cast<int>(random() % 4);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = random() % (text.size() + 1);
            switch (random() % 3) {
            case 0:
                text.insert(at, pieces[random() % std::size(pieces)]);
                break;
            case 1:
                text.erase(at, random() % 12);
                break;
            default:
                if (at < text.size()) {
                    text[at] = static_cast<char>(random() & 0xFF);
                }
            }
        }
        try {
            const MarkdownNote note = readMarkdownNote("ก.md", text);
            (void)rewriteWikiLinks(note.body, [](const WikiLink& link) { return "<" + link.target + ">"; });
            (void)rewriteLinkTargets(note.body, [](const LinkTarget& link) { return link.target + "x"; });
            (void)hashTags(note.body);
            CHECK_FALSE(note.title.empty());
            ++read;
        } catch (const Error& error) {
            CHECK(error.category() == ErrorCategory::InvalidInput);
        }
    }
    CHECK(read > 150); // many survive a small change (a changed byte often breaks UTF-8)
}

TEST_CASE("A bad note among good ones: the good notes of its run go in whole, with their new themes",
          "[markdown]")
{
    TempDir folder;
    for (int i = 0; i < 5; ++i) {
        write(folder.file("ดี-" + std::to_string(i) + ".md"),
              "---\ntags: [ธีมใหม่]\npeople: [คนใหม่]\n---\nข้อความที่ " + std::to_string(i) + "\n");
    }
    // Read well, fails while written (its theme and person were added first, then rolled back).
    write(folder.file("ดี-2x.md"), "---\ntags: [ธีมใหม่]\npeople: [คนใหม่]\n---\n[ลับ](/etc/passwd)\n");
    FreshNotebook nb;
    MarkdownImportOptions skip;
    skip.skipBad = true;
    const MarkdownImport result = importMarkdown(*nb.notebook, folder.path(), skip);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].file == "ดี-2x.md");
    CHECK(result.notes.size() == 5);
    CHECK(result.themesCreated == 1);
    nb.reopen();
    const auto theme = nb->themes().findByName("ธีมใหม่");
    REQUIRE(theme);
    for (const NoteSummary& note : nb->notes().list()) {
        const Note full = nb->notes().get(note.id);
        CHECK(full.content.themeIds == std::vector<std::string>{theme->id});
        REQUIRE(full.content.personIds.size() == 1);
        CHECK(nb->people().get(full.content.personIds[0]).name == "คนใหม่");
    }
    CHECK(nb->people().list().size() == 1);
}
