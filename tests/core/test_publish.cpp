// SPDX-License-Identifier: GPL-3.0-or-later
// The published site: only published notes, photos copied beside the pages, links that only
// the notebook understands turned into words, hostile text made harmless, names hidden as KM
// roles on request, and a search index that finds Thai words.
#include "core/demo/demonotebook.h"
#include "core/edits/edits.h"
#include "core/error.h"
#include "core/formats/markdownhtml.h"
#include "core/formats/sitepublish.h"
#include "core/notes/notelinks.h"
#include "tests/support/freshnotebook.h"
#include "tests/support/randombytes.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace banthuek::core;
using banthuek::test::FreshNotebook;
using banthuek::test::readBytes;
using banthuek::test::TempDir;
using banthuek::test::writeBytes;

namespace fs = std::filesystem;

namespace {

// Every file of the site (only its pages when `pages`), as one text, to ask what is in it.
std::string wholeSite(const std::string& folder, bool pages = false)
{
    std::string all;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        const std::string extension = entry.path().extension().string();
        if (entry.is_regular_file() && extension != ".jpg" &&
            (!pages || extension == ".html" || extension == ".xml")) {
            all += readBytes(entry.path().string()) + "\n";
        }
    }
    return all;
}

} // namespace

TEST_CASE("Publishing writes the published notes as pages, with photos, places, themes, feed and search",
          "[publish]")
{
    FreshNotebook nb;
    addDemoContent(*nb.notebook);
    Edits edits(*nb.notebook);
    NoteDraft draft;
    draft.title = "ร่างที่ยังไม่เผยแพร่";
    draft.body = "ข้อความลับของร่าง";
    draft.placeCodes = {"800801"};
    const Note hidden = edits.createNote(draft);
    NoteDraft open;
    open.title = "เวทีประชาคมบ้านหัวถนน";
    open.body = "ชาวบ้านมาร่วมเวทีกว่าร้อยคน <script>alert('x')</script>\n\n[ร้าย](javascript:alert(1)) "
                "<javascript:alert(2)> [ร่าง](" +
                noteLinkTarget(hidden.id) + ") [เว็บ](https://example.org)\n";
    open.author = "ประภาพร ทองคำ";
    open.published = true;
    open.eventDate = CivilDate{2026, 11, 3};
    open.placeCodes = {"80080103"};
    const Note shown = edits.createNote(open);
    const std::string photo = nb.dir.file("เวที.jpg");
    writeBytes(photo, std::string("\xFF\xD8\xFF\xDB\x00\x43\x00", 7) + banthuek::test::randomBytes(2000, 4) +
                          "\xFF\xD9");
    (void)edits.attachFiles(shown.id, {{photo, "เวทีประชาคม", true}});

    TempDir out;
    const std::string folder = out.file("site");
    const Published published = publishSite(*nb.notebook, folder, {});
    NoteFilter publishedOnly;
    publishedOnly.published = true;
    CHECK(published.notes == nb->notes().count(publishedOnly));
    CHECK(published.files == 1);
    const std::string site = wholeSite(folder);
    CHECK(site.find("ร่างที่ยังไม่เผยแพร่") == std::string::npos); // drafts stay home
    CHECK(site.find("ข้อความลับของร่าง") == std::string::npos);
    const std::string pages = wholeSite(folder, true);
    CHECK(pages.find("href=\"javascript:") == std::string::npos);
    CHECK(pages.find("<script>alert") == std::string::npos); // shown as words, never run
    CHECK(pages.find("&lt;script&gt;alert") != std::string::npos);

    const std::string page = readBytes(folder + "/n/" + std::to_string(shown.record) + ".html");
    CHECK(page.find("<h1>เวทีประชาคมบ้านหัวถนน</h1>") != std::string::npos);
    CHECK(page.find("3 พฤศจิกายน 2569") != std::string::npos);
    CHECK(page.find("ประภาพร ทองคำ") != std::string::npos);
    CHECK(page.find("href=\"../p/800801.html\"") != std::string::npos);
    CHECK(page.find("href=\"https://example.org\"") != std::string::npos);
    CHECK(page.find(">ร่าง<") == std::string::npos); // the link to a draft is words only
    CHECK(page.find("ร่าง") != std::string::npos);
    const std::size_t image = page.find("<img src=\"../f/");
    REQUIRE(image != std::string::npos);
    const std::string imageFile = page.substr(image + 13, page.find('"', image + 13) - image - 13);
    CHECK(fs::exists(folder + "/" + imageFile));

    const std::string index = readBytes(folder + "/index.html");
    CHECK(index.find("Blog ตำบล") != std::string::npos);
    CHECK(index.find("href=\"p/8008.html\"") != std::string::npos);   // อำเภอท่าศาลา
    CHECK(index.find("href=\"p/800801.html\"") != std::string::npos); // ตำบลท่าศาลา
    CHECK(readBytes(folder + "/p/800801.html").find("เวทีประชาคมบ้านหัวถนน") != std::string::npos);
    const std::string feed = readBytes(folder + "/feed.xml");
    std::size_t entries = 0;
    for (std::size_t at = feed.find("<entry>"); at != std::string::npos; at = feed.find("<entry>", at + 1)) {
        ++entries;
    }
    CHECK(entries == static_cast<std::size_t>(published.notes));

    std::string script = readBytes(folder + "/search-index.js");
    const std::string prefix = "window.BANTHUEK_SEARCH = ";
    REQUIRE(script.starts_with(prefix));
    script = script.substr(prefix.size());
    script.resize(script.rfind(';'));
    const auto searchIndex = nlohmann::json::parse(script);
    CHECK(searchIndex["notes"].size() == static_cast<std::size_t>(published.notes));
    REQUIRE(searchIndex["words"].contains("ประชาคม"));
    bool found = false;
    for (const auto& n : searchIndex["words"]["ประชาคม"]) {
        found = found || searchIndex["notes"][n.get<std::size_t>()][1] == "เวทีประชาคมบ้านหัวถนน";
    }
    CHECK(found);
    CHECK_FALSE(searchIndex["words"].contains("ข้อความลับของร่าง"));

    CHECK_THROWS_WITH(publishSite(*nb.notebook, folder, {}), Catch::Contains("is not empty"));
}

