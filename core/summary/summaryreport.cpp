// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/summary/summaryreport.h"

#include "core/text/csv.h"

#include <algorithm>
#include <map>

namespace banthuek::core {
namespace {

using Kind = ReportBlock::Kind;

constexpr std::size_t kChartBars = 12; // the rest are added up as one bar

// The report's words in its own language, which need not be the window's.
struct Words
{
    const char* title;
    const char* only;
    const char* asOf;
    const char* overview;
    const char* figureColumns[4]; // item, this period, previous period, change
    const char* figures[6];       // field notes, minutes, articles, comments, facilitators, subdistricts
    const char* byPlace;
    const char* notesSuffix; // "12 notes"
    const char* noteSuffix;  // "1 note"
    const char* noPlace;
    const char* quiet;
    const char* quietNone;
    const char* quietColumns[4]; // subdistrict, district, last field note, days
    const char* leftBefore;      // "and N more subdistricts ..."
    const char* leftAfter;
    const char* byTheme;
    const char* themeColumns[2];
    const char* noTheme;
    const char* meetings;
    const char* meetingColumns[3]; // date, meeting, resolution (มติ)
    const char* number;
    const char* noMeetings;
    const char* actions;
    const char* actionColumns[5]; // owner, opened, done, overdue at end, open at end
    const char* total;
    const char* nobody;
    const char* overdue;
    const char* overdueColumns[4]; // action, owner, due, meeting
    const char* noActions;
    const char* charts[3]; // notes per district, notes per theme, action items by status
    const char* chartValue;
    const char* others;
    const char* kinds[3];
    const char* plans;
    const char* plansNone;
    const char* planColumns[4]; // community, item, status, progress
    const char* added;          // an item new in the period
    const char* itemStatuses[5];
    const char* page;
    const char* none;
    const char* placesLabel;
    const char* themesLabel;
    const char* authorsLabel;
};

constexpr Words kThai = {
    "สรุปผลการดำเนินงาน",
    "เฉพาะ",
    "ข้อมูล ณ วันที่",
    "ภาพรวม",
    {"รายการ", "งวดนี้", "งวดก่อน", "เปลี่ยนแปลง"},
    {"บันทึกภาคสนาม", "รายงานการประชุม", "บทความ", "ความคิดเห็น", "คุณอำนวยที่ลงพื้นที่", "ตำบลที่ลงพื้นที่"},
    "บันทึกตามพื้นที่",
    "บันทึก",
    "บันทึก",
    "ไม่ระบุพื้นที่",
    "พื้นที่ที่ไม่มีบันทึกภาคสนาม 60 วันขึ้นไป",
    "ทุกพื้นที่มีบันทึกภาคสนามภายใน 60 วัน",
    {"ตำบล", "อำเภอ", "บันทึกภาคสนามครั้งล่าสุด", "จำนวนวัน"},
    "อีก ",
    " ตำบลไม่มีบันทึกภาคสนามมานานกว่า 1 ปี",
    "บันทึกตามประเด็น",
    {"ประเด็น", "จำนวนบันทึก"},
    "ไม่ระบุประเด็น",
    "การประชุม",
    {"วันที่", "การประชุม", "มติ"},
    "ครั้งที่",
    "ไม่มีการประชุมในงวดนี้",
    "งานที่มอบหมาย",
    {"ผู้รับผิดชอบ", "มอบหมายใหม่", "เสร็จ", "เกินกำหนด ณ สิ้นงวด", "ค้างอยู่ ณ สิ้นงวด"},
    "รวม",
    "ไม่ระบุผู้รับผิดชอบ",
    "งานที่เกินกำหนด ณ สิ้นงวด",
    {"งาน", "ผู้รับผิดชอบ", "กำหนดเสร็จ", "การประชุม"},
    "ไม่มีงานที่มอบหมายในงวดนี้",
    {"จำนวนบันทึกตามอำเภอ", "จำนวนบันทึกตามประเด็น", "งานที่มอบหมายตามสถานะ"},
    "จำนวน",
    "อื่น ๆ",
    {"บันทึกภาคสนาม", "รายงานการประชุม", "บทความ"},
    "แผนแม่บทชุมชน: โครงการที่เปลี่ยนสถานะหรือความก้าวหน้า",
    "ไม่มีโครงการที่เปลี่ยนสถานะหรือความก้าวหน้าในงวดนี้",
    {"ชุมชน", "โครงการ", "สถานะ", "ความก้าวหน้า"},
    "ใหม่",
    {"เสนอ", "อนุมัติ", "กำลังดำเนินการ", "เสร็จแล้ว", "ยกเลิก"},
    "หน้า %1 จาก %2",
    "ไม่มี",
    "พื้นที่",
    "ประเด็น",
    "ผู้เขียน",
};

constexpr Words kEnglish = {
    "Activity summary",
    "Only",
    "Figures as of",
    "At a glance",
    {"Item", "This period", "Previous period", "Change"},
    {"Field notes", "Minutes", "Articles", "Comments", "Active facilitators", "Subdistricts visited"},
    "Notes by place",
    "notes",
    "note",
    "No place given",
    "Places with no field note for 60 days or more",
    "Every place had a field note within 60 days",
    {"Subdistrict", "District", "Last field note", "Days"},
    "",
    " more subdistricts have had no field note for over a year",
    "Notes by theme",
    {"Theme", "Notes"},
    "No theme given",
    "Meetings",
    {"Date", "Meeting", "Resolution"},
    "no.",
    "No meetings in this period",
    "Action items",
    {"Owner", "Opened", "Done", "Overdue at the end", "Open at the end"},
    "Total",
    "No owner named",
    "Action items overdue at the end of the period",
    {"Action", "Owner", "Due", "Meeting"},
    "No action items in this period",
    {"Notes per district", "Notes per theme", "Action items by status"},
    "Count",
    "Others",
    {"Field note", "Minutes", "Article"},
    "Master-plan items whose status or progress changed",
    "No master-plan item changed status or progress in this period",
    {"Community", "Item", "Status", "Progress"},
    "new",
    {"proposed", "approved", "in progress", "done", "dropped"},
    "Page %1 of %2",
    "none",
    "Places",
    "Themes",
    "Authors",
};

const Words& wordsFor(const DateStyle& style)
{
    return style.language == Language::Thai ? kThai : kEnglish;
}

std::string number(std::int64_t value, const DateStyle& style)
{
    return withDigits(std::to_string(value), style.digits);
}

std::string change(std::int64_t now, std::int64_t before, const DateStyle& style)
{
    const std::int64_t delta = now - before;
    const std::string sign = delta > 0 ? "+" : delta < 0 ? "−" : "";
    return sign + number(delta < 0 ? -delta : delta, style);
}

std::string placeName(const Place& place, const DateStyle& style)
{
    return style.language == Language::English && !place.nameEn.empty() ? place.nameEn : place.nameTh;
}

std::string themeName(const Theme& theme, const DateStyle& style)
{
    return style.language == Language::English && !theme.nameEn.empty() ? theme.nameEn : theme.nameTh;
}

// อำเภอท่าศาลา จังหวัดนครศรีธรรมราช / Tha Sala, Nakhon Si Thammarat
std::string districtLine(const SummaryDistrict& district, const DateStyle& style)
{
    const bool thai = style.language == Language::Thai;
    std::string line = placeName(district.district, style);
    if (thai && district.district.level == PlaceLevel::District && !line.starts_with("เขต")) {
        line = "อำเภอ" + line;
    } else if (thai && district.district.level == PlaceLevel::Province) {
        line = "จังหวัด" + line;
    }
    const std::string province =
        thai || district.provinceEn.empty() ? district.provinceTh : district.provinceEn;
    if (!province.empty()) {
        line += thai ? " จังหวัด" + province : ", " + province;
    }
    return line;
}

class Builder
{
public:
    Builder(const Summary& summary, const DateStyle& style)
        : m_s(summary), m_style(style), m_w(wordsFor(style))
    {
    }

