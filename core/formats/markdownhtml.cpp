// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/markdownhtml.h"

#include <md4c-html.h>

#include <algorithm>
#include <cctype>

namespace banthuek::core {
namespace {

bool safeAddress(std::string_view target)
{
    std::string lower(target.substr(0, 8));
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("mailto:")) {
        return true;
    }
    // A relative address has no scheme: no ':' before the first '/', '?' or '#'.
    const std::size_t colon = target.find(':');
    return colon == std::string_view::npos || colon > target.find_first_of("/?#");
}

// The last guard: any href or src the renderer wrote (a <scheme:…> autolink, say) that is not
// a safe address becomes "#".
void neutralise(std::string& html)
{
    for (const std::string_view attribute : {std::string_view(" href=\""), std::string_view(" src=\"")}) {
        for (std::size_t at = html.find(attribute); at != std::string::npos;
             at = html.find(attribute, at + 1)) {
            const std::size_t start = at + attribute.size();
            const std::size_t end = html.find('"', start);
            if (end == std::string::npos) {
                break;
            }
            if (!safeAddress(std::string_view(html).substr(start, end - start))) {
                html.replace(start, end - start, "#");
            }
        }
    }
}

// A link that goes nowhere is its words only.
void unwrapDeadLinks(std::string& html)
{
    constexpr std::string_view dead = "<a href=\"#\">";
    for (std::size_t at = html.find(dead); at != std::string::npos; at = html.find(dead, at)) {
        const std::size_t close = html.find("</a>", at);
        if (close == std::string::npos) {
            break;
        }
        html.erase(close, 4);
        html.erase(at, dead.size());
    }
}

void append(const MD_CHAR* text, MD_SIZE size, void* out)
{
    static_cast<std::string*>(out)->append(text, size);
}

} // namespace

std::string markdownHtml(std::string_view markdown,
                         const std::function<std::optional<std::string>(const LinkTarget&)>& local)
{
    const std::string mapped =
        rewriteLinkTargets(markdown, [&](const LinkTarget& link) -> std::optional<std::string> {
            if (link.target.starts_with("banthuek:")) {
                return local(link).value_or("#");
            }
            return safeAddress(link.target) ? std::nullopt : std::optional<std::string>("#");
        });
    std::string html;
    html.reserve(mapped.size() + mapped.size() / 4);
    md_html(mapped.data(), static_cast<MD_SIZE>(mapped.size()), append, &html,
            MD_DIALECT_GITHUB | MD_FLAG_NOHTML, MD_HTML_FLAG_SKIP_UTF8_BOM);
    neutralise(html);
    unwrapDeadLinks(html);
    return html;
}

} // namespace banthuek::core
