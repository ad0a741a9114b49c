// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/gotoknowimport.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace banthuek::ui {

class ChipsField;
class Session;

// File → Import → GotoKnow posts: the chosen files read first (nothing written), each shown as
// the post it is (number, title, comments, new or an update) or why it is not one; then who
// wrote them and which places they are about, and Import. Bad files stop the import unless the
// user chooses to skip them.
class GotoKnowDialog final : public QDialog
{
    Q_OBJECT

public:
    GotoKnowDialog(Session& session, const QStringList& paths, QWidget* parent = nullptr);

    // What the import wrote, after the dialog was accepted.
    [[nodiscard]] const std::optional<core::GotoKnowImport>& imported() const { return m_result; }
    [[nodiscard]] QTreeWidget& table() { return *m_table; }

    void addFiles(const QStringList& paths);
    void importNow();

private:
    void chooseMore();
    void preview();
    void updateButtons();
    [[nodiscard]] core::GotoKnowImportOptions options() const;

    Session& m_session;
    QStringList m_paths;
    std::optional<core::GotoKnowImport> m_preview;
    std::optional<core::GotoKnowImport> m_result;
    QTreeWidget* m_table;
    QLineEdit* m_author;
    ChipsField* m_places;
    QCheckBox* m_skipBad;
    QLabel* m_summary;
    QPushButton* m_import;
};

} // namespace banthuek::ui
