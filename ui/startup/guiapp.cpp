// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/startup/guiapp.h"

#include "core/demo/demonotebook.h"
#include "core/edits/edits.h"
#include "core/error.h"
#include "core/exchange/bundlefile.h"
#include "core/notebook/notebook.h"
#include "core/storage/notebookfile.h"
#include "ui/exchange/identitydialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/preferences/preferences.h"
#include "ui/session/errortext.h"
#include "ui/session/session.h"
#include "ui/widgets/confirm.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <memory>

// resources.qrc is compiled into the static ui library; nothing references its object file, so
// the linker leaves it out unless it is registered by name (outside any namespace).
static void registerResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace banthuek::ui {

std::unique_ptr<core::Notebook> openNotebookForWindow(const std::string& path)
{
    try {
        return core::Notebook::open(path);
    } catch (const core::Error& error) {
        if (error.category() != core::ErrorCategory::ReadOnly) {
            throw;
        }
        return core::Notebook::open(path, core::Notebook::Access::ReadOnly);
    }
}

void loadResources()
{
    registerResources();
}
namespace {

constexpr int kRecentNotebooks = 8;

// Who writes: asked once for the user, then every notebook opened for writing knows it.
void settleWriter(core::Notebook& notebook)
{
    Preferences preferences = Preferences::load();
    (void)settleIdentity(notebook, preferences,
                         [] { return answeringAutomatically() ? std::nullopt : askIdentity(nullptr); });
}

// Owns the open notebook and its window; replaces both when the user opens another notebook
// (one notebook per window, and a notebook is locked while open).
class NotebookWindows final
{
public:
    bool open(const QString& path, bool create)
    {
        std::unique_ptr<core::Notebook> notebook;
        try {
            notebook = create ? core::Notebook::create(path.toStdString())
                              : openNotebookForWindow(path.toStdString());
        } catch (const core::Error& error) {
            QMessageBox::critical(m_window,
                                  QApplication::translate("banthuek::ui::Gui", "Cannot open the notebook"),
                                  userMessage(error));
            return false;
        }
        settleWriter(*notebook);
        show(std::move(notebook));
        return true;
    }

    void show(std::unique_ptr<core::Notebook> notebook)
    {
        if (m_window) {
            m_window->close(); // saves the open note first
            delete m_window;
        }
        m_session.reset(); // releases the previous notebook's lock
        m_session = std::make_unique<Session>(std::move(notebook));
        rememberNotebook(m_session->path());
        m_window =
            new MainWindow(*m_session, [this](const QString& path, bool create) { open(path, create); });
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
        m_window->show();
    }

    ~NotebookWindows() { delete m_window; }

    [[nodiscard]] MainWindow* window() const { return m_window; }

private:
    std::unique_ptr<Session> m_session;
    QPointer<MainWindow> m_window;
};

// First start: a new notebook in the default place, with the demo team's notebook on offer.
std::unique_ptr<core::Notebook> firstStart(const std::string& path)
{
    auto notebook = core::Notebook::openOrCreate(path);
    if (notebook->notes().count() == 0 &&
        confirm(nullptr, QApplication::translate("banthuek::ui::Gui", "Welcome to Banthuek"),
                QApplication::translate(
                    "banthuek::ui::Gui",
                    "Your notebook is ready at %1.\n\nFill it with a demo team's notebook (field "
                    "notes, minutes and comments from Nakhon Si Thammarat) to see how Banthuek "
                    "works? You can move the demo notes to the Trash at any time.")
                    .arg(QString::fromStdString(path)),
                true)) {
        core::addDemoContent(*notebook);
    }
    settleWriter(*notebook);
    return notebook;
}

QString startingNotebook(const std::string& requested, bool& isDefault)
{
    isDefault = false;
    if (!requested.empty()) {
        return QString::fromStdString(requested);
    }
    const QString last = QSettings().value(QStringLiteral("lastNotebook")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        return last;
    }
    isDefault = true;
    return QString::fromStdString(core::defaultNotebookPath());
}

// Splits what a desktop passed: team bundles by their first bytes, anything else a notebook.
void sortFiles(const std::vector<std::string>& files, QString& notebook, QStringList& bundles)
{
    for (const std::string& file : files) {
        if (core::isBundleFile(file)) {
            bundles.append(QString::fromStdString(file));
        } else if (notebook.isEmpty()) {
            notebook = QString::fromStdString(file);
        }
    }
}

} // namespace

void installTranslations(QApplication& app)
{
    const Preferences preferences = Preferences::load();
    const QLocale locale = preferences.effectiveLanguage() == QLocale::Thai
                               ? QLocale(QLocale::Thai, QLocale::Thailand)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    for (QTranslator* old : app.findChildren<QTranslator*>()) {
        QApplication::removeTranslator(old);
        delete old;
    }
    if (locale.language() != QLocale::Thai) {
        return; // English is the source language
    }
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("banthuek"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(own);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
}

void rememberNotebook(const QString& path)
{
    QSettings settings;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    settings.setValue(QStringLiteral("lastNotebook"), absolute);
    QStringList recent = settings.value(QStringLiteral("recentNotebooks")).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("recentNotebooks"), recent.mid(0, kRecentNotebooks));
}

int runGui(int& argc, char** argv, const std::string& notebookPath, const std::vector<std::string>& files)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Banthuek"));
    QApplication::setOrganizationName(QStringLiteral("Banthuek"));
    QApplication::setApplicationVersion(QStringLiteral(BANTHUEK_VERSION));
    // The desktop entry's name ties the window to the menu entry and its icon on the taskbar.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.banthuek.Banthuek"));
    loadResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/banthuek.svg")));
    installTranslations(app);

    QString namedNotebook;
    QStringList bundles;
    sortFiles(files, namedNotebook, bundles);
    bool isDefault = false;
    const QString path =
        startingNotebook(namedNotebook.isEmpty() ? notebookPath : namedNotebook.toStdString(), isDefault);
    NotebookWindows windows;
    try {
        if (isDefault) {
            windows.show(firstStart(path.toStdString()));
        } else if (!windows.open(path, false)) {
            return 3;
        }
    } catch (const core::Error& error) {
        QMessageBox::critical(nullptr,
                              QApplication::translate("banthuek::ui::Gui", "Cannot open the notebook"),
                              userMessage(error));
        return 3;
    }
    if (!bundles.isEmpty() && windows.window()) {
        QTimer::singleShot(0, windows.window(),
                           [&windows, bundles] { windows.window()->importBundles(bundles); });
    }
    return QApplication::exec();
}

} // namespace banthuek::ui
