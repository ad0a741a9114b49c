// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notebook/notebook.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace banthuek::ui {

class BackgroundReader;
class Session;

// File → Notebook properties: where the notebook is, how big, how many notes, which format,
// and an integrity check on demand (the same check as `banthuek check`).
class PropertiesDialog final : public QDialog
{
    Q_OBJECT

public:
    PropertiesDialog(Session& session, QWidget* parent = nullptr);

    // Starts the full check off the GUI thread (the file is read whole: seconds at 100,000
    // notes); the report shows when it is done, and checked(sound) is emitted.
    void runCheck();

signals:
    void checked(bool sound);

private:
    void showReport(const core::CheckReport& report);

    Session& m_session;
    QPlainTextEdit* m_report;
    QPushButton* m_check;
    BackgroundReader* m_reader;
};

} // namespace banthuek::ui
