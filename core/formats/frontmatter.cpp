// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/frontmatter.h"

#include "core/error.h"

#include <yaml.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <utility>

namespace banthuek::core {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool isFence(std::string_view line, std::string_view fence)
{
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
        line.remove_suffix(1);
    }
    return line == fence;
}

// libyaml's parser, freed however the reading ends.
class Parser final
{
public:
    explicit Parser(std::string_view yaml)
    {
        yaml_parser_initialize(&m_parser);
        yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char*>(yaml.data()),
                                     yaml.size());
    }
    ~Parser()
    {
        if (m_held) {
            yaml_event_delete(&m_event);
        }
        yaml_parser_delete(&m_parser);
    }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    // The next event; throws InvalidInput with the file's line when the YAML is broken.
    const yaml_event_t& next()
    {
        if (m_held) {
            yaml_event_delete(&m_event);
            m_held = false;
        }
        if (yaml_parser_parse(&m_parser, &m_event) == 0) {
            // Where the broken part began (a list never closed), else where reading stopped.
            const yaml_mark_t& mark =
                m_parser.context != nullptr ? m_parser.context_mark : m_parser.problem_mark;
            const auto line = static_cast<int>(mark.line) + m_firstLine;
            throw Error(ErrorCategory::InvalidInput, "line %1: the front matter is not YAML: %2.",
                        {std::to_string(line), m_parser.problem != nullptr ? m_parser.problem : "unknown"});
        }
        m_held = true;
        return m_event;
    }
    void setFirstLine(int line) { m_firstLine = line; }
    [[nodiscard]] int fileLine(const yaml_mark_t& mark) const
    {
        return static_cast<int>(mark.line) + m_firstLine;
    }

private:
    yaml_parser_t m_parser{};
    yaml_event_t m_event{};
    bool m_held = false;
    int m_firstLine = 1;
};

std::string scalarText(const yaml_event_t& event)
{
    return {reinterpret_cast<const char*>(event.data.scalar.value), event.data.scalar.length};
}

// A plain null (`key:`, `~`, `null`) has no value; a quoted "null" is text.
bool isNull(const yaml_event_t& event)
{
    if (event.data.scalar.style != YAML_PLAIN_SCALAR_STYLE) {
        return false;
    }
    const std::string text = scalarText(event);
    return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

// Skips a node whose start event was just read (a map or a list, at any depth).
void skipNode(Parser& parser, const yaml_event_t& start)
{
    if (start.type != YAML_MAPPING_START_EVENT && start.type != YAML_SEQUENCE_START_EVENT) {
        return;
    }
    int depth = 1;
    while (depth > 0) {
        const yaml_event_t& event = parser.next();
        if (event.type == YAML_MAPPING_START_EVENT || event.type == YAML_SEQUENCE_START_EVENT) {
            ++depth;
        } else if (event.type == YAML_MAPPING_END_EVENT || event.type == YAML_SEQUENCE_END_EVENT) {
            --depth;
        }
    }
}

// Reads a value after its key: a text, a list of texts, or something kept only as raw.
void readValue(Parser& parser, FrontMatterEntry& entry)
{
    const yaml_event_t& event = parser.next();
    if (event.type == YAML_SCALAR_EVENT) {
        if (!isNull(event)) {
            entry.values.push_back(scalarText(event));
        }
        return;
    }
    if (event.type == YAML_SEQUENCE_START_EVENT) {
        entry.list = true;
        while (true) {
            const yaml_event_t& item = parser.next();
            if (item.type == YAML_SEQUENCE_END_EVENT) {
                return;
            }
            if (item.type == YAML_SCALAR_EVENT) {
                if (!isNull(item)) {
                    entry.values.push_back(scalarText(item));
                }
                continue;
            }
            entry.plain = false;
            skipNode(parser, item);
        }
    }
    entry.plain = false; // a map, or an alias to another node
    skipNode(parser, event);
}

// The lines [first, last] of `text` (numbered from 0), as written.
std::string lines(std::string_view text, std::size_t first, std::size_t last)
{
    std::size_t start = 0;
    for (std::size_t line = 0; line < first && start != std::string_view::npos; ++line) {
        start = text.find('\n', start);
        start = start == std::string_view::npos ? start : start + 1;
    }
    if (start == std::string_view::npos) {
        return {};
    }
    std::size_t end = start;
    for (std::size_t line = first; line <= last && end != std::string_view::npos; ++line) {
        end = text.find('\n', end);
        end = end == std::string_view::npos ? end : end + 1;
    }
    std::string_view part =
        text.substr(start, end == std::string_view::npos ? text.size() - start : end - start);
    while (!part.empty() && (part.back() == '\n' || part.back() == '\r')) {
        part.remove_suffix(1);
    }
    return std::string(part);
}

std::vector<FrontMatterEntry> readFields(std::string_view yaml, int firstLine)
{
    Parser parser(yaml);
    parser.setFirstLine(firstLine);
    std::vector<FrontMatterEntry> entries;
    std::vector<std::size_t> keyLines; // from 0, within the block
    while (true) {
        const yaml_event_t& event = parser.next();
        if (event.type == YAML_STREAM_END_EVENT) {
            break;
        }
        if (event.type != YAML_DOCUMENT_START_EVENT) {
            continue;
        }
        const yaml_event_t& top = parser.next();
        if (top.type == YAML_SCALAR_EVENT && isNull(top)) {
            continue; // an empty block
        }
        if (top.type != YAML_MAPPING_START_EVENT) {
            throw Error(ErrorCategory::InvalidInput, "line %1: the front matter is not a list of fields.",
                        {std::to_string(parser.fileLine(top.start_mark))});
        }
        while (true) {
            const yaml_event_t& key = parser.next();
            if (key.type == YAML_MAPPING_END_EVENT) {
                break;
            }
            FrontMatterEntry entry;
            keyLines.push_back(key.start_mark.line);
            entry.line = parser.fileLine(key.start_mark);
            if (key.type == YAML_SCALAR_EVENT) {
                entry.key = scalarText(key);
            } else {
                entry.plain = false; // a complex key: kept only as written
                skipNode(parser, key);
            }
            readValue(parser, entry);
            entries.push_back(std::move(entry));
        }
    }
    // An entry's lines run to the next key's line (comments after it included).
    const auto blockLines = static_cast<std::size_t>(std::count(yaml.begin(), yaml.end(), '\n'));
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::size_t next = i + 1 < entries.size() ? keyLines[i + 1] : blockLines + 1;
        entries[i].raw = lines(yaml, keyLines[i], std::max(keyLines[i], next - 1));
        while (!entries[i].raw.empty() && entries[i].raw.back() == '\n') {
            entries[i].raw.pop_back();
        }
    }
    return entries;
}

} // namespace

