// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace banthuek::ui {

// About Banthuek: version, and the sources and licences of the shipped gazetteer data.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace banthuek::ui
