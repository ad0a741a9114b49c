// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDialog>

#include <string>
#include <vector>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace banthuek::ui {

class ChipsField;
class Session;

// What the importers' dialogs share: the files read first and shown one a row (what each
// becomes, or why it cannot), who wrote them and which places they are about, and Import. Bad
// files stop the import unless the user chooses to skip them. A subclass reads and imports.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    [[nodiscard]] QTreeWidget& table() { return *m_table; }
    void importNow();

protected:
    struct Texts
    {
        QString title;
        QString intro;
        QStringList columns;
        int stretchColumn = 0;
        QString skipBad;           // the check box that skips the bad files
        QString authorPlaceholder; // what the author field is for
    };
    ImportDialog(Session& session, const Texts& texts, QWidget* parent);

    // Reads without writing: fills the table (addProblemRow for bad files) and calls showCounts.
    virtual void preview() = 0;
    // Imports; true when something was written (the dialog then closes).
    virtual bool runImport() = 0;
    // The line under the table for so many good and bad files.
    [[nodiscard]] virtual QString summaryText(int good, int bad) const = 0;

    void addProblemRow(const std::string& file, const core::Message& why, const QString& outcome,
                       int textColumn);
    void showCounts(int good, int bad);
    [[nodiscard]] std::string author() const;
    [[nodiscard]] std::vector<std::string> placeCodes() const;
    [[nodiscard]] bool skipBad() const;
    [[nodiscard]] QDialogButtonBox& buttons() { return *m_buttons; }

    Session& m_session;

private:
    void updateButtons();

    QTreeWidget* m_table;
    QLineEdit* m_author;
    ChipsField* m_places;
    QCheckBox* m_skipBad;
    QLabel* m_summary;
    QPushButton* m_import;
    QDialogButtonBox* m_buttons;
    int m_good = 0;
    int m_bad = 0;
};

} // namespace banthuek::ui
