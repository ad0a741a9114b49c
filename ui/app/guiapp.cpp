// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/guiapp.h"

#include "core/error.h"
#include "core/notebook.h"
#include "core/storage/notebookfile.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace banthuek::ui {
namespace {

void installTranslations(QApplication& app)
{
    auto* own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("banthuek"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(own);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
}

} // namespace

int runGui(int& argc, char** argv, const std::string& notebookPath)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Banthuek"));
    QApplication::setOrganizationName(QStringLiteral("Banthuek"));
    QApplication::setApplicationVersion(QStringLiteral(BANTHUEK_VERSION));
    installTranslations(app);

    const std::string path = notebookPath.empty() ? core::defaultNotebookPath() : notebookPath;
    std::unique_ptr<core::Notebook> notebook;
    try {
        notebook = notebookPath.empty() ? core::Notebook::openOrCreate(path) : core::Notebook::open(path);
    } catch (const core::Error& error) {
        QMessageBox::critical(nullptr, QApplication::translate("banthuek::ui::Gui", "Cannot open the notebook"),
                              QString::fromStdString(error.what()));
        return 3;
    }
    MainWindow window(*notebook);
    window.show();
    return QApplication::exec();
}

} // namespace banthuek::ui
