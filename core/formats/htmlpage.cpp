// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/htmlpage.h"

#include "core/text/normalize.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>

namespace banthuek::core {
namespace {

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string_view nameOf(const xmlNode* node)
{
    return node->name ? reinterpret_cast<const char*>(node->name) : "";
}

std::string attribute(const xmlNode* node, const char* name)
{
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (!value) {
        return {};
    }
    std::string out(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return out;
}

std::string textOf(const xmlNode* node)
{
    xmlChar* content = xmlNodeGetContent(node);
    if (!content) {
        return {};
    }
    std::string out(reinterpret_cast<const char*>(content));
    xmlFree(content);
    return isValidUtf8(out) ? cleanLine(out) : std::string();
}

bool isOneOf(std::string_view name, std::initializer_list<std::string_view> names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool skipped(std::string_view name)
{
    return isOneOf(name, {"script", "style", "noscript", "template", "head", "svg", "iframe", "object",
                          "button", "select", "input", "textarea", "canvas", "video", "audio"});
}

bool lineBlock(std::string_view name)
{
    return isOneOf(name,
                   {"div",    "li",     "ul",         "ol",    "tr",     "table",   "section", "article",
                    "header", "footer", "nav",        "aside", "dl",     "dt",      "dd",      "form",
                    "main",   "figure", "figcaption", "hr",    "center", "address", "tbody",   "thead"});
}

bool paragraphBlock(std::string_view name)
{
    return isOneOf(name, {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"});
}

// A link's address as a Markdown link may hold it, or empty when it must not be kept
// (javascript:, data:, file: and the like).
std::string safeAddress(std::string_view href, std::string_view origin)
{
    std::string address = cleanLine(href);
    const std::string scheme = lower(address.substr(0, std::min<std::size_t>(address.size(), 8)));
    if (address.starts_with("/") && !address.starts_with("//") && !origin.empty()) {
        address = std::string(origin) + address;
    } else if (!(scheme.starts_with("http://") || scheme.starts_with("https://") ||
                 scheme.starts_with("mailto:"))) {
        return {};
    }
    std::string out;
    for (const char c : address) {
        if (c == ' ') {
            out += "%20";
        } else if (c == '(') {
            out += "%28";
        } else if (c == ')') {
            out += "%29";
        } else {
            out += c;
        }
    }
    return out;
}

// The scheme and host of an address: "https://www.gotoknow.org".
std::string originOf(std::string_view address)
{
    const std::size_t scheme = address.find("://");
    if (scheme == std::string_view::npos) {
        return {};
    }
    const std::size_t path = address.find('/', scheme + 3);
    return std::string(address.substr(0, path));
}

class LineWriter final
{
public:
    explicit LineWriter(std::string origin) : m_origin(std::move(origin)) {}

    void text(std::string_view raw)
    {
        std::string piece(raw);
        std::replace_if(
            piece.begin(), piece.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
        if (!isValidUtf8(piece)) {
            return;
        }
        m_raw += piece;
        m_plain += piece;
        m_markdown += escapeInline(piece);
    }

    void beginLink() { m_linkStarts.push_back(m_markdown.size()); }

    void endLink(std::string_view href)
    {
        if (m_linkStarts.empty()) {
            return;
        }
        const std::size_t start = std::min(m_linkStarts.back(), m_markdown.size());
        m_linkStarts.pop_back();
        const std::string address = safeAddress(href, m_origin);
        if (address.empty()) {
            return;
        }
        std::string label = cleanLine(m_markdown.substr(start));
        if (label.empty()) {
            label = escapeInline(address);
        }
        m_markdown.resize(start);
        m_markdown += " [" + label + "](" + address + ") ";
    }

    void image(std::string_view src, std::string_view alt)
    {
        const std::string address = safeAddress(src, m_origin);
        const std::string label = cleanLine(alt).empty() ? std::string("image") : cleanLine(alt);
        m_plain += " " + label + " ";
        m_markdown += address.empty() ? " " + escapeInline(label) + " "
                                      : " [" + escapeInline(label) + "](" + address + ") ";
    }

    void endLine(bool paragraph)
    {
        PageLine line;
        line.plain = cleanLine(m_plain);
        line.markdown = blockEscape(line.plain, cleanLine(m_markdown));
        line.spacer = line.plain.empty() && m_raw.find("\u00A0") != std::string::npos;
        if (!line.plain.empty() || line.spacer) {
            m_lines.push_back(std::move(line));
        }
        if (paragraph && !m_lines.empty() && !m_lines.back().blank()) {
            m_lines.push_back({}); // a paragraph ends with a blank line, as in text
        }
        m_raw.clear();
        m_plain.clear();
        m_markdown.clear();
        m_linkStarts.clear();
    }

    [[nodiscard]] std::vector<PageLine> take() { return std::move(m_lines); }

private:
    std::string m_origin;
    std::string m_raw;
    std::string m_plain;
    std::string m_markdown;
    std::vector<std::size_t> m_linkStarts;
    std::vector<PageLine> m_lines;
};

void readHead(const xmlNode* root, HtmlPage& page, std::string& h1, std::string& titleTag)
{
    std::vector<const xmlNode*> stack{root};
    while (!stack.empty()) {
        const xmlNode* node = stack.back();
        stack.pop_back();
        for (const xmlNode* child = node->last; child; child = child->prev) {
            if (child->type == XML_ELEMENT_NODE) {
                stack.push_back(child);
            }
        }
        const std::string name = lower(nameOf(node));
        if (name == "meta") {
            const std::string property = lower(attribute(node, "property"));
            if (property == "og:title" && page.title.empty()) {
                page.title = cleanLine(attribute(node, "content"));
            } else if (property == "og:url" && page.canonical.empty()) {
                page.canonical = cleanLine(attribute(node, "content"));
            }
        } else if (name == "link" && lower(attribute(node, "rel")) == "canonical" && page.canonical.empty()) {
            page.canonical = cleanLine(attribute(node, "href"));
        } else if (name == "title" && titleTag.empty()) {
            titleTag = textOf(node);
        } else if (name == "h1" && h1.empty()) {
            h1 = textOf(node);
        }
    }
}

void readBody(const xmlNode* root, LineWriter& writer)
{
    // Depth-first without recursion: a hostile page may nest as deep as the parser allows.
    struct Step
    {
        const xmlNode* node;
        bool leaving;
    };
    std::vector<Step> stack{{root, false}};
    while (!stack.empty()) {
        const Step step = stack.back();
        stack.pop_back();
        const xmlNode* node = step.node;
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content) {
                writer.text(reinterpret_cast<const char*>(node->content));
            }
            continue;
        }
        if (node->type != XML_ELEMENT_NODE && node->type != XML_HTML_DOCUMENT_NODE) {
            continue;
        }
        const std::string name = lower(nameOf(node));
        if (step.leaving) {
            if (name == "a") {
                writer.endLink(attribute(node, "href"));
            } else if (lineBlock(name) || paragraphBlock(name)) {
                writer.endLine(paragraphBlock(name));
            }
            continue;
        }
        if (skipped(name)) {
            continue;
        }
        if (name == "br") {
            writer.endLine(false);
            continue;
        }
        if (name == "img") {
            writer.image(attribute(node, "src"), attribute(node, "alt"));
            continue;
        }
        if (lineBlock(name) || paragraphBlock(name)) {
            writer.endLine(false);
        }
        if (name == "a") {
            writer.beginLink();
        }
        stack.push_back({node, true});
        for (const xmlNode* child = node->last; child; child = child->prev) {
            stack.push_back({child, false});
        }
    }
    writer.endLine(false);
}

bool declaresCharset(std::string_view html)
{
    const std::string start = lower(html.substr(0, std::min<std::size_t>(html.size(), 4096)));
    return start.find("charset") != std::string::npos;
}

struct DocFree
{
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

} // namespace

bool looksLikeHtml(std::string_view bytes)
{
    const std::string start = lower(bytes.substr(0, std::min<std::size_t>(bytes.size(), 2048)));
    return start.find("<!doctype html") != std::string::npos || start.find("<html") != std::string::npos ||
           start.find("<head") != std::string::npos || start.find("<body") != std::string::npos;
}

HtmlPage readHtmlPage(std::string_view html)
{
    HtmlPage page;
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    const std::unique_ptr<xmlDoc, DocFree> doc(
        htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr,
                       declaresCharset(html) ? nullptr : "UTF-8", options));
    if (!doc) {
        return page;
    }
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!root) {
        return page;
    }
    std::string h1;
    std::string titleTag;
    readHead(root, page, h1, titleTag);
    if (page.title.empty()) {
        page.title = h1.empty() ? titleTag : h1;
    }
    LineWriter writer(originOf(page.canonical));
    readBody(root, writer);
    page.lines = writer.take();
    return page;
}

} // namespace banthuek::core
