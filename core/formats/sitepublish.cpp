// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/sitepublish.h"

#include "core/files/filerefs.h"
#include "core/formats/markdownhtml.h"
#include "core/formats/outputfolder.h"
#include "core/formats/siteassets.h"
#include "core/notebook/notebook.h"
#include "core/notes/notelinks.h"
#include "core/report/reportsvg.h"
#include "core/search/tokenizer.h"
#include "core/text/timestamps.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <set>

namespace banthuek::core {
namespace {

namespace fs = std::filesystem;

constexpr int kLatest = 20;      // notes on the front page
constexpr int kFeedEntries = 50; // notes in the Atom feed

struct Words
{
    const char* lang;
    const char* site;
    const char* search;
    const char* latest;
    const char* places;
    const char* themes;
    const char* comments;
    const char* licence;
    const char* notesCount; // %1
    const char* found;      // %1
    const char* team;       // a writer shown by role who is not in the register
    const char* reader;     // a commenter shown by role who is not in the register
    const char* made;
};

constexpr Words kThai{"th",
                      "Blog ตำบล",
                      "ค้นหาบันทึก…",
                      "บันทึกล่าสุด",
                      "พื้นที่",
                      "ประเด็น",
                      "ความเห็น",
                      "สัญญาอนุญาต",
                      "%1 บันทึก",
                      "พบ %1 บันทึก",
                      "ทีมงาน",
                      "ผู้อ่าน",
                      "ทำด้วยโปรแกรมบันทึก (Banthuek)"};
constexpr Words kEnglish{
    "en",          "Subdistrict blog", "Search the notes…", "Latest notes", "Places",
    "Themes",      "Comments",         "Licence",           "%1 notes",     "%1 notes found",
    "Team member", "Reader",           "Made with Banthuek"};

struct NoteEntry
{
    Note note;
    std::string page; // n/<record>.html
    std::string excerpt;
};

std::string fill(const char* text, const std::string& value)
{
    std::string out(text);
    const std::size_t at = out.find("%1");
    return at == std::string::npos ? out : out.replace(at, 2, value);
}

class SiteWriter final
{
public:
    SiteWriter(Notebook& notebook, std::string folder, const PublishOptions& options)
        : m_notebook(notebook), m_folder(std::move(folder)), m_options(options),
          m_words(options.language == Language::Thai ? kThai : kEnglish),
          m_style{options.language, options.language == Language::Thai ? Era::Buddhist : Era::Gregorian,
                  Digits::Arabic},
          m_title(options.title.empty() ? m_words.site : options.title)
    {
    }

    void collect(const std::vector<std::string>& ids)
    {
        for (const std::string& id : ids) {
            NoteEntry entry{m_notebook.notes().get(id), {}, {}};
            entry.page = "n/" + std::to_string(entry.note.record) + ".html";
            entry.excerpt = firstParagraph(entry.note.content.body);
            m_pages.emplace(id, entry.page);
            m_notes.push_back(std::move(entry));
        }
    }

    void writeNotes(Published& result, const std::function<void(int, int)>& progress)
    {
        fs::create_directories(fs::path(m_folder) / "n");
        int done = 0;
        for (const NoteEntry& entry : m_notes) {
            writeText("n/" + std::to_string(entry.note.record) + ".html", notePage(entry));
            ++result.notes;
            if (progress) {
                progress(++done, static_cast<int>(m_notes.size()));
            }
        }
        result.files = static_cast<int>(m_files.size());
    }

