// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace banthuek::ui {

class AutoBackup;

// File → Backups…: the notebook's backups (when, how large, how many notes), newest first;
// back up now; restore one as a new notebook beside this one (never over it); choose the
// folder they go to (a USB stick, say) and whether they are made automatically.
class BackupsDialog final : public QDialog
{
    Q_OBJECT

public:
    BackupsDialog(QString notebookPath, AutoBackup& backups, QWidget* parent = nullptr);

    // What the buttons do after their file dialogs (tests call these directly).
    bool restoreTo(const QString& backupPath, const QString& newPath);
    void useFolder(const QString& folder); // empty: the default folder
    [[nodiscard]] QTreeWidget& list() { return *m_list; }
    [[nodiscard]] QString status() const;

signals:
    // The user asked to open a notebook just restored.
    void openRequested(const QString& path);

private:
    void refresh();
    void chooseFolder();
    void chooseRestore();
    // Beside the notebook: "<name> (restored from YYYY-MM-DD).banthuek", numbered if taken.
    [[nodiscard]] QString suggestedRestorePath(qint64 takenAt) const;

    QString m_path;
    AutoBackup& m_backups;
    QLabel* m_folder;
    QCheckBox* m_automatic;
    QTreeWidget* m_list;
    QPushButton* m_backUp;
    QPushButton* m_restore;
    QLabel* m_status;
};

} // namespace banthuek::ui
