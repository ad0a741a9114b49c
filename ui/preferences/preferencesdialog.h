// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/preferences/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace banthuek::ui {

// Preferences: interface language, how dates look (era, digits), default author, font size.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(const Preferences& current, QWidget* parent = nullptr);

    [[nodiscard]] Preferences preferences() const;
    // Why there is no spelling check here (no Thai dictionary installed): the choice is shown off.
    void noteSpellingProblem(const QString& why);
    // The language applies at the next start: offer to restart now (work is already saved).
    static void offerRestart(QWidget* parent);

private:
    QComboBox* m_language;
    QComboBox* m_era;
    QComboBox* m_digits;
    QLineEdit* m_author;
    QSpinBox* m_fontSize;
    QSpinBox* m_fileLimit;
    QCheckBox* m_spelling;
};

} // namespace banthuek::ui