    void writeLists(Published& result)
    {
        std::map<std::string, std::vector<const NoteEntry*>> byPlace; // district and subdistrict codes
        std::map<std::string, std::vector<const NoteEntry*>> byTheme;
        for (const NoteEntry& entry : m_notes) {
            std::set<std::string> places;
            for (const std::string& code : entry.note.content.placeCodes) {
                if (code.size() >= 4) {
                    places.insert(code.substr(0, 4));
                }
                if (code.size() >= 6) {
                    places.insert(code.substr(0, 6));
                }
            }
            for (const std::string& code : places) {
                byPlace[code].push_back(&entry);
            }
            for (const std::string& theme : entry.note.content.themeIds) {
                byTheme[theme].push_back(&entry);
            }
        }
        fs::create_directories(fs::path(m_folder) / "p");
        fs::create_directories(fs::path(m_folder) / "t");
        for (const auto& [code, notes] : byPlace) {
            const Place place = m_notebook.places().get(code);
            std::string crumbs;
            for (const Place& above : m_notebook.places().path(code)) {
                if (above.code != code) {
                    crumbs += escapeXml(placeName(above)) + " › ";
                }
            }
            writeText("p/" + code + ".html",
                      page(placeName(place), "../", "<nav class=\"crumbs\">" + crumbs + "</nav>",
                           list(notes, "../")));
            ++result.places;
        }
        for (const auto& [id, notes] : byTheme) {
            writeText("t/" + id + ".html", page(themeName(id), "../", {}, list(notes, "../")));
            ++result.themes;
        }
        writeText("index.html", frontPage(byPlace));
    }

    void writeSearchAndFeed(Published& result)
    {
        nlohmann::json notes = nlohmann::json::array();
        std::map<std::string, std::vector<int>> words;
        for (std::size_t n = 0; n < m_notes.size(); ++n) {
            const Note& note = m_notes[n].note;
            notes.push_back({m_notes[n].page, note.content.title, dateText(note), m_notes[n].excerpt});
            std::set<std::string> seen;
            for (const SearchToken& token :
                 tokenizeForSearch(note.content.title + "\n" + note.content.body)) {
                if (seen.insert(token.text).second) {
                    words[token.text].push_back(static_cast<int>(n));
                }
            }
        }
        result.indexWords = words.size();
        const nlohmann::json index{{"notes", notes}, {"words", words}, {"found", fill(m_words.found, "%1")}};
        writeText("search-index.js",
                  "window.BANTHUEK_SEARCH = " +
                      index.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + ";\n");
        writeText("search.js", siteSearchScript());
        writeText("style.css", siteStyleSheet());
        writeText("feed.xml", feed());
    }

private:
    [[nodiscard]] std::string placeName(const Place& place) const
    {
        return m_options.language == Language::Thai || place.nameEn.empty() ? place.nameTh : place.nameEn;
    }
    [[nodiscard]] std::string themeName(const std::string& id) const
    {
        const Theme theme = m_notebook.themes().get(id);
        return m_options.language == Language::Thai || theme.nameEn.empty() ? theme.nameTh : theme.nameEn;
    }
    [[nodiscard]] std::string dateText(const Note& note) const
    {
        return note.content.eventDate ? formatDate(*note.content.eventDate, m_style) : std::string();
    }

    // A person's name, or (when names are hidden) their KM role.
    [[nodiscard]] std::string shownName(const std::string& name, const char* stranger) const
    {
        if (!m_options.rolesForNames || name.empty()) {
            return name;
        }
        const auto people = m_notebook.people().findByName(name);
        if (people.empty() || people.front().role == KmRole::Other) {
            return stranger;
        }
        return m_options.language == Language::Thai ? std::string(roleThai(people.front().role))
                                                    : std::string(roleName(people.front().role));
    }

    std::string notePage(const NoteEntry& entry)
    {
        const NoteDraft& content = entry.note.content;
        std::string meta = escapeXml(dateText(entry.note));
        const std::string writer = shownName(content.author, m_words.team);
        if (!writer.empty()) {
            meta += (meta.empty() ? "" : " · ") + escapeXml(writer);
        }
        std::string tags;
        for (const std::string& code : content.placeCodes) {
            const auto place = m_notebook.places().find(code);
            const std::string target =
                code.size() >= 6 ? code.substr(0, 6) : code.substr(0, std::min<std::size_t>(4, code.size()));
            if (place && target.size() >= 4) {
                tags += "<a href=\"../p/" + target + ".html\">" + escapeXml(placeName(*place)) + "</a>";
            }
        }
        for (const std::string& theme : content.themeIds) {
            tags += "<a href=\"../t/" + theme + ".html\">" + escapeXml(themeName(theme)) + "</a>";
        }
        std::string body = "<h1>" + escapeXml(content.title) + "</h1>\n<p class=\"meta\">" + meta + "</p>\n";
        if (!tags.empty()) {
            body += "<p class=\"tags\">" + tags + "</p>\n";
        }
        body += "<article>\n" +
                markdownHtml(content.body, [&](const LinkTarget& link) { return local(link); }) +
                "</article>\n";
        const std::vector<Comment> comments = m_notebook.comments().forNote(entry.note.id);
        if (!comments.empty()) {
            body +=
                "<h2>" + std::string(m_words.comments) + " (" + std::to_string(comments.size()) + ")</h2>\n";
            for (const Comment& comment : comments) {
                body += "<div class=\"comment\"><p class=\"meta\">" +
                        escapeXml(shownName(comment.author, m_words.reader)) + " · " +
                        escapeXml(formatDateTime(comment.createdMs, m_style)) + "</p>" +
                        markdownHtml(comment.body, [](const LinkTarget&) { return std::nullopt; }) +
                        "</div>\n";
            }
        }
        if (!content.licence.empty()) {
            body += "<p class=\"meta\">" + std::string(m_words.licence) + ": " + escapeXml(content.licence) +
                    "</p>\n";
        }
        return page(content.title, "../", {}, body);
    }

