// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/gotoknowimport.h"
#include "ui/imports/importdialog.h"

#include <QStringList>

#include <optional>

namespace banthuek::ui {

// File → Import → GotoKnow posts: the chosen files read first (nothing written), each shown as
// the post it is (number, title, comments, new or an update) or why it is not one.
class GotoKnowDialog final : public ImportDialog
{
    Q_OBJECT

public:
    GotoKnowDialog(Session& session, const QStringList& paths, QWidget* parent = nullptr);

    // What the import wrote, after the dialog was accepted.
    [[nodiscard]] const std::optional<core::GotoKnowImport>& imported() const { return m_result; }

    void addFiles(const QStringList& paths);

private:
    void chooseMore();
    void preview() override;
    bool runImport() override;
    [[nodiscard]] QString summaryText(int good, int bad) const override;

    QStringList m_paths;
    std::optional<core::GotoKnowImport> m_result;
};

} // namespace banthuek::ui
