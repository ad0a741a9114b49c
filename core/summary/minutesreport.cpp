// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/summary/minutesreport.h"

#include "core/error.h"
#include "core/notebook/notebook.h"

#include <map>

namespace banthuek::core {
namespace {

using Kind = ReportBlock::Kind;

// The report's words in its own language, which need not be the window's.
struct Words
{
    const char* minutesOf;
    const char* number;
    const char* heldOn;
    const char* at;
    const char* present;
    const char* absent;
    const char* guests;
    const char* nobody;
    const char* opened;
    const char* closed;
    const char* agendaItem;
    const char* resolution;
    const char* followUp;
    const char* actions;
    const char* columns[5]; // no., action, owner, due, status
    const char* status[3];  // open, done, dropped
    const char* chair;
    const char* recorder;
    const char* approver;
    const char* signature;
    const char* bar;
    const char* barParts[3];
    const char* aar;
    const char* aarParts[4];
    const char* timeSuffix;
};

constexpr Words kThai = {"รายงานการประชุม",
                         "ครั้งที่",
                         "เมื่อวันที่",
                         "ณ",
                         "ผู้มาประชุม",
                         "ผู้ไม่มาประชุม",
                         "ผู้เข้าร่วมประชุม",
                         "ไม่มี",
                         "เริ่มประชุมเวลา",
                         "เลิกประชุมเวลา",
                         "ระเบียบวาระที่",
                         "มติที่ประชุม",
                         "ติดตามผล",
                         "งานที่มอบหมาย",
                         {"ที่", "งาน", "ผู้รับผิดชอบ", "กำหนดเสร็จ", "สถานะ"},
                         {"ยังไม่เสร็จ", "เสร็จแล้ว", "ยกเลิก"},
                         "ประธานในที่ประชุม",
                         "ผู้จดรายงานการประชุม",
                         "ผู้ตรวจรายงานการประชุม",
                         "ลงชื่อ",
                         "การทบทวนก่อนการปฏิบัติ (BAR)",
                         {"เป้าหมาย", "ผลที่คาดหวัง", "ความเสี่ยง"},
                         "การทบทวนหลังการปฏิบัติ (AAR)",
                         {"สิ่งที่คาดหวังไว้", "สิ่งที่เกิดขึ้นจริง", "ทำไมจึงต่างกัน", "ครั้งต่อไปจะทำอะไร"},
                         " น."};
constexpr Words kEnglish = {"Minutes of ",
                            "Meeting no.",
                            "Held on",
                            "at",
                            "Present",
                            "Absent",
                            "Guests",
                            "None",
                            "The meeting opened at",
                            "The meeting closed at",
                            "Agenda item",
                            "Resolution",
                            "Follow-up",
                            "Action items",
                            {"No.", "Action", "Owner", "Due", "Status"},
                            {"open", "done", "dropped"},
                            "Chair",
                            "Recorder",
                            "Approved by",
                            "Signed",
                            "Before Action Review (BAR)",
                            {"Goal", "Expected results", "Risks"},
                            "After Action Review (AAR)",
                            {"What we expected", "What happened", "Why they differ", "What we will do next"},
                            ""};

class Builder
{
public:
    Builder(const Notebook& notebook, const DateStyle& style)
        : m_notebook(notebook), m_style(style), m_w(style.language == Language::Thai ? kThai : kEnglish)
    {
    }

    ReportDocument build(const Note& note, const MeetingRecord& record);

private:
    void heading(const Note& note, const MinutesDetails& details);
    void attendees(const MinutesDetails& details);
    void agenda(const Note& note, const MeetingRecord& record);
    void actionTable(const std::vector<const ActionItem*>& items);
    void reviews(const MinutesDetails& details);
    void signatures(const MinutesDetails& details);

    [[nodiscard]] std::string digits(std::string_view text) const { return withDigits(text, m_style.digits); }
    [[nodiscard]] std::string time(const std::string& hhmm) const;
    [[nodiscard]] std::string date(const std::optional<CivilDate>& day) const
    {
        return day ? formatDate(*day, m_style) : "—";
    }
    std::string personName(const std::optional<std::string>& id);
    std::string organisationLabel(const std::optional<std::string>& id);
    std::string owner(const ActionItem& item);
    [[nodiscard]] std::string status(ActionStatus value) const { return m_w.status[static_cast<int>(value)]; }

