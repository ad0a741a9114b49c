// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/generate/generator.h"

#include "core/error.h"
#include "core/generate/phrasebank.h"
#include "core/notebook/notebook.h"
#include "core/search/searchstore.h"

#include <map>
#include <string>

namespace banthuek::core {
namespace {

// SplitMix64: tiny, fast, and the same sequence on every platform (std distributions are not).
class Random final
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }
    template <typename T> const T& pick(std::span<const T> items) { return items[below(items.size())]; }
    template <typename T> const T& pick(const std::vector<T>& items) { return items[below(items.size())]; }

private:
    std::uint64_t m_state;
};

struct Material
{
    std::vector<Place> nakhon;    // subdistricts of Nakhon Si Thammarat (80)
    std::vector<Place> elsewhere; // all other subdistricts
    std::vector<Theme> themes;
    std::map<std::string, std::string> people; // name -> id: every author is in the register
    std::vector<std::string> organisations;    // ids
};

// Who a note is with: its author, sometimes a colleague, sometimes an organisation. From its
// own random stream, so the notes' text stays what the seed always gave.
void tagParties(Random& random, const Material& material, NoteDraft& draft)
{
    draft.personIds.push_back(material.people.at(draft.author));
    if (random.chance(30)) {
        draft.personIds.push_back(material.people.at(std::string(random.pick(phrases::people()))));
    }
    if (random.chance(25) && !material.organisations.empty()) {
        draft.organisationIds.push_back(random.pick(material.organisations));
    }
}

std::string fill(std::string_view pattern, const std::string& place, const std::string& theme)
{
    std::string out(pattern);
    for (const auto& [key, value] :
         {std::pair{std::string("{place}"), place}, std::pair{std::string("{theme}"), theme}}) {
        for (std::size_t at; (at = out.find(key)) != std::string::npos;) {
            out.replace(at, key.size(), value);
        }
    }
    return out;
}

std::string paragraph(Random& random)
{
    std::string text;
    const std::size_t count = 2 + random.below(4);
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) {
            text += random.chance(15) ? "\u00A0" : " ";
        }
        text += random.pick(phrases::sentences());
    }
    return text;
}

std::string body(Random& random, NoteKind kind)
{
    const std::size_t target = 1000 + random.below(5000);
    std::string text;
    for (int section = 1; text.size() < target; ++section) {
        if (kind == NoteKind::Minutes) {
            text += "## วาระที่ " + std::to_string(section) + " " +
                    std::string(random.pick(phrases::headings())) + "\n\n";
        } else if (section > 1 && random.chance(40)) {
            text += "## " + std::string(random.pick(phrases::headings())) + "\n\n";
        }
        text += paragraph(random) + "\n\n";
        if (random.chance(25)) {
            for (std::size_t i = 0, n = 2 + random.below(3); i < n; ++i) {
                text += (kind == NoteKind::Minutes ? std::to_string(i + 1) + ". " : std::string("- ")) +
                        std::string(random.pick(phrases::listItems())) + "\n";
            }
            text += "\n";
        }
    }
    return text;
}

NoteKind pickKind(Random& random)
{
    const std::size_t roll = random.below(100);
    return roll < 75 ? NoteKind::FieldNote : (roll < 90 ? NoteKind::Minutes : NoteKind::Article);
}

std::span<const std::string_view> titlePatterns(NoteKind kind)
{
    switch (kind) {
    case NoteKind::FieldNote:
        return phrases::fieldNoteTitles();
    case NoteKind::Minutes:
        return phrases::minutesTitles();
    case NoteKind::Article:
        return phrases::articleTitles();
    }
    return phrases::fieldNoteTitles();
}

NoteDraft makeNote(Random& random, const Material& material)
{
    NoteDraft draft;
    draft.kind = pickKind(random);
    const Place& place = random.chance(70) ? random.pick(material.nakhon) : random.pick(material.elsewhere);
    const Theme& theme = random.pick(material.themes);
    draft.placeCodes.push_back(place.code);
    if (random.chance(20)) {
        draft.placeCodes.push_back(random.pick(material.nakhon).code);
    }
    draft.themeIds.push_back(theme.id);
    for (std::size_t i = 0, extra = random.below(3); i < extra; ++i) {
        draft.themeIds.push_back(random.pick(material.themes).id);
    }
    draft.title = fill(random.pick(titlePatterns(draft.kind)), place.nameTh, theme.nameTh);
    draft.body = body(random, draft.kind);
    draft.author = std::string(random.pick(phrases::people()));
    draft.eventDate =
        CivilDate{2005 + static_cast<int>(random.below(22)), 1 + static_cast<int>(random.below(12)),
                  1 + static_cast<int>(random.below(28))};
    draft.published = random.chance(85);
    draft.licence = random.chance(50) ? "CC BY-NC-SA 4.0" : "";
    return draft;
}

Material gather(Notebook& notebook)
{
    Material material;
    for (Place& place : notebook.places().atLevel(PlaceLevel::Subdistrict)) {
        (place.code.starts_with("80") ? material.nakhon : material.elsewhere).push_back(std::move(place));
    }
    material.themes = notebook.themes().list();
    if (material.nakhon.empty() || material.elsewhere.empty() || material.themes.empty()) {
        throw Error(ErrorCategory::InvalidInput,
                    "The notebook has no gazetteer or themes to generate notes from.");
    }
    for (const Organisation& organisation : notebook.organisations().list()) {
        material.organisations.push_back(organisation.id);
    }
    Random random(7);
    for (const std::string_view name : phrases::people()) {
        const auto known = notebook.people().findByName(std::string(name));
        if (!known.empty()) {
            material.people.emplace(name, known.front().id);
            continue;
        }
        Person person;
        person.name = name;
        person.role = random.chance(20)   ? KmRole::KhunUea
                      : random.chance(60) ? KmRole::KhunAmnuay
                                          : KmRole::KhunLikhit;
        if (!material.organisations.empty() && random.chance(50)) {
            person.organisationId = random.pick(material.organisations);
        }
        person.placeCodes.push_back(random.pick(material.nakhon).code);
        material.people.emplace(name, notebook.people().add(person).id);
    }
    return material;
}

} // namespace

GenerateSummary generateNotes(Notebook& notebook, const GenerateOptions& options)
{
    if (options.notes < 0) {
        throw Error(ErrorCategory::InvalidInput, "The number of notes to generate cannot be negative.");
    }
    Transaction transaction(notebook.database());
    const Material material = gather(notebook);
    Random random(options.seed);
    Random partiesRandom(options.seed + 1);
    GenerateSummary summary;
    SearchBulkLoad indexes(notebook.database());
    for (int i = 0; i < options.notes; ++i) {
        NoteDraft draft = makeNote(random, material);
        tagParties(partiesRandom, material, draft);
        const Note note = notebook.notes().create(draft);
        summary.textBytes += static_cast<std::int64_t>(draft.title.size() + draft.body.size());
        for (std::size_t c = 0, n = random.below(5); c < n; ++c) {
            const std::string_view text = random.pick(phrases::comments());
            [[maybe_unused]] const Comment comment = notebook.comments().add(
                note.id, std::string(random.pick(phrases::people())), std::string(text));
            summary.textBytes += static_cast<std::int64_t>(text.size());
            ++summary.comments;
        }
        ++summary.notes;
        if (options.progress && summary.notes % 1000 == 0) {
            options.progress(summary.notes, options.notes);
        }
    }
    indexes.finish();
    transaction.commit();
    if (options.progress) {
        options.progress(summary.notes, options.notes);
    }
    return summary;
}

} // namespace banthuek::core
