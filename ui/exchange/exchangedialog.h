// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace banthuek::core {
struct BundleImport;
}

namespace banthuek::ui {

class Session;

// File → Exchange…: this laptop's name and its user, the team (create, join, show its code),
// and the bundles: export one for a teammate, import theirs (or drop them on the dialog), or
// sync with a shared folder (remembered). Each says what came in, by author.
class ExchangeDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExchangeDialog(Session& session, QWidget* parent = nullptr);

    // What the buttons do after their file dialogs (tests call these directly).
    bool importFiles(const QStringList& paths);
    bool exportTo(const QString& path, bool all);
    bool syncWith(const QString& folder);
    [[nodiscard]] QString report() const;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void refresh();
    void saveIdentity();
    void createTeam();
    void joinTeam();
    void showCode();
    void chooseExport();
    void chooseImport();
    void chooseFolder();
    void showArrivals(const core::BundleImport& summary, const QStringList& skipped = {});

    Session& m_session;
    QLineEdit* m_deviceName;
    QLineEdit* m_userName;
    QComboBox* m_role;
    QLabel* m_team;
    QLabel* m_peers;
    QLabel* m_conflicts;
    QPushButton* m_create;
    QPushButton* m_join;
    QPushButton* m_code;
    QPushButton* m_export;
    QCheckBox* m_all;
    QPushButton* m_import;
    QPushButton* m_sync;
    QLabel* m_folder;
    QCheckBox* m_autoSync;
    QPlainTextEdit* m_report;
};

} // namespace banthuek::ui