MarkdownFile splitFrontMatter(std::string_view text)
{
    if (text.starts_with(kBom)) {
        text.remove_prefix(kBom.size());
    }
    MarkdownFile file;
    const std::size_t firstEnd = text.find('\n');
    if (firstEnd == std::string_view::npos || !isFence(text.substr(0, firstEnd), "---")) {
        file.body = std::string(text);
        return file;
    }
    std::size_t at = firstEnd + 1;
    int line = 2;
    while (at <= text.size()) {
        const std::size_t end = std::min(text.find('\n', at), text.size());
        const std::string_view current = text.substr(at, end - at);
        if (isFence(current, "---") || isFence(current, "...")) {
            file.frontMatter = readFields(text.substr(firstEnd + 1, at - firstEnd - 1), 2);
            file.body = std::string(text.substr(std::min(end + 1, text.size())));
            file.bodyLine = line + 1;
            return file;
        }
        at = end + 1;
        ++line;
    }
    file.body = std::string(text); // never closed: a rule at the top of the text, not front matter
    return file;
}

std::string yamlString(std::string_view value)
{
    std::string quoted = "\"";
    for (const char c : value) {
        switch (c) {
        case '"':
            quoted += "\\\"";
            break;
        case '\\':
            quoted += "\\\\";
            break;
        case '\n':
            quoted += "\\n";
            break;
        case '\t':
            quoted += "\\t";
            break;
        case '\r':
            quoted += "\\r";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
                std::array<char, 8> escape{};
                (void)std::snprintf(escape.data(), escape.size(), "\\x%02x", static_cast<unsigned>(c));
                quoted += escape.data();
            } else {
                quoted += c;
            }
        }
    }
    quoted += '"';
    // Line breaks YAML knows beyond \\n would be folded into spaces: written as escapes.
    for (const auto& [raw, escape] :
         {std::pair{"\xC2\x85", "\\N"}, std::pair{"\xE2\x80\xA8", "\\L"}, std::pair{"\xE2\x80\xA9", "\\P"},
          std::pair{"\xEF\xBB\xBF", "\\uFEFF"}}) {
        for (std::size_t at = quoted.find(raw); at != std::string::npos; at = quoted.find(raw, at)) {
            quoted.replace(at, std::string_view(raw).size(), escape);
        }
    }
    return quoted;
}

} // namespace banthuek::core
