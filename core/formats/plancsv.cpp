// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/plancsv.h"

#include "core/error.h"
#include "core/notebook/notebook.h"
#include "core/text/csv.h"
#include "core/text/normalize.h"

#include <functional>
#include <map>
#include <set>

namespace banthuek::core {
namespace {

// A column: its key, its English and Thai headers (the Thai one is what exports write in Thai).
struct Column
{
    const char* key;
    const char* english;
    const char* thai;
};

constexpr Column kItemColumns[] = {
    {"community", "community", "ชุมชน"},
    {"plan", "plan", "แผน"},
    {"period", "period", "ช่วงแผน"},
    {"title", "title", "โครงการ"},
    {"description", "description", "รายละเอียด"},
    {"theme", "theme", "ประเด็น"},
    {"category", "category", "ประเภท"},
    {"responsible", "responsible", "ผู้รับผิดชอบ"},
    {"partners", "partners", "ภาคี"},
    {"budget_own", "budget_own", "งบประมาณชุมชน"},
    {"budget_requested", "budget_requested", "งบประมาณที่ขอ"},
    {"budget_approved", "budget_approved", "งบประมาณที่ได้รับ"},
    {"fiscal_year", "fiscal_year", "ปีงบประมาณ"},
    {"status", "status", "สถานะ"},
    {"progress", "progress", "ความก้าวหน้า"},
    {"tao_reference", "tao_reference", "แผนพัฒนา อบต."},
};

constexpr Column kSurveyColumns[] = {
    {"community", "community", "ชุมชน"},
    {"year", "year", "ปี"},
    {"households", "households", "ครัวเรือน"},
    {"population", "population", "ประชากร"},
    {"income", "income", "รายได้เฉลี่ย"},
    {"expenses", "expenses", "รายจ่ายเฉลี่ย"},
    {"debt", "debt", "หนี้สินเฉลี่ย"},
    {"savings", "savings", "เงินออมเฉลี่ย"},
    {"debt_bank", "debt_bank", "หนี้ธนาคาร"},
    {"debt_baac", "debt_baac", "หนี้ ธ.ก.ส."},
    {"debt_village_fund", "debt_village_fund", "หนี้กองทุนหมู่บ้าน"},
    {"debt_savings_group", "debt_savings_group", "หนี้กลุ่มออมทรัพย์"},
    {"debt_cooperative", "debt_cooperative", "หนี้สหกรณ์"},
    {"debt_informal", "debt_informal", "หนี้นอกระบบ"},
    {"debt_other", "debt_other", "หนี้อื่น ๆ"},
    {"occupations", "occupations", "อาชีพหลัก"},
    {"notes", "notes", "หมายเหตุ"},
};

// Words a cell may hold for a category or status, Thai or English.
const std::map<std::string, ItemCategory>& categoryWords()
{
    static const std::map<std::string, ItemCategory> words = [] {
        std::map<std::string, ItemCategory> w;
        for (const auto& [text, value] : std::initializer_list<std::pair<const char*, ItemCategory>>{
                 {"self", ItemCategory::Self},
                 {"ทำเอง", ItemCategory::Self},
                 {"ชุมชนทำเอง", ItemCategory::Self},
                 {"partners", ItemCategory::Partners},
                 {"ทำร่วม", ItemCategory::Partners},
                 {"ทำร่วมกับภาคี", ItemCategory::Partners},
                 {"agencies", ItemCategory::Agencies},
                 {"ขอสนับสนุน", ItemCategory::Agencies},
                 {"ขอรับการสนับสนุน", ItemCategory::Agencies}}) {
            w.emplace(matchKey(text), value);
        }
        return w;
    }();
    return words;
}

const std::map<std::string, ItemStatus>& statusWords()
{
    static const std::map<std::string, ItemStatus> words = [] {
        std::map<std::string, ItemStatus> w;
        for (const auto& [text, value] : std::initializer_list<std::pair<const char*, ItemStatus>>{
                 {"proposed", ItemStatus::Proposed},
                 {"เสนอ", ItemStatus::Proposed},
                 {"approved", ItemStatus::Approved},
                 {"อนุมัติ", ItemStatus::Approved},
                 {"in_progress", ItemStatus::InProgress},
                 {"in progress", ItemStatus::InProgress},
                 {"กำลังดำเนินการ", ItemStatus::InProgress},
                 {"done", ItemStatus::Done},
                 {"เสร็จแล้ว", ItemStatus::Done},
                 {"dropped", ItemStatus::Dropped},
                 {"ยกเลิก", ItemStatus::Dropped}}) {
            w.emplace(matchKey(text), value);
        }
        return w;
    }();
    return words;
}

const char* thaiCategory(ItemCategory category)
{
    static constexpr const char* kWords[] = {"ทำเอง", "ทำร่วมกับภาคี", "ขอรับการสนับสนุน"};
    return kWords[static_cast<int>(category)];
}

const char* thaiStatus(ItemStatus status)
{
    static constexpr const char* kWords[] = {"เสนอ", "อนุมัติ", "กำลังดำเนินการ", "เสร็จแล้ว", "ยกเลิก"};
    return kWords[static_cast<int>(status)];
}

std::string trimmed(const std::string& text)
{
    return normalizeLine(text, "cell");
}

std::string plainMoney(Satang amount)
{
    std::string text = std::to_string(amount / 100);
    if (amount % 100 != 0) {
        const auto cents = static_cast<int>(amount % 100);
        text += (cents < 10 ? ".0" : ".") + std::to_string(cents);
    }
    return text;
}

// One data line's cells by column key, and where each came from for messages.
class Row
{
public:
    Row(const std::vector<std::string>& fields, const std::vector<std::string>& keys,
        const std::vector<std::string>& headers, int line, std::vector<CsvProblem>& problems)
        : m_line(line), m_problems(problems)
    {
        for (std::size_t i = 0; i < keys.size(); ++i) {
            m_cells[keys[i]] = {i < fields.size() ? trimmed(fields[i]) : std::string(), headers[i]};
        }
    }
    [[nodiscard]] std::string text(const std::string& key) const
    {
        const auto found = m_cells.find(key);
        return found == m_cells.end() ? std::string() : found->second.first;
    }
    void problem(const std::string& key, const std::string& reason) const
    {
        const auto found = m_cells.find(key);
        m_problems.push_back(CsvProblem{m_line, found == m_cells.end() ? key : found->second.second, reason});
    }
    [[nodiscard]] std::optional<Satang> money(const std::string& key) const
    {
        const std::string cell = text(key);
        if (cell.empty()) {
            return std::nullopt;
        }
        const auto amount = parseBaht(cell);
        if (!amount) {
            problem(key, "\"" + cell + "\" is not an amount in baht (write 1200000 or 1,200,000.50)");
        }
        return amount;
    }
    [[nodiscard]] std::optional<std::int64_t> count(const std::string& key) const
    {
        const std::string cell = matchKey(text(key));
        if (cell.empty()) {
            return std::nullopt;
        }
        if (cell.size() > 12 || cell.find_first_not_of("0123456789,") != std::string::npos) {
            problem(key, "\"" + text(key) + "\" is not a whole number");
            return std::nullopt;
        }
        std::string digits;
        for (const char c : cell) {
            if (c != ',') {
                digits += c;
            }
        }
        return digits.empty() ? std::nullopt : std::optional<std::int64_t>(std::stoll(digits));
    }
    [[nodiscard]] std::optional<int> year(const std::string& key) const
    {
        const std::string cell = text(key);
        if (cell.empty()) {
            return std::nullopt;
        }
        const auto value = parseUserYear(cell);
        if (!value) {
            problem(key, "\"" + cell + "\" is not a year (write 2550 or 2007)");
        }
        return value;
    }
    [[nodiscard]] int line() const { return m_line; }

private:
    int m_line;
    std::vector<CsvProblem>& m_problems;
    std::map<std::string, std::pair<std::string, std::string>> m_cells; // key -> (text, header)
};

// The community a cell names: a village's or subdistrict's code, optionally followed by its name.
std::optional<std::string> communityOf(Notebook& notebook, const Row& row)
{
    const std::string cell = row.text("community");
    const std::string code = cell.substr(0, cell.find(' '));
    if (code.empty()) {
        row.problem("community", "a community (village or subdistrict code) is needed");
        return std::nullopt;
    }
    const auto place = notebook.places().find(matchKey(code));
    if (!place) {
        row.problem("community", "there is no place with code \"" + code + "\"");
        return std::nullopt;
    }
    if (place->level != PlaceLevel::Subdistrict && place->level != PlaceLevel::Village) {
        row.problem("community", place->nameTh + " (" + place->code + ") is not a village or subdistrict");
        return std::nullopt;
    }
    return place->code;
}

std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find(';', start);
        const std::string part =
            trimmed(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (!part.empty()) {
            parts.push_back(part);
        }
        if (end == std::string::npos) {
            break;
        }
        start = end + 1;
    }
    return parts;
}

// What a checked line will write: a closure run inside the import's transaction.
struct Planned
{
    int line = 0;
    bool update = false;
    std::string what;
    std::function<void()> write;
};

// `newPlans`: the plans earlier lines of the file add, so only the first says it adds one.
std::optional<Planned> planItemRow(Notebook& notebook, const Row& row, std::set<std::string>& newPlans)
{
    const auto community = communityOf(notebook, row);
    const std::string planTitle = row.text("plan");
    const std::string title = row.text("title");
    if (planTitle.empty()) {
        row.problem("plan", "the plan's title is needed");
    }
    if (title.empty()) {
        row.problem("title", "the item's title is needed");
    }
    std::optional<int> first;
    std::optional<int> last;
    if (const std::string period = matchKey(row.text("period")); !period.empty()) {
        // A hyphen or an en dash, found as whole characters: the en dash's bytes also occur
        // inside Thai digits (๓ is E0 B9 93), and "2566-" has nothing after its dash.
        std::size_t dash = period.find('-');
        std::size_t dashBytes = 1;
        if (const auto en = period.find("–");
            en != std::string::npos && (dash == std::string::npos || en < dash)) {
            dash = en;
            dashBytes = std::string_view("–").size();
        }
        first = parseUserYear(period.substr(0, dash));
        last = dash == std::string::npos ? first : parseUserYear(period.substr(dash + dashBytes));
        if (!first || !last || *last < *first) {
            row.problem("period",
                        "\"" + row.text("period") + "\" is not a period of years (write 2550-2552)");
        }
    }
    PlanItem item;
    item.title = title;
    item.description = row.text("description");
    if (const std::string theme = row.text("theme"); !theme.empty()) {
        if (const auto found = notebook.themes().findByName(theme)) {
            item.themeId = found->id;
        } else {
            row.problem("theme", "there is no theme \"" + theme + "\"");
        }
    }
    if (const std::string category = row.text("category"); !category.empty()) {
        const auto found = categoryWords().find(matchKey(category));
        if (found == categoryWords().end()) {
            row.problem(
                "category",
                "\"" + category +
                    "\" is not a category (self, partners, agencies; ทำเอง, ทำร่วมกับภาคี, ขอรับการสนับสนุน)");
        } else {
            item.category = found->second;
        }
    }
    if (const std::string status = row.text("status"); !status.empty()) {
        const auto found = statusWords().find(matchKey(status));
        if (found == statusWords().end()) {
            row.problem("status", "\"" + status +
                                      "\" is not a status (proposed, approved, in_progress, done, dropped)");
        } else {
            item.status = found->second;
        }
    }
    const std::string responsible = row.text("responsible");
    try {
        item.partnerIds = partnersFrom(notebook, row.text("partners"));
    } catch (const Error& error) {
        row.problem("partners", error.what());
    }
    item.budgetOwn = row.money("budget_own").value_or(0);
    item.budgetRequested = row.money("budget_requested").value_or(0);
    item.budgetApproved = row.money("budget_approved").value_or(0);
    item.fiscalYear = row.year("fiscal_year");
    if (std::string progress = matchKey(row.text("progress")); !progress.empty()) {
        if (progress.back() == '%') {
            progress.pop_back();
        }
        if (progress.empty() || progress.size() > 3 ||
            progress.find_first_not_of("0123456789") != std::string::npos || std::stoi(progress) > 100) {
            row.problem("progress", "\"" + row.text("progress") + "\" is not a percentage from 0 to 100");
        } else {
            item.progress = std::stoi(progress);
        }
    }
    item.taoReference = row.text("tao_reference");
    if (!community || planTitle.empty() || title.empty()) {
        return std::nullopt;
    }
    const auto plan = notebook.plans().findPlan(*community, planTitle);
    const auto existing = plan ? notebook.plans().findItem(plan->id, title) : std::nullopt;
    Planned planned;
    planned.line = row.line();
    planned.update = existing.has_value();
    const bool addsPlan = !plan && newPlans.insert(*community + "\n" + planTitle).second;
    planned.what = (addsPlan ? "new plan \"" + planTitle + "\", " : std::string()) + "item \"" + title + "\"";
    planned.write = [&notebook, item, existing, community = *community, planTitle, first, last,
                     responsible]() mutable {
        auto target = notebook.plans().findPlan(community, planTitle);
        if (!target) {
            Plan added;
            added.communityCode = community;
            added.title = planTitle;
            added.firstYear = first;
            added.lastYear = last;
            target = notebook.plans().savePlan(added);
        } else if (first && (target->firstYear != first || target->lastYear != last)) {
            target->firstYear = first;
            target->lastYear = last;
            target = notebook.plans().savePlan(*target);
        }
        item.planId = target->id;
        setResponsible(notebook, item, responsible);
        if (existing) {
            item.id = existing->id;
            item.noteIds = existing->noteIds; // the evidence notes are not in the file: kept
        } else if (const auto again = notebook.plans().findItem(target->id, item.title)) {
            item.id = again->id; // the same item twice in one file: the later line wins
            item.noteIds = again->noteIds;
        }
        (void)notebook.plans().saveItem(item);
    };
    return planned;
}

std::optional<Planned> surveyRow(Notebook& notebook, const Row& row)
{
    const auto community = communityOf(notebook, row);
    const auto year = row.year("year");
    if (row.text("year").empty()) {
        row.problem("year", "the survey's year is needed");
    }
    Survey survey;
    survey.households = row.count("households");
    survey.population = row.count("population");
    survey.income = row.money("income");
    survey.expenses = row.money("expenses");
    survey.debt = row.money("debt");
    survey.savings = row.money("savings");
    for (const Creditor creditor : kCreditors) {
        if (const auto amount = row.money("debt_" + std::string(creditorName(creditor)))) {
            survey.debtByCreditor.emplace_back(creditor, *amount);
        }
    }
    for (const std::string& part : splitList(row.text("occupations"))) {
        // "ทำนา 80" or "ทำนา: 80": the occupation, then its households.
        const std::string key = matchKey(part);
        const auto digits = key.find_last_not_of("0123456789");
        const std::string number = digits == std::string::npos ? key : key.substr(digits + 1);
        std::string name = digits == std::string::npos
                               ? std::string()
                               : trimmed(part.substr(0, part.find_last_not_of("0123456789๐๑๒๓๔๕๖๗๘๙") + 1));
        while (!name.empty() && (name.back() == ':' || name.back() == ' ')) {
            name.pop_back();
        }
        if (number.empty() || name.empty()) {
            row.problem("occupations",
                        "\"" + part + "\" is not an occupation and its households (write ทำนา 80)");
            continue;
        }
        survey.occupations.emplace_back(name, std::stoll(number));
    }
    survey.notes = row.text("notes");
    if (!community || !year) {
        return std::nullopt;
    }
    survey.communityCode = *community;
    survey.year = *year;
    Planned planned;
    planned.line = row.line();
    planned.update = notebook.plans().survey(*community, *year).has_value();
    planned.what = "survey of " + *community + " for " + std::to_string(yearInEra(*year, Era::Buddhist));
    planned.write = [&notebook, survey] { (void)notebook.plans().saveSurvey(survey); };
    return planned;
}

template <std::size_t N> const Column* columnFor(const std::string& header, const Column (&columns)[N])
{
    const std::string key = matchKey(header);
    for (const Column& column : columns) {
        if (matchKey(column.english) == key || matchKey(column.thai) == key || matchKey(column.key) == key) {
            return &column;
        }
    }
    return nullptr;
}

} // namespace

