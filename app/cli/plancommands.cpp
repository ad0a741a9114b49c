// SPDX-License-Identifier: GPL-3.0-or-later
// plan, import-plan, export-plan: community master plans (แผนแม่บทชุมชน) for scripts and spreadsheets.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/error.h"
#include "core/formats/plancsv.h"
#include "core/notebook/notebook.h"
#include "ui/report/reportwriter.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>

namespace banthuek::app {
namespace {

using core::Error;
using core::ErrorCategory;

nlohmann::json baht(const std::optional<core::Satang>& amount)
{
    return amount ? nlohmann::json(static_cast<double>(*amount) / 100.0) : nlohmann::json();
}

nlohmann::json year(const std::optional<int>& gregorian)
{
    return gregorian ? nlohmann::json(*gregorian) : nlohmann::json();
}

std::string yearText(const std::optional<int>& gregorian)
{
    return gregorian ? std::to_string(core::yearInEra(*gregorian, core::Era::Buddhist)) : std::string("-");
}

nlohmann::json surveyJson(const core::Survey& survey)
{
    nlohmann::json debts = nlohmann::json::object();
    for (const auto& [creditor, amount] : survey.debtByCreditor) {
        debts[std::string(core::creditorName(creditor))] = baht(amount);
    }
    nlohmann::json jobs = nlohmann::json::array();
    for (const auto& [occupation, households] : survey.occupations) {
        jobs.push_back({{"occupation", occupation}, {"households", households}});
    }
    return {{"year", survey.year},
            {"households", survey.households ? nlohmann::json(*survey.households) : nlohmann::json()},
            {"population", survey.population ? nlohmann::json(*survey.population) : nlohmann::json()},
            {"income", baht(survey.income)},
            {"expenses", baht(survey.expenses)},
            {"debt", baht(survey.debt)},
            {"savings", baht(survey.savings)},
            {"debt_by_creditor", debts},
            {"occupations", jobs},
            {"notes", survey.notes}};
}

nlohmann::json itemJson(core::Notebook& notebook, const core::PlanItem& item)
{
    const std::string responsible = core::responsibleName(notebook, item);
    nlohmann::json partners = nlohmann::json::array();
    for (const std::string& id : item.partnerIds) {
        partners.push_back(notebook.organisations().get(id).shortName());
    }
    nlohmann::json notes = nlohmann::json::array();
    for (const std::string& id : item.noteIds) {
        notes.push_back(notebook.notes().get(id).record);
    }
    return {{"id", item.id},
            {"title", item.title},
            {"description", item.description},
            {"theme",
             item.themeId ? nlohmann::json(notebook.themes().get(*item.themeId).nameTh) : nlohmann::json()},
            {"category", std::string(core::itemCategoryName(item.category))},
            {"responsible", responsible},
            {"partners", partners},
            {"budget_own", baht(item.budgetOwn)},
            {"budget_requested", baht(item.budgetRequested)},
            {"budget_approved", baht(item.budgetApproved)},
            {"fiscal_year", year(item.fiscalYear)},
            {"status", std::string(core::itemStatusName(item.status))},
            {"progress", item.progress},
            {"tao_reference", item.taoReference},
            {"notes", notes}};
}

nlohmann::json totalsJson(const core::PlanTotals& totals)
{
    nlohmann::json byStatus = nlohmann::json::object();
    for (const core::ItemStatus status : core::kItemStatuses) {
        byStatus[std::string(core::itemStatusName(status))] = totals.byStatus[static_cast<int>(status)];
    }
    nlohmann::json byCategory = nlohmann::json::object();
    for (const core::ItemCategory category : core::kItemCategories) {
        const int at = static_cast<int>(category);
        byCategory[std::string(core::itemCategoryName(category))] = {
            {"items", totals.byCategory[at]}, {"budget", baht(totals.budgetByCategory[at])}};
    }
    return {{"items", totals.items},
            {"by_status", byStatus},
            {"by_category", byCategory},
            {"budget_approved", baht(totals.approved)}};
}

void printPlanText(core::Notebook& notebook, const core::Place& community)
{
    std::cout << community.nameTh << " (" << community.code << ")\n";
    const auto surveys = notebook.plans().surveys(community.code);
    for (std::size_t i = 0; i < surveys.size(); ++i) {
        const core::Survey& s = surveys[i];
        std::cout << "survey " << core::yearInEra(s.year, core::Era::Buddhist) << ": households "
                  << (s.households ? std::to_string(*s.households) : "-") << ", income "
                  << (s.income ? core::formatBaht(*s.income) : "-") << ", debt "
                  << (s.debt ? core::formatBaht(*s.debt) : "-");
        if (i > 0 && s.debt && surveys[i - 1].debt) {
            const core::Satang change = *s.debt - *surveys[i - 1].debt;
            std::cout << " (" << (change >= 0 ? "+" : "-") << core::formatBaht(change >= 0 ? change : -change)
                      << ")";
        }
        std::cout << '\n';
    }
    for (const core::Plan& plan : notebook.plans().plans(community.code)) {
        std::cout << "\n"
                  << plan.title << "  " << yearText(plan.firstYear) << "-" << yearText(plan.lastYear) << "  "
                  << core::planStatusName(plan.status) << '\n';
        for (const core::Problem& problem : notebook.plans().problems(plan.id)) {
            std::cout << "  problem " << problem.rank << ": " << problem.text << '\n';
        }
        const auto items = notebook.plans().items(plan.id);
        for (const core::PlanItem& item : items) {
            std::cout << "  " << core::itemStatusName(item.status) << '\t'
                      << core::itemCategoryName(item.category) << '\t' << item.progress << "%\t"
                      << core::formatBaht(item.budgetOwn + item.budgetRequested) << '\t' << item.title
                      << '\n';
        }
        const core::PlanTotals totals = core::totalsOf(items);
        std::cout << "  " << totals.items << " items;";
        for (const core::ItemCategory category : core::kItemCategories) {
            std::cout << ' ' << core::itemCategoryName(category) << ' '
                      << totals.byCategory[static_cast<int>(category)] << " ("
                      << core::formatBaht(totals.budgetByCategory[static_cast<int>(category)]) << " baht)";
        }
        std::cout << '\n';
    }
}

void printSearch(core::Notebook& notebook, const std::string& query, bool json)
{
    nlohmann::json array = nlohmann::json::array();
    for (const core::PlanItem& item : notebook.plans().search(query)) {
        const core::Plan plan = notebook.plans().plan(item.planId);
        if (json) {
            nlohmann::json row = itemJson(notebook, item);
            row["community"] = plan.communityCode;
            row["community_name"] = notebook.places().get(plan.communityCode).nameTh;
            row["plan"] = plan.title;
            array.push_back(row);
        } else {
            std::cout << plan.communityCode << '\t' << plan.title << '\t' << core::itemStatusName(item.status)
                      << '\t' << item.title << '\n';
        }
    }
    if (json) {
        std::cout << array.dump(2) << '\n';
    }
}

void addPlan(CLI::App& cli)
{
    auto* command =
        cli.add_subcommand("plan", "A community's master plan: surveys, plans, problems and items");
    struct Options
    {
        std::string path, community, search;
        bool json = false;
    };
    auto options = std::make_shared<Options>();
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option("--community", options->community, "The village's or subdistrict's code");
    command->add_option(
        "--search", options->search,
        "Instead: the plan items of every community whose title or description holds these words");
    command->add_flag("--json", options->json, "Print JSON");
    command->callback([options] {
        const auto notebook = core::Notebook::open(options->path, core::Notebook::Access::ReadOnly);
        if (!options->search.empty()) {
            printSearch(*notebook, options->search, options->json);
            return;
        }
        if (options->community.empty()) {
            throw Error(ErrorCategory::InvalidInput, "Give --community CODE, or --search WORDS.");
        }
        const core::Place community = notebook->places().get(options->community);
        if (!options->json) {
            printPlanText(*notebook, community);
            return;
        }
        nlohmann::json surveys = nlohmann::json::array();
        for (const core::Survey& survey : notebook->plans().surveys(community.code)) {
            surveys.push_back(surveyJson(survey));
        }
        nlohmann::json plans = nlohmann::json::array();
        for (const core::Plan& plan : notebook->plans().plans(community.code)) {
            nlohmann::json problems = nlohmann::json::array();
            for (const core::Problem& problem : notebook->plans().problems(plan.id)) {
                problems.push_back({{"rank", problem.rank}, {"text", problem.text}});
            }
            nlohmann::json items = nlohmann::json::array();
            const auto planItems = notebook->plans().items(plan.id);
            for (const core::PlanItem& item : planItems) {
                items.push_back(itemJson(*notebook, item));
            }
            plans.push_back(
                {{"id", plan.id},
                 {"title", plan.title},
                 {"first_year", year(plan.firstYear)},
                 {"last_year", year(plan.lastYear)},
                 {"approved_on", plan.approvedOn ? nlohmann::json(plan.approvedOn->iso()) : nlohmann::json()},
                 {"forum", plan.forum},
                 {"status", std::string(core::planStatusName(plan.status))},
                 {"problems", problems},
                 {"items", items},
                 {"totals", totalsJson(core::totalsOf(planItems))}});
        }
        std::cout << nlohmann::json{{"community",
                                     {{"code", community.code},
                                      {"name_th", community.nameTh},
                                      {"name_en", community.nameEn}}},
                                    {"surveys", surveys},
                                    {"plans", plans}}
                         .dump(2)
                  << '\n';
    });
}

void addImportPlan(CLI::App& cli, int& exitCode)
{
    auto* command = cli.add_subcommand(
        "import-plan", "Add or update plan items or household surveys from CSV, all or nothing");
    struct Options
    {
        std::string path, file;
        bool dryRun = false;
    };
    auto options = std::make_shared<Options>();
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option("FILE", options->file, "CSV file (UTF-8, Thai or English headers)")->required();
    command->add_flag("--dry-run", options->dryRun,
                      "Check the file and show what would change; write nothing");
    command->callback([options, &exitCode] {
        const std::string data = readFile(options->file);
        const auto notebook = core::Notebook::open(options->path);
        const core::PlanImport result = core::importPlanCsv(*notebook, data, options->dryRun);
        if (!result.ok()) {
            for (const core::CsvProblem& problem : result.problems) {
                std::cerr << options->file << ":" << problem.line << ": "
                          << (problem.column.empty() ? std::string() : "column \"" + problem.column + "\": ")
                          << problem.reason << '\n';
            }
            std::cerr << "Nothing was imported: " << result.problems.size() << " problem(s) in "
                      << options->file << ".\n";
            exitCode = 3;
            return;
        }
        for (const std::string& line : result.preview) {
            std::cout << line << '\n';
        }
        std::cout << (options->dryRun ? "Would add " : "Added ") << result.added << ", "
                  << (options->dryRun ? "update " : "updated ") << result.updated
                  << (result.table == core::PlanTable::Items ? " plan items" : " surveys") << ".\n";
    });
}

void addExportPlan(CLI::App& cli)
{
    auto* command = cli.add_subcommand(
        "export-plan", "Write a community's plan items (or surveys) as CSV that imports back");
    struct Options
    {
        std::string path, community, output, table = "items", language = "th";
    };
    auto options = std::make_shared<Options>();
    command->add_option("PATH", options->path, "Notebook file")->required();
    command->add_option("--community", options->community, "The village's or subdistrict's code")->required();
    command->add_option("-o,--output", options->output, "CSV file to write")->required();
    command->add_option("--table", options->table, "items (default) or surveys");
    command->add_option("--lang", options->language, "Column headers and words: th (default) or en");
    command->callback([options] {
        if (options->table != "items" && options->table != "surveys") {
            throw Error(ErrorCategory::InvalidInput, "Unknown table \"%1\"; use items or surveys.",
                        {options->table});
        }
        if (options->language != "th" && options->language != "en") {
            throw Error(ErrorCategory::InvalidInput, "Unknown language \"%1\"; use th or en.",
                        {options->language});
        }
        const auto notebook = core::Notebook::open(options->path, core::Notebook::Access::ReadOnly);
        const std::string csv =
            core::exportPlanCsv(*notebook, options->community,
                                options->table == "items" ? core::PlanTable::Items : core::PlanTable::Surveys,
                                options->language == "th" ? core::Language::Thai : core::Language::English);
        ui::writeTextFile(csv, QString::fromStdString(options->output));
        std::cout << "Wrote " << options->output << '\n';
    });
}

} // namespace

void addPlanCommands(CLI::App& cli, int& exitCode)
{
    addPlan(cli);
    addImportPlan(cli, exitCode);
    addExportPlan(cli);
}

} // namespace banthuek::app
