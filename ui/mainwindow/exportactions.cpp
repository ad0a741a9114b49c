// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: writing what a note holds to files for the office (minutes as PDF or ODT).
#include "core/notebook/notebook.h"
#include "core/summary/minutesreport.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/notes/noteeditor.h"
#include "ui/report/printing.h"
#include "ui/report/reportwriter.h"
#include "ui/session/errortext.h"
#include "ui/session/session.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QStatusBar>

namespace banthuek::ui {

void MainWindow::exportMinutes()
{
    m_editor->saveNow();
    const QString id = m_editor->noteId();
    const auto note =
        id.isEmpty() ? std::nullopt
                     : m_session.read([&] { return m_session.notebook().notes().get(id.toStdString()); });
    if (!note || note->content.kind != core::NoteKind::Minutes) {
        statusBar()->showMessage(tr("Open a meeting's minutes first: they are what is exported."), 8000);
        return;
    }
    QString filter = tr("PDF (*.pdf)");
    const QString suggested =
        QString::fromStdString(note->content.title).replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export minutes"), suggested + QStringLiteral(".pdf"),
        tr("PDF (*.pdf)") + QStringLiteral(";;") + tr("OpenDocument Text (*.odt)"), &filter);
    if (!path.isEmpty()) {
        exportMinutesTo(path);
    }
}

// Reports are written in the interface's language, with the era and digits of Preferences.
core::DateStyle MainWindow::reportStyle() const
{
    core::DateStyle style;
    style.language =
        m_preferences.effectiveLanguage() == QLocale::Thai ? core::Language::Thai : core::Language::English;
    style.era = m_preferences.era;
    style.digits = m_preferences.digits;
    return style;
}

void MainWindow::printCurrent()
{
    m_editor->saveNow();
    const std::string id = m_editor->noteId().toStdString();
    const auto note =
        id.empty() ? std::nullopt : m_session.read([&] { return m_session.notebook().notes().get(id); });
    if (!note) {
        statusBar()->showMessage(tr("Open a note first: it is what is printed."), 8000);
        return;
    }
    previewAndPrint(this, QString::fromStdString(note->content.title),
                    [this](QPrinter& printer) { return printCurrentTo(printer); });
}

bool MainWindow::printCurrentTo(QPrinter& printer)
{
    const std::string id = m_editor->noteId().toStdString();
    const auto note = m_session.read([&] { return m_session.notebook().notes().get(id); });
    if (!note) {
        return false;
    }
    if (note->content.kind == core::NoteKind::Minutes) { // minutes print as they export
        const auto report =
            m_session.read([&] { return core::minutesReport(m_session.notebook(), id, reportStyle()); });
        return report && printReport(*report, printer);
    }
    return printNote(QString::fromStdString(note->content.title), m_editor->detailsSummary(),
                     QString::fromStdString(note->content.body), printer);
}

bool MainWindow::exportMinutesTo(const QString& path)
{
    const std::string id = m_editor->noteId().toStdString();
    const auto report =
        m_session.read([&] { return core::minutesReport(m_session.notebook(), id, reportStyle()); });
    if (!report) {
        return false;
    }
    const bool odt = path.endsWith(QStringLiteral(".odt"), Qt::CaseInsensitive);
    try {
        odt ? writeReportOdt(*report, path) : writeReportPdf(*report, path);
    } catch (const core::Error& error) {
        QMessageBox::warning(this, tr("Export minutes"), userMessage(error));
        return false;
    }
    statusBar()->showMessage(tr("Minutes exported to %1").arg(path), 8000);
    return true;
}

} // namespace banthuek::ui