void setResponsible(Notebook& notebook, PlanItem& item, const std::string& typed)
{
    item.responsiblePersonId.reset();
    item.responsibleOrganisationId.reset();
    const std::string name = trimmed(typed);
    if (name.empty()) {
        return;
    }
    if (const auto people = notebook.people().findByName(name); !people.empty()) {
        item.responsiblePersonId = people.front().id;
    } else if (const auto organisations = notebook.organisations().find(name); !organisations.empty()) {
        item.responsibleOrganisationId = organisations.front().id;
    } else {
        item.responsiblePersonId = notebook.people().findOrAdd(name).id; // a new name joins the register
    }
}

std::string responsibleName(const Notebook& notebook, const PlanItem& item)
{
    if (item.responsiblePersonId) {
        return notebook.people().get(*item.responsiblePersonId).name;
    }
    if (item.responsibleOrganisationId) {
        return notebook.organisations().get(*item.responsibleOrganisationId).shortName();
    }
    return {};
}

std::string partnersText(const Notebook& notebook, const PlanItem& item)
{
    std::string text;
    for (const std::string& id : item.partnerIds) {
        text += (text.empty() ? "" : "; ") + notebook.organisations().get(id).shortName();
    }
    return text;
}

std::vector<std::string> partnersFrom(const Notebook& notebook, const std::string& text)
{
    std::vector<std::string> ids;
    for (const std::string& partner : splitList(text)) {
        const auto organisations = notebook.organisations().find(partner);
        if (organisations.empty()) {
            throw Error(ErrorCategory::NotFound, "there is no organisation \"%1\"", {partner});
        }
        ids.push_back(organisations.front().id);
    }
    return ids;
}

