// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace banthuek::ui {

// Above a note that could not be saved (a full disk, a memory card pulled out): says why, that
// the text is kept in the window and tried again, and offers to try now or to write the text
// to a file somewhere else.
class SaveFailedBanner final : public QWidget
{
    Q_OBJECT

public:
    explicit SaveFailedBanner(QWidget* parent = nullptr);

    void showReason(const QString& reason);

signals:
    void retry();
    void saveText();

private:
    QLabel* m_label;
};

} // namespace banthuek::ui
