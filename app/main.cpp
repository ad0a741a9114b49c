// SPDX-License-Identifier: GPL-3.0-or-later
// banthuek: the window by default, or a command-line subcommand (see `banthuek --help`).
#include "app/cli/cli.h"
#include "ui/startup/guiapp.h"

int main(int argc, char** argv)
{
    return banthuek::app::runCommandLine(
        argc, argv, [argc, argv](const banthuek::app::GuiRequest& request) mutable {
            return banthuek::ui::runGui(argc, argv, request.notebookPath, request.files);
        });
}