PlanImport importPlanCsv(Notebook& notebook, const std::string& data, bool dryRun)
{
    PlanImport result;
    if (!isValidUtf8(data)) {
        result.problems.push_back({0, {}, "the file is not UTF-8 text (save it as CSV UTF-8)"});
        return result;
    }
    CsvReader reader(data);
    std::vector<std::string> header;
    try {
        if (!reader.next(header)) {
            result.problems.push_back({0, {}, "the file is empty"});
            return result;
        }
    } catch (const Error& error) {
        result.problems.push_back({reader.line(), {}, error.what()});
        return result;
    }
    bool items = false;
    bool surveys = false;
    for (const std::string& cell : header) {
        items = items || columnFor(cell, kItemColumns) == &kItemColumns[3];         // title
        surveys = surveys || columnFor(cell, kSurveyColumns) == &kSurveyColumns[1]; // year
    }
    if (items == surveys) {
        result.problems.push_back(
            {1, {}, "the header names neither plan items (a title column) nor surveys (a year column)"});
        return result;
    }
    result.table = items ? PlanTable::Items : PlanTable::Surveys;
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const Column* column =
            items ? columnFor(header[i], kItemColumns) : columnFor(header[i], kSurveyColumns);
        if (column == nullptr && !trimmed(header[i]).empty()) {
            result.problems.push_back({1, header[i], "unknown column (see the README for the columns)"});
        }
        keys.emplace_back(column ? column->key : "");
    }
    std::vector<Planned> planned;
    std::set<std::string> newPlans;
    std::vector<std::string> fields;
    while (true) {
        try {
            if (!reader.next(fields)) {
                break;
            }
        } catch (const Error& error) {
            result.problems.push_back({reader.line(), {}, error.what()});
            break;
        }
        if (std::all_of(fields.begin(), fields.end(),
                        [](const std::string& f) { return trimmed(f).empty(); })) {
            continue; // spreadsheets leave empty lines at the end
        }
        ++result.rows;
        if (fields.size() > header.size()) {
            result.problems.push_back({reader.line(), {}, "more cells than the header has columns"});
            continue;
        }
        const Row row(fields, keys, header, reader.line(), result.problems);
        try {
            if (auto next = items ? planItemRow(notebook, row, newPlans) : surveyRow(notebook, row)) {
                planned.push_back(std::move(*next));
            }
        } catch (const Error& error) {
            result.problems.push_back({reader.line(), {}, error.what()});
        }
    }
    for (const Planned& p : planned) {
        result.preview.push_back("line " + std::to_string(p.line) + ": " + (p.update ? "update " : "add ") +
                                 p.what);
        ++(p.update ? result.updated : result.added);
    }
    if (!result.ok() || dryRun) {
        return result;
    }
    Transaction transaction(notebook.database());
    for (const Planned& p : planned) {
        try {
            p.write();
        } catch (const Error& error) {
            result.problems.push_back({p.line, {}, error.what()}); // rolled back with the rest
            return result;
        }
    }
    transaction.commit();
    return result;
}

