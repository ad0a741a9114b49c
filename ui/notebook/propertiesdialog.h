// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notebook/notebook.h"

#include <QDialog>

class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace banthuek::ui {

class BackgroundTask;
class Session;

// File → Notebook properties: where the notebook is, how big, how many notes, which format,
// an integrity check on demand (the same check as `banthuek check`) and a rebuild of what is
// derived from the notes (as `banthuek reindex`), both off the GUI thread.
class PropertiesDialog final : public QDialog
{
    Q_OBJECT

public:
    PropertiesDialog(Session& session, QWidget* parent = nullptr);

    // Starts the full check off the GUI thread (the file is read whole: seconds at 100,000
    // notes); the report shows when it is done, and checked(sound) is emitted.
    void runCheck();
    // Starts rebuilding the search indexes and the counts by place and theme on the notebook's
    // second connection; the window answers meanwhile, and writes wait (Session::holdWrites).
    // rebuilt(ok) is emitted when it ends; pressing the button again, or closing, stops it.
    void runRebuild();
    [[nodiscard]] bool rebuilding() const { return m_rebuilding; }

signals:
    void checked(bool sound);
    void rebuilt(bool ok);

protected:
    void done(int result) override;

private:
    void showReport(const core::CheckReport& report);
    void endRebuild(const QString& outcome, bool ok, bool changed);
    void setBusy(bool busy);

    Session& m_session;
    QPlainTextEdit* m_report;
    QProgressBar* m_progress;
    QPushButton* m_check;
    QPushButton* m_rebuild;
    BackgroundTask* m_task;
    bool m_rebuilding = false;
};

} // namespace banthuek::ui
