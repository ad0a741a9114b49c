// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace banthuek::ui {

class Session;

// File → Notebook properties: where the notebook is, how big, how many notes, which format,
// and an integrity check on demand (the same check as `banthuek check`).
class PropertiesDialog final : public QDialog
{
    Q_OBJECT

public:
    PropertiesDialog(Session& session, QWidget* parent = nullptr);

    // Runs the full check and shows its report; true when the notebook is sound.
    bool runCheck();

private:
    Session& m_session;
    QPlainTextEdit* m_report;
};

} // namespace banthuek::ui
