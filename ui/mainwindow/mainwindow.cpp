// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include "core/notebook.h"
#include "core/text/dates.h"
#include "ui/about/aboutdialog.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QVBoxLayout>

namespace banthuek::ui {
namespace {

constexpr int kRecentNotes = 200;

core::DateStyle dateStyleForLocale()
{
    core::DateStyle style;
    if (QLocale().language() != QLocale::Thai) {
        style.language = core::Language::English;
        style.era = core::Era::Gregorian;
    }
    return style;
}

} // namespace

MainWindow::MainWindow(core::Notebook& notebook, QWidget* parent) : QMainWindow(parent), m_notebook(notebook)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_summary = new QLabel(central);
    m_summary->setObjectName(QStringLiteral("notebookSummary"));
    m_summary->setWordWrap(true);
    m_notes = new QListWidget(central);
    m_notes->setObjectName(QStringLiteral("recentNotes"));
    layout->addWidget(m_summary);
    layout->addWidget(m_notes);
    setCentralWidget(central);
    buildMenus();
    resize(960, 640);
    reload();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Banthuek"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
}

void MainWindow::reload()
{
    const QString path = QString::fromStdString(m_notebook.path());
    setWindowTitle(tr("%1 — Banthuek").arg(QFileInfo(path).completeBaseName()));
    core::NoteFilter recent;
    recent.limit = kRecentNotes;
    const auto notes = m_notebook.notes().list(recent);
    m_summary->setText(tr("Notebook %1: %n note(s).", nullptr, static_cast<int>(m_notebook.notes().count()))
                           .arg(path));
    m_notes->clear();
    const core::DateStyle style = dateStyleForLocale();
    for (const core::NoteSummary& note : notes) {
        const QString date = note.eventDate ? QString::fromStdString(core::formatDate(*note.eventDate, style))
                                            : tr("no date");
        m_notes->addItem(tr("%1 · %2 · #%3")
                             .arg(QString::fromStdString(note.title), date, QString::number(note.record)));
    }
}

} // namespace banthuek::ui