    // The site's address for a notebook address: a published note's page, a copied file.
    std::optional<std::string> local(const LinkTarget& link)
    {
        if (link.target.starts_with(kFileScheme)) {
            const std::string sha = link.target.substr(kFileScheme.size());
            return isSha256Hex(sha) ? copyFile(sha) : std::nullopt;
        }
        const auto page = m_pages.find(noteIdFromTarget(link.target));
        return page == m_pages.end() ? std::nullopt : std::optional("../" + page->second);
    }

    std::optional<std::string> copyFile(const std::string& sha)
    {
        if (const auto copied = m_files.find(sha); copied != m_files.end()) {
            return "../" + copied->second;
        }
        const auto file = m_notebook.files().find(sha);
        if (!file) {
            return std::nullopt;
        }
        std::string extension = fs::path(file->name).extension().string();
        if (extension.size() > 8 ||
            extension.find_first_not_of(".abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") !=
                std::string::npos) {
            extension.clear();
        }
        const std::string name = "f/" + sha.substr(0, 24) + extension;
        fs::create_directories(fs::path(m_folder) / "f");
        m_notebook.files().extractTo(sha, (fs::path(m_folder) / name).string());
        m_files.emplace(sha, name);
        return "../" + name;
    }

    [[nodiscard]] std::string list(const std::vector<const NoteEntry*>& notes, const std::string& root) const
    {
        std::string html = "<p class=\"meta\">" + fill(m_words.notesCount, std::to_string(notes.size())) +
                           "</p>\n<ul class=\"notes\">\n";
        for (const NoteEntry* entry : notes) {
            html += "<li><a href=\"" + root + entry->page + "\">" + escapeXml(entry->note.content.title) +
                    "</a><div class=\"meta\">" + escapeXml(dateText(entry->note)) +
                    "</div><div class=\"excerpt\">" + escapeXml(entry->excerpt) + "</div></li>\n";
        }
        return html + "</ul>\n";
    }

    [[nodiscard]] std::string
    frontPage(const std::map<std::string, std::vector<const NoteEntry*>>& byPlace) const
    {
        std::string body = "<input id=\"search\" type=\"search\" data-root=\"\" placeholder=\"" +
                           std::string(m_words.search) + "\" autofocus>\n<div id=\"results\"></div>\n";
        body += "<h2>" + std::string(m_words.places) + "</h2>\n<ul class=\"places\">\n";
        for (const auto& [code, notes] : byPlace) {
            if (code.size() != 4) {
                continue;
            }
            const auto district = m_notebook.places().match(code);
            body += "<li><a href=\"p/" + code + ".html\">" + escapeXml(placeName(district->place)) + "</a> " +
                    escapeXml(m_options.language == Language::Thai ? district->provinceTh
                                                                   : district->provinceEn) +
                    " (" + std::to_string(notes.size()) + ")<ul>\n";
            for (auto sub = byPlace.lower_bound(code); sub != byPlace.end() && sub->first.starts_with(code);
                 ++sub) {
                if (sub->first.size() == 6) {
                    body += "<li><a href=\"p/" + sub->first + ".html\">" +
                            escapeXml(placeName(m_notebook.places().get(sub->first))) + "</a> (" +
                            std::to_string(sub->second.size()) + ")</li>\n";
                }
            }
            body += "</ul></li>\n";
        }
        body += "</ul>\n<h2>" + std::string(m_words.latest) + "</h2>\n";
        std::vector<const NoteEntry*> latest;
        for (std::size_t i = 0; i < m_notes.size() && i < kLatest; ++i) {
            latest.push_back(&m_notes[i]);
        }
        body += list(latest, "");
        body += "<script src=\"search-index.js\"></script>\n<script src=\"search.js\"></script>\n";
        return page(m_title, "", {}, body);
    }

