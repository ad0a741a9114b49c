// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/markdownread.h"

#include "core/formats/frontmatter.h"
#include "core/storage/ids.h"
#include "core/text/normalize.h"
#include "core/text/timestamps.h"

#include <algorithm>
#include <map>

namespace banthuek::core {
namespace {

namespace fs = std::filesystem;

std::string lowered(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool isHidden(const fs::path& name)
{
    const std::string text = name.filename().string();
    return text.starts_with('.');
}

bool isMarkdown(const fs::path& path)
{
    const std::string extension = lowered(path.extension().string());
    return extension == ".md" || extension == ".markdown";
}

std::string lineOf(const FrontMatterEntry& entry)
{
    return std::to_string(entry.line);
}

// One text a field must hold.
std::string single(const FrontMatterEntry& entry)
{
    if (!entry.plain || entry.values.size() > 1) {
        throw Error(ErrorCategory::InvalidInput, "line %1: %2 should be one text, not a list.",
                    {lineOf(entry), entry.key});
    }
    return entry.values.empty() ? std::string() : entry.values.front();
}

// Texts a field holds: a list, or one text (for tags: split at commas and spaces).
std::vector<std::string> many(const FrontMatterEntry& entry, bool splitWords = false)
{
    if (!entry.plain) {
        throw Error(ErrorCategory::InvalidInput, "line %1: %2 should be a list of texts.",
                    {lineOf(entry), entry.key});
    }
    std::vector<std::string> values;
    for (const std::string& value : entry.values) {
        if (!splitWords || entry.list) {
            values.push_back(value);
            continue;
        }
        std::string word;
        for (const char c : value + " ") {
            if (c == ',' || c == ' ') {
                if (!word.empty()) {
                    values.push_back(word);
                }
                word.clear();
            } else {
                word += c;
            }
        }
    }
    return values;
}

std::optional<bool> yesNo(const FrontMatterEntry& entry)
{
    const std::string value = lowered(single(entry));
    if (value.empty()) {
        return std::nullopt;
    }
    if (value == "true" || value == "yes" || value == "on") {
        return true;
    }
    if (value == "false" || value == "no" || value == "off") {
        return false;
    }
    throw Error(ErrorCategory::InvalidInput, "line %1: %2 should be true or false, not \"%3\".",
                {lineOf(entry), entry.key, value});
}

std::optional<std::int64_t> instant(const FrontMatterEntry& entry)
{
    const std::string value = single(entry);
    if (value.empty()) {
        return std::nullopt;
    }
    if (const auto millis = parseIsoInstant(value)) {
        return millis;
    }
    throw Error(ErrorCategory::InvalidInput,
                "line %1: %2 \"%3\" is not a date and time (like 2026-03-01T10:00:00+07:00).",
                {lineOf(entry), entry.key, value});
}

std::optional<CivilDate> day(const FrontMatterEntry& entry)
{
    const std::string value = single(entry);
    if (value.empty()) {
        return std::nullopt;
    }
    if (value.size() > 10 && parseIsoInstant(value)) {
        return parseIsoDate(std::string_view(value).substr(0, 10)); // a date with a time: its day
    }
    try {
        return parseUserDate(value);
    } catch (const Error&) {
        throw Error(ErrorCategory::InvalidInput, "line %1: date \"%2\" is not a day (like 2026-03-01).",
                    {lineOf(entry), value});
    }
}

// Reads one field into the note; false when the field is not one a note has.
bool readField(const FrontMatterEntry& entry, MarkdownNote& note)
{
    const std::string key = lowered(entry.key);
    if (key == "title") {
        note.title = single(entry);
    } else if (key == "id" && entry.plain && entry.values.size() == 1 && isUuid(entry.values.front())) {
        note.id = entry.values.front();
        note.fromBanthuek = true;
    } else if (key == "record" && entry.plain && entry.values.size() == 1 && !entry.values.front().empty() &&
               entry.values.front().size() <= 15 &&
               std::all_of(entry.values.front().begin(), entry.values.front().end(),
                           [](char c) { return c >= '0' && c <= '9'; })) {
        note.record = std::stoll(entry.values.front());
    } else if (key == "kind") {
        const std::string value = single(entry);
        note.kind = kindFromUserText(value);
        if (!note.kind) {
            throw Error(ErrorCategory::InvalidInput,
                        "line %1: \"%2\" is not a kind of note (field_note, minutes or article).",
                        {lineOf(entry), value});
        }
    } else if (key == "date") {
        note.date = day(entry);
    } else if (key == "author") {
        note.author = single(entry);
    } else if (key == "licence" || key == "license") {
        note.licence = single(entry);
    } else if (key == "published") {
        note.published = yesNo(entry);
    } else if (key == "draft") {
        const auto draft = yesNo(entry);
        note.published = note.published ? note.published : (draft ? std::optional(!*draft) : std::nullopt);
    } else if (key == "created") {
        note.createdMs = instant(entry);
    } else if (key == "updated") {
        note.updatedMs = instant(entry);
    } else if (key == "places") {
        note.places = many(entry);
    } else if (key == "themes" || key == "tags") {
        for (std::string name : many(entry, key == "tags")) {
            if (name.starts_with('#')) {
                name.erase(0, 1);
            }
            note.themes.push_back(std::move(name));
        }
    } else if (key == "people") {
        note.people = many(entry);
    } else if (key == "organisations" || key == "organizations") {
        note.organisations = many(entry);
    } else if (key == "villages") {
        note.villages = many(entry);
    } else if (key == "source" || key == "source_url") {
        note.source = single(entry);
    } else {
        return false;
    }
    return true;
}

} // namespace

MarkdownFolder listMarkdownFolder(const std::string& folder)
{
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        throw Error(ErrorCategory::InvalidInput, "%1 is not a folder.", {folder});
    }
    MarkdownFolder listed;
    listed.root = fs::canonical(folder, error);
    if (error) {
        throw Error(ErrorCategory::Io, "Cannot read the folder %1: %2.", {folder, error.message()});
    }
    fs::recursive_directory_iterator walk(listed.root, fs::directory_options::skip_permission_denied, error);
    for (; !error && walk != fs::recursive_directory_iterator(); walk.increment(error)) {
        const fs::directory_entry& entry = *walk;
        if (isHidden(entry.path())) {
            if (entry.is_directory(error)) {
                walk.disable_recursion_pending();
            }
            continue;
        }
        if (!entry.is_regular_file(error)) {
            continue;
        }
        if (listed.notes.size() + listed.others.size() >= kMaxMarkdownFiles) {
            throw Error(ErrorCategory::InvalidInput,
                        "The folder %1 holds more than %2 files: choose a smaller one.",
                        {folder, std::to_string(kMaxMarkdownFiles)});
        }
        std::string relative = entry.path().lexically_relative(listed.root).generic_string();
        (isMarkdown(entry.path()) ? listed.notes : listed.others).push_back(std::move(relative));
    }
    if (error) {
        throw Error(ErrorCategory::Io, "Cannot read the folder %1: %2.", {folder, error.message()});
    }
    std::sort(listed.notes.begin(), listed.notes.end());
    std::sort(listed.others.begin(), listed.others.end());
    return listed;
}

MarkdownNote readMarkdownNote(const std::string& file, std::string_view text)
{
    if (!isValidUtf8(text)) {
        throw Error(ErrorCategory::InvalidInput, "It is not UTF-8 text.");
    }
    const MarkdownFile split = splitFrontMatter(text);
    MarkdownNote note;
    note.file = file;
    const FrontMatterEntry* record = nullptr;
    for (const FrontMatterEntry& entry : split.frontMatter) {
        if (!readField(entry, note)) {
            note.unknownFields.push_back(entry.raw);
        } else if (lowered(entry.key) == "record") {
            record = &entry;
        }
    }
    if (!note.fromBanthuek && record != nullptr) {
        note.record = 0; // a record number only means ours in our own files
        note.unknownFields.push_back(record->raw);
    }
    if (normalizeLine(note.title).empty()) {
        note.title = fs::path(file).stem().string();
    }
    BodyAndComments parts = splitComments(split.body);
    note.body = std::move(parts.body);
    note.comments = std::move(parts.comments);
    // Our export ends the body with one line break (two before the comments): taken off again.
    if (!parts.section && note.body.ends_with('\n')) {
        note.body.pop_back();
    }
    return note;
}

} // namespace banthuek::core
