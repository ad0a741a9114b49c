// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <string>
#include <vector>

class QApplication;

namespace banthuek::core {
class Notebook;
}

namespace banthuek::ui {

// Runs the window on a notebook (empty path: the last notebook, or the default one, created
// with an offer of demo content on first start) and returns the application's exit code.
// `files` are what a desktop passes on a double-click: a notebook to open instead, and team
// bundles to import into the notebook once its window shows.
int runGui(int& argc, char** argv, const std::string& notebookPath,
           const std::vector<std::string>& files = {});

// Opens a notebook for the window: for writing, or read-only when it cannot be written (on
// read-only media, or marked read-only), so it can still be read, searched and copied.
[[nodiscard]] std::unique_ptr<core::Notebook> openNotebookForWindow(const std::string& path);

// Registers the embedded resources (the icon, the gazetteer's licences for About).
void loadResources();

// Loads the Thai or English interface (per Preferences) into a running application.
void installTranslations(QApplication& app);

// Remembers a notebook as the last one opened and at the top of File → Open recent.
void rememberNotebook(const QString& path);

} // namespace banthuek::ui
