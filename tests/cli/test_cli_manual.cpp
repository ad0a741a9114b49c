// SPDX-License-Identifier: GPL-3.0-or-later
// `banthuek --help`, each subcommand's help, and the manual page built from them.
#include "tests/cli/runbanthuek.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

using banthuek::test::run;

namespace {

// The subcommand names --help lists under "Subcommands:".
std::vector<std::string> subcommands(const std::string& help)
{
    std::vector<std::string> names;
    std::istringstream lines(help);
    std::string line;
    bool inList = false;
    while (std::getline(lines, line)) {
        if (line.rfind("Subcommands:", 0) == 0) {
            inList = true;
        } else if (inList && line.rfind("  ", 0) == 0 && line.size() > 2 && line[2] != ' ') {
            names.push_back(line.substr(2, line.find(' ', 2) - 2));
        } else if (inList && !line.empty() && line[0] != ' ') {
            inList = false;
        }
    }
    return names;
}

// The manual's text as its no-fill blocks read once roff has undone its escapes.
std::string unescaped(const std::string& roff)
{
    std::string text;
    for (std::size_t i = 0; i < roff.size(); ++i) {
        if (roff[i] == '\\' && i + 1 < roff.size()) {
            const char next = roff[i + 1];
            if (next == '-') {
                text += '-';
            } else if (next == 'e') {
                text += '\\';
            } // "\&" stands for nothing
            if (next == '-' || next == 'e' || next == '&') {
                ++i;
                continue;
            }
        }
        text += roff[i];
    }
    return text;
}

} // namespace

TEST_CASE("Every subcommand's help lists its options and an example, and the manual holds each word for word",
          "[cli]")
{
    const auto help = run({"--help"});
    REQUIRE(help.exitCode == 0);
    const std::vector<std::string> names = subcommands(help.out);
    REQUIRE(names.size() >= 35);
    CHECK(std::find(names.begin(), names.end(), "publish") != names.end());

    const auto manual = run({"--manual-page"});
    REQUIRE(manual.exitCode == 0);
    CHECK_THAT(manual.out, Catch::StartsWith(".TH BANTHUEK 1"));
    const std::string manualText = unescaped(manual.out);
    CHECK_THAT(manualText, Catch::Contains(help.out));

    for (const std::string& name : names) {
        INFO(name);
        const auto commandHelp = run({name, "--help"});
        CHECK(commandHelp.exitCode == 0);
        CHECK_THAT(commandHelp.out, Catch::Contains("\nUsage: banthuek " + name + " "));
        CHECK_THAT(commandHelp.out, Catch::Contains("Options:"));
        CHECK_THAT(commandHelp.out, Catch::Contains("Example: ") || Catch::Contains("Examples:"));
        CHECK_THAT(manualText, Catch::Contains(".SS " + name + "\n.nf\n" + commandHelp.out));
    }
}

TEST_CASE("A file named on the command line must exist, a subcommand's name is still a subcommand", "[cli]")
{
    const auto missing = run({"no-such-notebook.banthuek"});
    CHECK(missing.exitCode == 2);
    CHECK_THAT(missing.err, Catch::Contains("no-such-notebook.banthuek"));
    const auto version = run({"new", "--help"});
    CHECK(version.exitCode == 0);
    CHECK_THAT(version.out, Catch::Contains("--demo"));
}
