// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/markdownimport.h"
#include "ui/imports/importdialog.h"

#include <optional>

class QComboBox;

namespace banthuek::ui {

// File → Import → Markdown folder: a Banthuek export, an Obsidian vault or a Joplin export,
// tried first (the import done and undone), each file shown as the note it becomes (new, an
// update, unchanged; its comments and pictures) or why it cannot be one.
class MarkdownImportDialog final : public ImportDialog
{
    Q_OBJECT

public:
    MarkdownImportDialog(Session& session, const QString& folder, QWidget* parent = nullptr);

    [[nodiscard]] const std::optional<core::MarkdownImport>& imported() const { return m_result; }

private:
    void preview() override;
    bool runImport() override;
    [[nodiscard]] QString summaryText(int good, int bad) const override;
    [[nodiscard]] core::MarkdownImportOptions options() const;

    QString m_folder;
    QComboBox* m_kind;
    std::optional<core::MarkdownImport> m_result;
};

} // namespace banthuek::ui