TEST_CASE("Published names can be shown as KM roles, and the pages in English", "[publish]")
{
    FreshNotebook nb;
    addDemoContent(*nb.notebook);
    TempDir out;
    PublishOptions options;
    options.rolesForNames = true;
    const std::string folder = out.file("roles");
    (void)publishSite(*nb.notebook, folder, options);
    const std::string site = wholeSite(folder);
    for (const Person& person : nb->people().list()) {
        INFO(person.name);
        CHECK(site.find("<p class=\"meta\">" + person.name) == std::string::npos);
        CHECK(site.find(" · " + person.name) == std::string::npos);
    }
    CHECK(site.find("คุณ") != std::string::npos); // คุณอำนวย, คุณลิขิต ...

    options.rolesForNames = false;
    options.language = Language::English;
    options.title = "Tha Sala notes";
    (void)publishSite(*nb.notebook, out.file("english"), options);
    const std::string index = readBytes(out.file("english/index.html"));
    CHECK(index.find("<html lang=\"en\">") != std::string::npos);
    CHECK(index.find("Tha Sala notes") != std::string::npos);
    CHECK(index.find("Latest notes") != std::string::npos);
}

TEST_CASE("Markdown for a page drops raw HTML and unsafe links", "[publish]")
{
    const std::string html =
        markdownHtml("# หัวเรื่อง\n\n<img src=x onerror=alert(1)> **หนา** [a](javascript:x) [b](JAVASCRIPT:y) "
                     "<data:text/html,z> "
                     "![c](banthuek:file/" +
                         std::string(64, 'a') + ") [d](notes/1.html)\n",
                     [](const LinkTarget& link) -> std::optional<std::string> {
                         return link.image ? std::optional<std::string>("../f/a.jpg") : std::nullopt;
                     });
    CHECK(html.find("<h1>หัวเรื่อง</h1>") != std::string::npos);
    CHECK(html.find("<strong>หนา</strong>") != std::string::npos);
    CHECK(html.find("<img src=x") == std::string::npos); // raw HTML is shown as text
    CHECK(html.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
    CHECK(html.find("javascript") == std::string::npos);
    CHECK(html.find("JAVASCRIPT") == std::string::npos);
    CHECK(html.find("href=\"data:") == std::string::npos);
    CHECK(html.find("src=\"../f/a.jpg\"") != std::string::npos);
    CHECK(html.find("href=\"notes/1.html\"") != std::string::npos);
}
