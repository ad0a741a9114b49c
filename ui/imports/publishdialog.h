// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/sitepublish.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace banthuek::ui {

class ChipsField;
class Session;

// File → Publish as a website: which published notes (a place, or all), the site's language
// and name, names shown as KM roles or not, and the folder; then the site is written and
// offered to open in the browser.
class PublishDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PublishDialog(Session& session, QWidget* parent = nullptr);

    void setFolder(const QString& folder);
    // Writes the site (asking before writing into a folder that is not empty); true when written.
    bool publishNow();
    [[nodiscard]] const std::optional<core::Published>& published() const { return m_published; }
    [[nodiscard]] QString indexPage() const;

private:
    void chooseFolder();
    void updateButtons();

    Session& m_session;
    ChipsField* m_places;
    QComboBox* m_language;
    QCheckBox* m_roles;
    QLineEdit* m_title;
    QLineEdit* m_folder;
    QPushButton* m_publish;
    std::optional<core::Published> m_published;
};

} // namespace banthuek::ui