    ReportDocument build(const std::string& notebookName);

private:
    void heading(const std::string& notebookName);
    void overview();
    void byPlace();
    void quietPlaces();
    void byTheme();
    void meetings();
    void actions();
    void planItems();
    // Bars in the order given, or (`largestFirst`) most first, the order given among equals.
    void chart(const char* title, std::vector<std::pair<std::string, double>> bars, bool largestFirst = true);

    [[nodiscard]] std::string n(std::int64_t value) const { return number(value, m_style); }
    [[nodiscard]] std::string date(const CivilDate& day) const { return formatDate(day, m_style); }
    [[nodiscard]] std::string noteLine(const SummaryNote& note) const;

    const Summary& m_s;
    DateStyle m_style;
    const Words& m_w;
    ReportDocument m_doc;
};

ReportDocument Builder::build(const std::string& notebookName)
{
    m_doc.language = m_style.language;
    m_doc.digits = m_style.digits;
    m_doc.pageFormat = m_w.page;
    m_doc.title = std::string(m_w.title) + " " + m_s.period.label(m_style);
    m_doc.runningHeader = notebookName + " · " + m_s.period.label(m_style);
    heading(notebookName);
    overview();
    byPlace();
    quietPlaces();
    byTheme();
    meetings();
    actions();
    planItems();
    return m_doc;
}

void Builder::heading(const std::string& notebookName)
{
    m_doc.add(Kind::Title, m_w.title);
    m_doc.add(Kind::Centred, m_s.period.label(m_style));
    m_doc.add(Kind::Centred, notebookName);
    if (m_s.asOf < m_s.period.last()) { // the period has not ended: "at the end" means today
        m_doc.add(Kind::Centred, std::string(m_w.asOf) + " " + date(m_s.asOf));
    }
    std::vector<std::string> only;
    auto listOf = [](const auto& items, auto name) {
        std::string list;
        for (const auto& item : items) {
            list += (list.empty() ? "" : ", ") + name(item);
        }
        return list;
    };
    if (!m_s.filterPlaces.empty()) {
        only.push_back(std::string(m_w.placesLabel) + " " +
                       listOf(m_s.filterPlaces, [&](const Place& p) { return placeName(p, m_style); }));
    }
    if (!m_s.filterThemes.empty()) {
        only.push_back(std::string(m_w.themesLabel) + " " +
                       listOf(m_s.filterThemes, [&](const Theme& t) { return themeName(t, m_style); }));
    }
    if (!m_s.filter.authors.empty()) {
        only.push_back(std::string(m_w.authorsLabel) + " " +
                       listOf(m_s.filter.authors, [](const std::string& a) { return a; }));
    }
    if (!only.empty()) {
        std::string line = std::string(m_w.only) + ": ";
        for (std::size_t i = 0; i < only.size(); ++i) {
            line += (i > 0 ? "; " : "") + only[i];
        }
        m_doc.add(Kind::Centred, line);
    }
    m_doc.add(Kind::Rule, {});
}

void Builder::overview()
{
    m_doc.add(Kind::Heading, m_w.overview);
    const SummaryFigures& now = m_s.figures;
    const SummaryFigures& before = m_s.previousFigures;
    const std::int64_t SummaryFigures::*fields[] = {
        &SummaryFigures::fieldNotes, &SummaryFigures::minutes,      &SummaryFigures::articles,
        &SummaryFigures::comments,   &SummaryFigures::facilitators, &SummaryFigures::subdistricts};
    ReportTable table;
    table.header = {m_w.figureColumns[0], m_w.figureColumns[1], m_w.figureColumns[2], m_w.figureColumns[3]};
    table.widths = {4, 2, 2, 2};
    for (std::size_t i = 0; i < std::size(fields); ++i) {
        table.rows.push_back({m_w.figures[i], n(now.*fields[i]), n(before.*fields[i]),
                              change(now.*fields[i], before.*fields[i], m_style)});
    }
    m_doc.addTable(std::move(table));
}

std::string Builder::noteLine(const SummaryNote& note) const
{
    std::string line = date(note.date) + " — " + note.title + " (" + m_w.kinds[static_cast<int>(note.kind)];
    if (!note.author.empty()) {
        line += ", " + note.author;
    }
    return line + ")";
}

void Builder::byPlace()
{
    m_doc.add(Kind::Heading, m_w.byPlace);
    std::vector<std::pair<std::string, double>> bars;
    for (const SummaryDistrict& district : m_s.districts) {
        bars.emplace_back(placeName(district.district, m_style), static_cast<double>(district.notes));
    }
    chart(m_w.charts[0], std::move(bars));
    auto notesOf = [&](const std::vector<std::size_t>& notes, int indent) {
        for (const std::size_t index : notes) {
            const SummaryNote& note = m_s.notes[index];
            m_doc.add(Kind::Paragraph, noteLine(note), indent, true);
            if (!note.opening.empty()) {
                m_doc.add(Kind::Paragraph, note.opening, indent + 1);
            }
        }
    };
    for (const SummaryDistrict& district : m_s.districts) {
        m_doc.add(Kind::Paragraph,
                  districtLine(district, m_style) + " (" + n(district.notes) + " " +
                      (district.notes == 1 ? m_w.noteSuffix : m_w.notesSuffix) + ")",
                  0, true);
        for (const SummaryPlace& place : district.places) {
            if (place.place.code != district.district.code) {
                std::string name = placeName(place.place, m_style);
                if (m_style.language == Language::Thai && place.place.level == PlaceLevel::Subdistrict &&
                    !name.starts_with("แขวง")) {
                    name = "ตำบล" + name;
                }
                m_doc.add(Kind::Paragraph,
                          name + " (" + n(static_cast<std::int64_t>(place.notes.size())) + ")", 1, true);
            }
            notesOf(place.notes, place.place.code == district.district.code ? 1 : 2);
        }
    }
    if (!m_s.placeless.empty()) {
        m_doc.add(Kind::Paragraph,
                  std::string(m_w.noPlace) + " (" + n(static_cast<std::int64_t>(m_s.placeless.size())) + ")",
                  0, true);
        notesOf(m_s.placeless, 1);
    }
}

void Builder::quietPlaces()
{
    m_doc.add(Kind::Heading, m_w.quiet);
    const auto left = [&] {
        if (m_s.placesLeft > 0) {
            m_doc.add(Kind::Paragraph, std::string(m_w.leftBefore) + n(m_s.placesLeft) + m_w.leftAfter);
        }
    };
    if (m_s.quietPlaces.empty()) {
        m_doc.add(Kind::Paragraph, m_w.quietNone);
        left();
        return;
    }
    ReportTable table;
    table.header = {m_w.quietColumns[0], m_w.quietColumns[1], m_w.quietColumns[2], m_w.quietColumns[3]};
    table.widths = {3, 3, 3, 1};
    for (const QuietPlace& quiet : m_s.quietPlaces) {
        const bool english = m_style.language == Language::English && !quiet.districtEn.empty();
        table.rows.push_back({placeName(quiet.subdistrict, m_style),
                              english ? quiet.districtEn : quiet.districtTh, date(quiet.lastFieldNote),
                              n(quiet.days)});
    }
    m_doc.addTable(std::move(table));
    left();
}

void Builder::byTheme()
{
    m_doc.add(Kind::Heading, m_w.byTheme);
    std::vector<std::pair<std::string, double>> bars;
    for (const SummaryTheme& theme : m_s.themes) {
        bars.emplace_back(themeName(theme.theme, m_style), static_cast<double>(theme.notes.size()));
    }
    if (!m_s.themeless.empty()) {
        bars.emplace_back(m_w.noTheme, static_cast<double>(m_s.themeless.size()));
    }
    if (bars.empty()) {
        m_doc.add(Kind::Paragraph, m_w.none);
        return;
    }
    chart(m_w.charts[1], std::move(bars));
    auto titlesOf = [&](const std::string& name, const std::vector<std::size_t>& notes) {
        m_doc.add(Kind::Paragraph, name + " (" + n(static_cast<std::int64_t>(notes.size())) + ")", 0, true);
        for (const std::size_t index : notes) {
            m_doc.add(Kind::Paragraph,
                      "• " + m_s.notes[index].title + " (" + date(m_s.notes[index].date) + ")", 1);
        }
    };
    for (const SummaryTheme& theme : m_s.themes) {
        titlesOf(themeName(theme.theme, m_style), theme.notes);
    }
    if (!m_s.themeless.empty()) {
        titlesOf(m_w.noTheme, m_s.themeless);
    }
}

void Builder::meetings()
{
    m_doc.add(Kind::Heading, m_w.meetings);
    if (m_s.meetings.empty()) {
        m_doc.add(Kind::Paragraph, m_w.noMeetings);
        return;
    }
    // Paragraphs, not a table: a busy month holds hundreds of meetings, and a table's rows
    // would each have to be kept whole across pages.
    for (const SummaryMeeting& meeting : m_s.meetings) {
        const SummaryNote& note = m_s.notes[meeting.note];
        std::string name = meeting.series.empty() ? note.title : meeting.series;
        if (meeting.number) {
            name += std::string(" ") + m_w.number + " " + n(*meeting.number);
        }
        if (!meeting.series.empty() && note.title != meeting.series) {
            name += " — " + note.title;
        }
        m_doc.add(Kind::Paragraph, date(note.date) + " · " + name, 0, true);
        for (const auto& [item, resolution] : meeting.decisions) {
            m_doc.add(Kind::Paragraph, std::string(m_w.meetingColumns[2]) + ": " + item + " — " + resolution,
                      1);
        }
    }
}

void Builder::actions()
{
    m_doc.add(Kind::Heading, m_w.actions);
    const OwnerActions& total = m_s.actionTotals;
    if (total.opened + total.done + total.open == 0) {
        m_doc.add(Kind::Paragraph, m_w.noActions);
        return;
    }
    chart(m_w.charts[2],
          {{m_w.actionColumns[1], static_cast<double>(total.opened)},
           {m_w.actionColumns[2], static_cast<double>(total.done)},
           {m_w.actionColumns[3], static_cast<double>(total.overdue)},
           {m_w.actionColumns[4], static_cast<double>(total.open)}},
          false);
    ReportTable table;
    table.header = {m_w.actionColumns[0], m_w.actionColumns[1], m_w.actionColumns[2], m_w.actionColumns[3],
                    m_w.actionColumns[4]};
    table.widths = {4, 2, 2, 2, 2};
    for (const OwnerActions& owner : m_s.owners) {
        table.rows.push_back({owner.owner.empty() ? m_w.nobody : owner.owner, n(owner.opened), n(owner.done),
                              n(owner.overdue), n(owner.open)});
    }
    table.rows.push_back({m_w.total, n(total.opened), n(total.done), n(total.overdue), n(total.open)});
    m_doc.addTable(std::move(table));
    if (m_s.overdueActions.empty()) {
        return;
    }
    m_doc.add(Kind::Paragraph, m_w.overdue, 0, true);
    ReportTable overdue;
    overdue.header = {m_w.overdueColumns[0], m_w.overdueColumns[1], m_w.overdueColumns[2],
                      m_w.overdueColumns[3]};
    overdue.widths = {4, 3, 3, 4};
    for (const ActionRow& row : m_s.overdueActions) {
        overdue.rows.push_back({row.item.text, row.owner.empty() ? m_w.nobody : row.owner,
                                row.item.due ? date(*row.item.due) : "—", row.meetingTitle});
    }
    m_doc.addTable(std::move(overdue));
}

// "เสนอ → กำลังดำเนินการ", "10% → 40%"; an item added in the period shows only where it stands.
std::string fromTo(const std::optional<std::string>& from, const std::string& to, const char* added)
{
    if (!from) {
        return std::string(added) + ": " + to;
    }
    return *from == to ? to : *from + " → " + to;
}

void Builder::planItems()
{
    if (!m_s.plansExist) {
        return; // a notebook without master plans has nothing to say here
    }
    m_doc.add(Kind::Heading, m_w.plans);
    if (m_s.planChanges.empty()) {
        m_doc.add(Kind::Paragraph, m_w.plansNone);
        return;
    }
    ReportTable table;
    table.header = {m_w.planColumns[0], m_w.planColumns[1], m_w.planColumns[2], m_w.planColumns[3]};
    table.widths = {3, 5, 4, 2};
    const auto status = [&](core::ItemStatus s) {
        return std::string(m_w.itemStatuses[static_cast<int>(s)]);
    };
    const auto percent = [&](int p) { return n(p) + "%"; };
    for (const PlanItemChange& change : m_s.planChanges) {
        table.rows.push_back(
            {placeName(change.community, m_style), change.item,
             fromTo(change.fromStatus ? std::optional(status(*change.fromStatus)) : std::nullopt,
                    status(change.toStatus), m_w.added),
             fromTo(change.fromProgress ? std::optional(percent(*change.fromProgress)) : std::nullopt,
                    percent(change.toProgress), m_w.added)});
    }
    m_doc.addTable(std::move(table));
}

void Builder::chart(const char* title, std::vector<std::pair<std::string, double>> bars, bool largestFirst)
{
    if (bars.empty()) {
        return;
    }
    if (largestFirst) {
        std::stable_sort(bars.begin(), bars.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
    }
    if (bars.size() > kChartBars + 1) { // the biggest bars, the rest as one: a chart stays readable
        double rest = 0;
        for (std::size_t i = kChartBars; i < bars.size(); ++i) {
            rest += bars[i].second;
        }
        bars.resize(kChartBars);
        bars.emplace_back(m_w.others, rest);
    }
    m_doc.addChart(ReportChart{title, std::move(bars), m_w.chartValue});
}

} // namespace

ReportDocument summaryReport(const Summary& summary, const std::string& notebookName, const DateStyle& style)
{
    return Builder(summary, style).build(notebookName);
}

std::string summaryCsv(const Summary& summary, const std::string& notebookName, const DateStyle& style)
{
    const Words& w = wordsFor(style);
    // Figures stay in Arabic digits: a spreadsheet must read them as numbers.
    const DateStyle plain{style.language, style.era, Digits::Arabic};
    std::string out = "\xEF\xBB\xBF"; // byte-order mark: Excel reads the file as UTF-8
    auto table = [&](const std::string& title, const std::vector<std::string>& header,
                     const std::vector<std::vector<std::string>>& rows) {
        out += csvRecord({title});
        out += csvRecord(header);
        for (const auto& row : rows) {
            out += csvRecord(row);
        }
        out += "\r\n";
    };
    out += csvRecord({std::string(w.title), summary.period.label(plain), notebookName});
    out += "\r\n";

    const std::int64_t SummaryFigures::*fields[] = {
        &SummaryFigures::fieldNotes, &SummaryFigures::minutes,      &SummaryFigures::articles,
        &SummaryFigures::comments,   &SummaryFigures::facilitators, &SummaryFigures::subdistricts};
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < std::size(fields); ++i) {
        const std::int64_t now = summary.figures.*fields[i];
        const std::int64_t before = summary.previousFigures.*fields[i];
        rows.push_back(
            {w.figures[i], std::to_string(now), std::to_string(before), std::to_string(now - before)});
    }
    table(w.overview, {w.figureColumns[0], w.figureColumns[1], w.figureColumns[2], w.figureColumns[3]}, rows);

