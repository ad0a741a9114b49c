// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/jsonlimport.h"

#include "core/error.h"
#include "core/notebook/notebook.h"
#include "core/search/searchstore.h"
#include "core/text/normalize.h"

#include <nlohmann/json.hpp>

#include <set>
#include <unordered_map>

namespace banthuek::core {
namespace {

using nlohmann::json;

struct PendingComment
{
    std::string author;
    std::string body;
};

struct PendingNote
{
    NoteDraft draft;
    std::vector<std::string> themeNames;
    std::vector<PendingComment> comments;
};

constexpr std::size_t kMaxReportedProblems = 50;
const std::set<std::string>& knownFields()
{
    static const std::set<std::string> fields = {"title",  "body",   "kind",   "date",
                                                 "author", "places", "themes", "comments"};
    return fields;
}

std::string optionalString(const json& object, const char* field)
{
    if (!object.contains(field) || object[field].is_null()) {
        return {};
    }
    if (!object[field].is_string()) {
        throw Error(ErrorCategory::InvalidInput, "\"%1\" must be a string", {field});
    }
    return object[field].get<std::string>();
}

std::vector<std::string> stringList(const json& object, const char* field)
{
    std::vector<std::string> values;
    if (!object.contains(field) || object[field].is_null()) {
        return values;
    }
    if (!object[field].is_array()) {
        throw Error(ErrorCategory::InvalidInput, "\"%1\" must be a list of strings", {field});
    }
    for (const json& value : object[field]) {
        if (!value.is_string()) {
            throw Error(ErrorCategory::InvalidInput, "\"%1\" must contain only strings", {field});
        }
        values.push_back(value.get<std::string>());
    }
    return values;
}

std::vector<PendingComment> commentList(const json& object)
{
    std::vector<PendingComment> comments;
    if (!object.contains("comments") || object["comments"].is_null()) {
        return comments;
    }
    if (!object["comments"].is_array()) {
        throw Error(ErrorCategory::InvalidInput,
                    "\"comments\" must be a list of {\"author\", \"body\"} objects");
    }
    for (const json& comment : object["comments"]) {
        if (!comment.is_object()) {
            throw Error(ErrorCategory::InvalidInput,
                        "each comment must be an object with \"author\" and \"body\"");
        }
        PendingComment pending{optionalString(comment, "author"), optionalString(comment, "body")};
        if (normalizeLine(pending.body, "comment").empty()) {
            throw Error(ErrorCategory::InvalidInput, "a comment has no \"body\"");
        }
        comments.push_back(std::move(pending));
    }
    return comments;
}

PendingNote parseLine(const std::string& line, PlaceStore& places,
                      std::unordered_map<std::string, bool>& knownCodes)
{
    const json object = json::parse(line); // throws json::parse_error with a position
    if (!object.is_object()) {
        throw Error(ErrorCategory::InvalidInput, "each line must be a JSON object");
    }
    for (const auto& [key, value] : object.items()) {
        if (!knownFields().contains(key)) {
            throw Error(ErrorCategory::InvalidInput, "unknown field \"%1\"", {key});
        }
    }
    PendingNote note;
    note.draft.title = normalizeLine(optionalString(object, "title"), "title");
    if (note.draft.title.empty()) {
        throw Error(ErrorCategory::InvalidInput, "\"title\" is missing or empty");
    }
    note.draft.body = normalizeText(optionalString(object, "body"), "body");
    note.draft.author = normalizeLine(optionalString(object, "author"), "author");
    if (const std::string kind = optionalString(object, "kind"); !kind.empty()) {
        const auto parsed = parseKind(kind);
        if (!parsed) {
            throw Error(ErrorCategory::InvalidInput,
                        "\"kind\" must be field_note, minutes or article, not \"%1\"", {kind});
        }
        note.draft.kind = *parsed;
    }
    if (const std::string date = optionalString(object, "date"); !date.empty()) {
        note.draft.eventDate = parseUserDate(date, "\"date\"");
    }
    for (const std::string& code : stringList(object, "places")) {
        auto [it, fresh] = knownCodes.try_emplace(code, false);
        if (fresh) {
            it->second = places.find(code).has_value();
        }
        if (!it->second) {
            throw Error(ErrorCategory::InvalidInput, "unknown place code \"%1\"", {code});
        }
        note.draft.placeCodes.push_back(code);
    }
    note.themeNames = stringList(object, "themes");
    note.comments = commentList(object);
    return note;
}

std::string problemReport(const std::string& source, const std::vector<std::string>& problems,
                          std::size_t total)
{
    std::string message = "Nothing was imported: " + std::to_string(total) + " bad line" +
                          (total == 1 ? "" : "s") + " in " + source + ":";
    for (const std::string& problem : problems) {
        message += "\n  " + problem;
    }
    if (total > problems.size()) {
        message += "\n  ... and " + std::to_string(total - problems.size()) + " more.";
    }
    return message;
}

} // namespace

ImportSummary importJsonl(Notebook& notebook, std::istream& input, const std::string& sourceName,
                          const std::function<void(int, int)>& progress)
{
    std::vector<PendingNote> pending;
    std::vector<std::string> problems;
    std::size_t problemCount = 0;
    std::unordered_map<std::string, bool> knownCodes;
    std::string line;
    for (int number = 1; std::getline(input, line); ++number) {
        if (normalizeLine(isValidUtf8(line) ? line : std::string("x")).empty()) {
            continue; // blank lines are allowed
        }
        try {
            pending.push_back(parseLine(line, notebook.places(), knownCodes));
        } catch (const std::exception& error) {
            if (++problemCount <= kMaxReportedProblems) {
                problems.push_back("line " + std::to_string(number) + ": " + error.what());
            }
        }
    }
    if (problemCount > 0) {
        throw Error(ErrorCategory::InvalidInput, problemReport(sourceName, problems, problemCount));
    }
    ImportSummary summary;
    Transaction transaction(notebook.database());
    SearchBulkLoad indexes(notebook.database());
    const int total = static_cast<int>(pending.size());
    for (PendingNote& note : pending) {
        for (const std::string& name : note.themeNames) {
            const bool existed = notebook.themes().findByName(name).has_value();
            note.draft.themeIds.push_back(notebook.themes().findOrAdd(name).id);
            summary.themesCreated += existed ? 0 : 1;
        }
        const Note created = notebook.notes().create(note.draft);
        for (const PendingComment& comment : note.comments) {
            [[maybe_unused]] const Comment added =
                notebook.comments().add(created.id, comment.author, comment.body);
            ++summary.comments;
        }
        if (++summary.notes % 500 == 0 && progress) {
            progress(summary.notes, total);
        }
    }
    indexes.finish();
    transaction.commit();
    if (progress) {
        progress(summary.notes, total);
    }
    return summary;
}

} // namespace banthuek::core
