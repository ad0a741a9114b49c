// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QListWidget;
class QLabel;

namespace banthuek::core {
class Notebook;
}

namespace banthuek::ui {

// The notebook window. In this first version it shows the notebook's recent notes; the
// three-pane editor arrives with "Foundation 2/2".
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(core::Notebook& notebook, QWidget* parent = nullptr);

    void reload();

private:
    void buildMenus();

    core::Notebook& m_notebook;
    QLabel* m_summary = nullptr;
    QListWidget* m_notes = nullptr;
};

} // namespace banthuek::ui