std::string exportPlanCsv(const Notebook& notebook, const std::string& communityCode, PlanTable table,
                          Language language)
{
    const bool thai = language == Language::Thai;
    const auto year = [&](const std::optional<int>& y) {
        return y ? std::to_string(yearInEra(*y, thai ? Era::Buddhist : Era::Gregorian)) : std::string();
    };
    const auto money = [](const std::optional<Satang>& amount) {
        return amount ? plainMoney(*amount) : std::string();
    };
    const Place community = notebook.places().get(communityCode);
    std::string out = "\xEF\xBB\xBF";
    std::vector<std::string> header;
    if (table == PlanTable::Items) {
        for (const Column& column : kItemColumns) {
            header.emplace_back(thai ? column.thai : column.english);
        }
        out += csvRecord(header);
        for (const Plan& plan : notebook.plans().plans(community.code)) {
            const std::string period =
                plan.firstYear ? year(plan.firstYear) + "-" + year(plan.lastYear) : std::string();
            for (const PlanItem& item : notebook.plans().items(plan.id)) {
                const std::string responsible = responsibleName(notebook, item);
                const std::string partners = partnersText(notebook, item);
                out += csvRecord(
                    {community.code, plan.title, period, item.title, item.description,
                     item.themeId ? notebook.themes().get(*item.themeId).nameTh : std::string(),
                     thai ? thaiCategory(item.category) : std::string(itemCategoryName(item.category)),
                     responsible, partners, plainMoney(item.budgetOwn), plainMoney(item.budgetRequested),
                     plainMoney(item.budgetApproved), year(item.fiscalYear),
                     thai ? thaiStatus(item.status) : std::string(itemStatusName(item.status)),
                     std::to_string(item.progress), item.taoReference});
            }
        }
        return out;
    }
    for (const Column& column : kSurveyColumns) {
        header.emplace_back(thai ? column.thai : column.english);
    }
    out += csvRecord(header);
    for (const Survey& survey : notebook.plans().surveys(community.code)) {
        std::vector<std::string> row = {
            community.code,
            year(survey.year),
            survey.households ? std::to_string(*survey.households) : std::string(),
            survey.population ? std::to_string(*survey.population) : std::string(),
            money(survey.income),
            money(survey.expenses),
            money(survey.debt),
            money(survey.savings)};
        for (const Creditor creditor : kCreditors) {
            std::optional<Satang> owed;
            for (const auto& [c, amount] : survey.debtByCreditor) {
                if (c == creditor) {
                    owed = amount;
                }
            }
            row.push_back(money(owed));
        }
        std::string jobs;
        for (const auto& [occupation, households] : survey.occupations) {
            jobs += (jobs.empty() ? "" : "; ") + occupation + " " + std::to_string(households);
        }
        row.push_back(jobs);
        row.push_back(survey.notes);
        out += csvRecord(row);
    }
    return out;
}

} // namespace banthuek::core
