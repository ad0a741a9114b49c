// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/report.h"
#include "core/summary/summary.h"
#include "ui/summary/summaryexport.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QPrinter;
class QLabel;
class QSpinBox;
class QTextBrowser;
class QTextDocument;
class QTimer;

namespace banthuek::ui {

class BackgroundTask;
class ChipsField;
class Preferences;
class Session;

// The team lead's summary: period (month, quarter, fiscal quarter or fiscal year, last month
// at first), places, themes and authors, report language, era, digits and format, with the
// report previewed as it will print. Export writes the file. The choices are remembered.
class SummaryDialog final : public QDialog
{
    Q_OBJECT

public:
    SummaryDialog(Session& session, const Preferences& preferences, QWidget* parent = nullptr);
    ~SummaryDialog() override;

    [[nodiscard]] core::Period period() const;
    // Shows the period's summary at once (computed on the GUI thread).
    void setPeriod(const core::Period& period);
    // Chooses the period as a user does: the preview follows, computed off the GUI thread, and
    // previewShown() is emitted when it is on screen.
    void choosePeriod(const core::Period& period);
    [[nodiscard]] core::SummaryFilter filter() const;
    [[nodiscard]] core::DateStyle style() const;
    [[nodiscard]] SummaryFormat format() const;
    void setFormat(SummaryFormat format);
    [[nodiscard]] ChipsField* placesField() const { return m_places; }
    [[nodiscard]] ChipsField* themesField() const { return m_themes; }
    [[nodiscard]] ChipsField* authorsField() const { return m_authors; }
    [[nodiscard]] QComboBox* languageBox() const { return m_language; }
    [[nodiscard]] QTextBrowser* preview() const { return m_preview; }
    // The content of the last preview (recomputed at once when a change is waiting).
    [[nodiscard]] const core::Summary& summary();
    // Writes the summary to `path` in the chosen format; on failure says why and returns false.
    bool exportTo(const QString& path);
    // The summary on a printer, as the PDF lays it out (Print… opens a preview of it).
    bool printTo(QPrinter& printer);

signals:
    void previewShown();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showPeriod(const core::Period& period); // without recomputing
    void kindChanged();
    void schedule();
    // Computes the summary for the choices now, on the GUI thread (an export or a test needs
    // it at once), and shows it.
    void refresh();
    // The preview as the choices change: computed off the GUI thread, shown when it is ready
    // unless the choices changed again meanwhile.
    void refreshInBackground();
    // The summary and its report (made with the style chosen when it was computed).
    void showSummary(core::Summary summary, std::unique_ptr<QTextDocument> document,
                     const core::Period& chosen);
    void chooseFile();
    void remember() const;
    void restore();

    Session& m_session;
    const Preferences& m_preferences;
    QComboBox* m_kind;
    QSpinBox* m_year;
    QComboBox* m_part; // the month or the quarter
    ChipsField* m_places;
    ChipsField* m_themes;
    ChipsField* m_authors;
    QComboBox* m_language;
    QComboBox* m_era;
    QComboBox* m_digits;
    QComboBox* m_format;
    QLabel* m_status;
    QTextBrowser* m_preview;
    QTimer* m_refresh;
    core::Summary m_summary;
    std::unique_ptr<QTextDocument> m_document; // the preview's, laid out as the PDF is
    BackgroundTask* m_reader;
    bool m_stale = true;
};

} // namespace banthuek::ui