    const Notebook& m_notebook;
    DateStyle m_style;
    const Words& m_w;
    ReportDocument m_doc;
    std::map<std::string, Person> m_people;
};

std::string Builder::time(const std::string& hhmm) const
{
    std::string text = hhmm;
    if (m_style.language == Language::Thai && text.size() == 5 && text[2] == ':') {
        text[2] = '.'; // 09.30 น., as Thai offices write it
    }
    return digits(text) + m_w.timeSuffix;
}

std::string Builder::personName(const std::optional<std::string>& id)
{
    if (!id) {
        return {};
    }
    auto found = m_people.find(*id);
    if (found == m_people.end()) {
        found = m_people.emplace(*id, m_notebook.people().get(*id)).first;
    }
    return found->second.name;
}

std::string Builder::organisationLabel(const std::optional<std::string>& id)
{
    if (!id) {
        return {};
    }
    return m_notebook.organisations().get(*id).shortName();
}

std::string Builder::owner(const ActionItem& item)
{
    return item.ownerPersonId ? personName(item.ownerPersonId) : organisationLabel(item.ownerOrganisationId);
}

void Builder::heading(const Note& note, const MinutesDetails& details)
{
    std::string name;
    for (const MeetingSeries& series : m_notebook.minutes().series()) {
        if (details.seriesId == series.id) {
            name = m_w.minutesOf + series.name;
        }
    }
    m_doc.title = note.content.title;
    m_doc.runningHeader = note.content.title;
    m_doc.add(Kind::Title, name.empty() ? note.content.title : name);
    if (details.number) {
        std::string number = m_w.number + std::string(" ") + std::to_string(*details.number);
        if (note.content.eventDate) {
            const int year = yearInEra(note.content.eventDate->year, m_style.era);
            number += "/" + std::to_string(year);
        }
        m_doc.add(Kind::Centred, digits(number));
    }
    if (note.content.eventDate) {
        m_doc.add(Kind::Centred, m_w.heldOn + std::string(" ") + date(note.content.eventDate));
    }
    std::string venue = details.venue;
    if (details.venuePlace) {
        if (const auto place = m_notebook.places().match(*details.venuePlace)) {
            const bool thai = m_style.language == Language::Thai;
            std::string where = thai ? place->place.nameTh : place->place.nameEn;
            const std::string& district = thai ? place->districtTh : place->districtEn;
            const std::string& province = thai ? place->provinceTh : place->provinceEn;
            for (const std::string* part : {&district, &province}) {
                where += part->empty() ? "" : ", " + *part;
            }
            venue += (venue.empty() ? "" : " ") + std::string("(") + where + ")";
        }
    }
    if (!venue.empty()) {
        m_doc.add(Kind::Centred, m_w.at + std::string(" ") + venue);
    }
    m_doc.add(Kind::Rule, {});
}

void Builder::attendees(const MinutesDetails& details)
{
    const std::pair<Attendance, const char*> groups[] = {{Attendance::Present, m_w.present},
                                                         {Attendance::Absent, m_w.absent},
                                                         {Attendance::Guest, m_w.guests}};
    for (const auto& [attendance, title] : groups) {
        std::string lines;
        int n = 0;
        for (const Attendee& attendee : details.attendees) {
            if (attendee.attendance != attendance) {
                continue;
            }
            const std::string name = personName(attendee.personId);
            std::string line = digits(std::to_string(++n)) + ". " + name;
            const std::string organisation = organisationLabel(m_people.at(attendee.personId).organisationId);
            line += organisation.empty() ? "" : "  " + organisation;
            if (details.chairId == attendee.personId) {
                line += "  (" + std::string(m_w.chair) + ")";
            } else if (details.recorderId == attendee.personId) {
                line += "  (" + std::string(m_w.recorder) + ")";
            }
            line += attendee.reason.empty() ? "" : "  — " + attendee.reason;
            lines += (lines.empty() ? "" : "\n") + line;
        }
        if (attendance != Attendance::Present && n == 0) {
            continue; // "absent: none" is noise; an empty present list is still said
        }
        m_doc.add(Kind::Heading, title);
        m_doc.add(Kind::Paragraph, n == 0 ? std::string(m_w.nobody) : lines, 1);
    }
}

void Builder::actionTable(const std::vector<const ActionItem*>& items)
{
    ReportTable table;
    table.widths = {5, 41, 20, 20, 14};
    for (const char* column : m_w.columns) {
        table.header.emplace_back(column);
    }
    int n = 0;
    for (const ActionItem* item : items) {
        table.rows.push_back(
            {digits(std::to_string(++n)), item->text, owner(*item), date(item->due), status(item->status)});
    }
    m_doc.addTable(std::move(table));
}

void Builder::agenda(const Note& note, const MeetingRecord& record)
{
    const MinutesDetails& details = record.details;
    for (std::size_t i = 0; i < details.agenda.size(); ++i) {
        const AgendaItem& item = details.agenda[i];
        m_doc.add(Kind::Heading,
                  digits(m_w.agendaItem + std::string(" ") + std::to_string(i + 1)) + "  " + item.title);
        if (!item.discussion.empty()) {
            m_doc.add(Kind::Paragraph, item.discussion, 1);
        }
        std::vector<const ActionItem*> followed;
        std::vector<const ActionItem*> decided;
        for (const ActionItem& action : record.actions) {
            const bool followUp = std::find(item.followUpActionIds.begin(), item.followUpActionIds.end(),
                                            action.id) != item.followUpActionIds.end();
            if (followUp) {
                followed.push_back(&action);
            } else if (action.noteId == note.id && action.agendaItemId == item.id) {
                decided.push_back(&action);
            }
        }
        if (!followed.empty()) {
            m_doc.add(Kind::Paragraph, m_w.followUp, 1, true);
            actionTable(followed);
        }
        if (!item.resolution.empty()) {
            m_doc.add(Kind::Paragraph, m_w.resolution + std::string("  ") + item.resolution, 1, true);
        }
        if (!decided.empty()) {
            m_doc.add(Kind::Paragraph, m_w.actions, 1, true);
            actionTable(decided);
        }
    }
    std::vector<const ActionItem*> loose; // decided at this meeting under no agenda item
    for (const ActionItem& action : record.actions) {
        const bool underAgenda =
            std::any_of(details.agenda.begin(), details.agenda.end(), [&](const AgendaItem& item) {
                return action.agendaItemId == item.id ||
                       std::find(item.followUpActionIds.begin(), item.followUpActionIds.end(), action.id) !=
                           item.followUpActionIds.end();
            });
        if (!underAgenda && action.noteId == note.id) {
            loose.push_back(&action);
        }
    }
    if (!loose.empty()) {
        m_doc.add(Kind::Heading, m_w.actions);
        actionTable(loose);
    }
}

void Builder::reviews(const MinutesDetails& details)
{
    const std::pair<const char*, const std::string*> bar[] = {{m_w.barParts[0], &details.barGoal},
                                                              {m_w.barParts[1], &details.barResults},
                                                              {m_w.barParts[2], &details.barRisks}};
    const std::pair<const char*, const std::string*> aar[] = {{m_w.aarParts[0], &details.aarExpected},
                                                              {m_w.aarParts[1], &details.aarHappened},
                                                              {m_w.aarParts[2], &details.aarWhy},
                                                              {m_w.aarParts[3], &details.aarNext}};
    const auto section = [this](const char* title, const auto& parts) {
        if (std::all_of(std::begin(parts), std::end(parts),
                        [](const auto& part) { return part.second->empty(); })) {
            return;
        }
        m_doc.add(Kind::Heading, title);
        for (const auto& [question, answer] : parts) {
            if (!answer->empty()) {
                m_doc.add(Kind::Paragraph, question, 1, true);
                m_doc.add(Kind::Paragraph, *answer, 2);
            }
        }
    };
    section(m_w.bar, bar);
    section(m_w.aar, aar);
}

void Builder::signatures(const MinutesDetails& details)
{
    const std::pair<const std::optional<std::string>*, const char*> signers[] = {
        {&details.recorderId, m_w.recorder}, {&details.approverId, m_w.approver}};
    for (const auto& [id, role] : signers) {
        const std::string name = personName(*id);
        const std::string dots(30, '.');
        m_doc.add(Kind::Signature, m_w.signature + std::string(" ") + dots + "\n(" +
                                       (name.empty() ? std::string(30, '.') : name) + ")\n" + role);
    }
}

ReportDocument Builder::build(const Note& note, const MeetingRecord& record)
{
    m_doc.language = m_style.language;
    m_doc.digits = m_style.digits;
    m_doc.pageFormat = m_style.language == Language::Thai ? "หน้า %1 จาก %2" : "Page %1 of %2";
    const MinutesDetails& details = record.details;
    heading(note, details);
    attendees(details);
    if (!details.startTime.empty()) {
        m_doc.add(Kind::Paragraph, m_w.opened + std::string(" ") + time(details.startTime), 0, true);
    }
    if (details.agenda.empty() && !note.content.body.empty()) {
        m_doc.add(Kind::Paragraph, note.content.body); // minutes written as text only
    }
    agenda(note, record);
    reviews(details);
    if (!details.endTime.empty()) {
        m_doc.add(Kind::Paragraph, m_w.closed + std::string(" ") + time(details.endTime), 0, true);
    }
    signatures(details);
    return std::move(m_doc);
}

} // namespace

ReportDocument minutesReport(const Notebook& notebook, const std::string& noteId, const DateStyle& style)
{
    const Note note = notebook.notes().get(noteId);
    if (note.content.kind != NoteKind::Minutes) {
        throw Error(ErrorCategory::InvalidInput, "Record %1 (%2) is not meeting minutes.",
                    {std::to_string(note.record), note.content.title});
    }
    return Builder(notebook, style).build(note, notebook.minutes().record(noteId));
}

} // namespace banthuek::core