    // Each note once, with every place and theme it is listed under.
    std::vector<std::string> places(summary.notes.size());
    std::vector<std::string> themes(summary.notes.size());
    auto append = [](std::string& list, const std::string& item) {
        list += (list.empty() ? "" : "; ") + item;
    };
    for (const SummaryDistrict& district : summary.districts) {
        for (const SummaryPlace& place : district.places) {
            for (const std::size_t i : place.notes) {
                append(places[i], placeName(place.place, style) + " (" + place.place.code + ")");
            }
        }
    }
    for (const SummaryTheme& theme : summary.themes) {
        for (const std::size_t i : theme.notes) {
            append(themes[i], themeName(theme.theme, style));
        }
    }
    rows.clear();
    for (std::size_t i = 0; i < summary.notes.size(); ++i) {
        const SummaryNote& note = summary.notes[i];
        rows.push_back({note.date.iso(), std::to_string(note.record), w.kinds[static_cast<int>(note.kind)],
                        note.title, note.author, places[i], themes[i], note.opening});
    }
    const bool thai = style.language == Language::Thai;
    table(w.byPlace,
          thai ? std::vector<std::string>{"วันที่", "เลขที่บันทึก", "ชนิด", "ชื่อเรื่อง", "ผู้เขียน", "พื้นที่", "ประเด็น",
                                          "ย่อหน้าแรก"}
               : std::vector<std::string>{"date", "record", "kind", "title", "author", "places", "themes",
                                          "first paragraph"},
          rows);