    [[nodiscard]] std::string feed() const
    {
        const std::string base = m_options.baseUrl.empty() || m_options.baseUrl.ends_with('/')
                                     ? m_options.baseUrl
                                     : m_options.baseUrl + "/";
        std::int64_t newest = 0;
        for (const NoteEntry& entry : m_notes) {
            newest = std::max(newest, entry.note.updatedMs);
        }
        std::string xml =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" "
            "xml:lang=\"" +
            std::string(m_words.lang) + "\">\n<title>" + escapeXml(m_title) +
            "</title>\n<id>urn:banthuek:site:" + escapeXml(m_title) + "</id>\n<updated>" +
            isoThaiInstant(newest) + "</updated>\n<link href=\"" + escapeXml(base) + "index.html\"/>\n";
        for (std::size_t i = 0; i < m_notes.size() && i < kFeedEntries; ++i) {
            const NoteEntry& entry = m_notes[i];
            const std::string writer = shownName(entry.note.content.author, m_words.team);
            xml += "<entry>\n<title>" + escapeXml(entry.note.content.title) +
                   "</title>\n<id>urn:uuid:" + entry.note.id + "</id>\n<updated>" +
                   isoThaiInstant(entry.note.updatedMs) + "</updated>\n<link href=\"" +
                   escapeXml(base + entry.page) + "\"/>\n<author><name>" +
                   escapeXml(writer.empty() ? m_words.team : writer) + "</name></author>\n<summary>" +
                   escapeXml(entry.excerpt) + "</summary>\n</entry>\n";
        }
        return xml + "</feed>\n";
    }

    [[nodiscard]] std::string page(const std::string& title, const std::string& root,
                                   const std::string& before, const std::string& body) const
    {
        return "<!DOCTYPE html>\n<html lang=\"" + std::string(m_words.lang) +
               "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
               "initial-scale=1\">\n<title>" +
               escapeXml(title) + "</title>\n<link rel=\"stylesheet\" href=\"" + root +
               "style.css\">\n<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + root +
               "feed.xml\">\n</head>\n<body>\n<header><a class=\"site\" href=\"" + root + "index.html\">" +
               escapeXml(m_title) + "</a>" + before + "</header>\n<main>\n" + body + "</main>\n<footer>" +
               m_words.made + "</footer>\n</body>\n</html>\n";
    }

    void writeText(const std::string& relative, std::string_view text) const
    {
        writeTextFile((fs::path(m_folder) / relative).string(), text);
    }

    Notebook& m_notebook;
    std::string m_folder;
    const PublishOptions& m_options;
    const Words& m_words;
    DateStyle m_style;
    std::string m_title;
    std::vector<NoteEntry> m_notes;             // newest first
    std::map<std::string, std::string> m_pages; // note id -> page
    std::map<std::string, std::string> m_files; // sha256 -> f/ name
};

} // namespace

Published publishSite(Notebook& notebook, const std::string& folder, const PublishOptions& options,
                      const std::function<void(int done, int total)>& progress)
{
    NoteFilter filter = options.filter;
    filter.published = true;
    filter.trash = TrashFilter::Exclude;
    filter.sort = NoteSort::EventDateDesc;
    const std::vector<std::string> ids = notebook.notes().listIds(filter);
    prepareOutputFolder(folder, options.force);
    SiteWriter writer(notebook, folder, options);
    writer.collect(ids);
    Published result;
    writer.writeNotes(result, progress);
    writer.writeLists(result);
    writer.writeSearchAndFeed(result);
    return result;
}

} // namespace banthuek::core
