// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/manpage.h"

#include <CLI/CLI.hpp>

#include <sstream>

namespace banthuek::app {
namespace {

// Text for a no-fill block: backslashes and minus signs escaped, and a line that would start
// with a control character ('.' or ''') guarded, so help text is shown exactly as typed.
std::string verbatim(const std::string& text)
{
    std::string out;
    bool lineStart = true;
    for (const char c : text) {
        if (lineStart && (c == '.' || c == '\'')) {
            out += "\\&";
        }
        if (c == '\\') {
            out += "\\e";
        } else if (c == '-') {
            out += "\\-";
        } else {
            out += c;
        }
        lineStart = c == '\n';
    }
    if (!out.empty() && out.back() != '\n') {
        out += '\n';
    }
    return out;
}

void block(std::ostringstream& page, const std::string& text)
{
    page << ".nf\n" << verbatim(text) << ".fi\n";
}

} // namespace

std::string manualPage(const CLI::App& cli, const std::string& version)
{
    std::ostringstream page;
    page << ".TH BANTHUEK 1 \"\" \"banthuek " << version << "\" \"User Commands\"\n"
         << ".SH NAME\n"
         << "banthuek \\- offline notebook for Thai community\\-development teams\n"
         << ".SH SYNOPSIS\n"
         << ".B banthuek\n[\\fIFILE\\fR...]\n.br\n"
         << ".B banthuek\n\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]\n"
         << ".SH DESCRIPTION\n";
    block(page, cli.help());
    page << ".SH COMMANDS\n"
         << "Each command's text is what \\fBbanthuek \\fICOMMAND\\fB \\-\\-help\\fR prints.\n";
    for (const CLI::App* command : cli.get_subcommands([](const CLI::App*) { return true; })) {
        page << ".SS " << verbatim(command->get_name());
        block(page, command->help(cli.get_name()));
    }
    page << ".SH ENVIRONMENT\n"
         << ".TP\n.B LANGUAGE\\fR, \\fBLANG\n"
         << "Messages are in Thai when the language is Thai (th), in English otherwise.\n"
         << ".TP\n.B XDG_DATA_HOME\n"
         << "The default notebook is \\fI$XDG_DATA_HOME/banthuek/\\fR "
            "(\\fI~/.local/share/banthuek/\\fR when it is not set).\n"
         << ".SH FILES\n"
         << ".TP\n.I *.banthuek\nA notebook: one SQLite file holding notes, comments, minutes, plans, "
            "photos and files.\n"
         << ".TP\n.I *.banthuek\\-bundle\nA team exchange bundle (encrypted); opening one in the window "
            "imports it into the last notebook.\n"
         << ".SH EXIT STATUS\n"
         << "0 success, 1 \\fBcheck\\fR found problems, 2 usage error, 3 the command failed.\n";
    return page.str();
}

} // namespace banthuek::app