    rows.clear();
    for (const QuietPlace& quiet : summary.quietPlaces) {
        rows.push_back({placeName(quiet.subdistrict, style) + " (" + quiet.subdistrict.code + ")",
                        thai || quiet.districtEn.empty() ? quiet.districtTh : quiet.districtEn,
                        quiet.lastFieldNote.iso(), std::to_string(quiet.days)});
    }
    table(w.quiet, {w.quietColumns[0], w.quietColumns[1], w.quietColumns[2], w.quietColumns[3]}, rows);

    rows.clear();
    for (const SummaryTheme& theme : summary.themes) {
        rows.push_back({themeName(theme.theme, style), std::to_string(theme.notes.size())});
    }
    if (!summary.themeless.empty()) {
        rows.push_back({w.noTheme, std::to_string(summary.themeless.size())});
    }
    table(w.byTheme, {w.themeColumns[0], w.themeColumns[1]}, rows);

    rows.clear();
    for (const SummaryMeeting& meeting : summary.meetings) {
        const SummaryNote& note = summary.notes[meeting.note];
        std::string decisions;
        for (const auto& [item, resolution] : meeting.decisions) {
            decisions += (decisions.empty() ? "" : "\n") + (item + ": " + resolution);
        }
        rows.push_back({note.date.iso(), meeting.series.empty() ? note.title : meeting.series,
                        meeting.number ? std::to_string(*meeting.number) : "", note.title, decisions});
    }
    table(
        w.meetings,
        {w.meetingColumns[0], w.meetingColumns[1], w.number, thai ? "ชื่อเรื่อง" : "title", w.meetingColumns[2]},
        rows);

    rows.clear();
    auto actionRow = [](const std::string& owner, const OwnerActions& a) {
        return std::vector<std::string>{owner, std::to_string(a.opened), std::to_string(a.done),
                                        std::to_string(a.overdue), std::to_string(a.open)};
    };
    for (const OwnerActions& owner : summary.owners) {
        rows.push_back(actionRow(owner.owner.empty() ? w.nobody : owner.owner, owner));
    }
    rows.push_back(actionRow(w.total, summary.actionTotals));
    table(
        w.actions,
        {w.actionColumns[0], w.actionColumns[1], w.actionColumns[2], w.actionColumns[3], w.actionColumns[4]},
        rows);

    rows.clear();
    for (const ActionRow& row : summary.overdueActions) {
        rows.push_back({row.item.text, row.owner.empty() ? w.nobody : row.owner,
                        row.item.due ? row.item.due->iso() : "", row.meetingTitle});
    }
    table(w.overdue, {w.overdueColumns[0], w.overdueColumns[1], w.overdueColumns[2], w.overdueColumns[3]},
          rows);

    if (summary.plansExist) {
        rows.clear();
        for (const PlanItemChange& change : summary.planChanges) {
            rows.push_back(
                {change.community.code, placeName(change.community, style), change.plan, change.item,
                 change.fromStatus ? std::string(itemStatusName(*change.fromStatus)) : std::string(),
                 std::string(itemStatusName(change.toStatus)),
                 change.fromProgress ? std::to_string(*change.fromProgress) : std::string(),
                 std::to_string(change.toProgress)});
        }
        table(w.plans,
              thai ? std::vector<std::string>{"รหัสชุมชน", "ชุมชน", "แผน", "โครงการ", "สถานะเดิม", "สถานะ",
                                              "ความก้าวหน้าเดิม", "ความก้าวหน้า"}
                   : std::vector<std::string>{"community_code", "community", "plan", "item", "status_before",
                                              "status", "progress_before", "progress"},
              rows);
    }
    return out;
}

} // namespace banthuek::core
