// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferences/preferencesdialog.h"

#include "ui/widgets/confirm.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QProcess>
#include <QSpinBox>

namespace banthuek::ui {

PreferencesDialog::PreferencesDialog(const Preferences& current, QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_era(new QComboBox(this)),
      m_digits(new QComboBox(this)), m_author(new QLineEdit(this)), m_fontSize(new QSpinBox(this)),
      m_fileLimit(new QSpinBox(this)),
      m_spelling(new QCheckBox(tr("Underline misspelt words as I type (Thai and English)"), this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system"), static_cast<int>(Preferences::UiLanguage::System));
    m_language->addItem(QStringLiteral("ไทย (Thai)"), static_cast<int>(Preferences::UiLanguage::Thai));
    m_language->addItem(QStringLiteral("English"), static_cast<int>(Preferences::UiLanguage::English));
    m_language->setCurrentIndex(m_language->findData(static_cast<int>(current.language)));
    m_era->setObjectName(QStringLiteral("eraCombo"));
    m_era->addItem(tr("Buddhist era (พ.ศ. 2569)"), static_cast<int>(core::Era::Buddhist));
    m_era->addItem(tr("Gregorian (ค.ศ. 2026)"), static_cast<int>(core::Era::Gregorian));
    m_era->setCurrentIndex(m_era->findData(static_cast<int>(current.era)));
    m_digits->setObjectName(QStringLiteral("digitsCombo"));
    m_digits->addItem(tr("Arabic digits (2569)"), static_cast<int>(core::Digits::Arabic));
    m_digits->addItem(tr("Thai digits (๒๕๖๙)"), static_cast<int>(core::Digits::Thai));
    m_digits->setCurrentIndex(m_digits->findData(static_cast<int>(current.digits)));
    m_author->setObjectName(QStringLiteral("defaultAuthorEdit"));
    m_author->setText(current.defaultAuthor);
    m_fontSize->setObjectName(QStringLiteral("fontSizeSpin"));
    m_fontSize->setRange(8, 32);
    m_fontSize->setValue(current.editorFontSize);
    m_fontSize->setSuffix(tr(" pt"));
    m_fileLimit->setObjectName(QStringLiteral("fileLimitSpin"));
    m_fileLimit->setRange(1, kMaxFileLimitMb);
    m_fileLimit->setValue(current.fileLimitMb);
    m_fileLimit->setSuffix(tr(" MB"));
    m_fileLimit->setToolTip(tr("A photo, recording or document larger than this is refused, with its name"));
    m_spelling->setObjectName(QStringLiteral("spellingCheck"));
    m_spelling->setChecked(current.checkSpelling);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Interface language:"), m_language);
    form->addRow(tr("Years:"), m_era);
    form->addRow(tr("Digits in dates:"), m_digits);
    form->addRow(tr("Default author:"), m_author);
    form->addRow(tr("Editor font size:"), m_fontSize);
    form->addRow(tr("Largest file to attach:"), m_fileLimit);
    form->addRow(tr("Spelling:"), m_spelling);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = static_cast<Preferences::UiLanguage>(m_language->currentData().toInt());
    p.era = static_cast<core::Era>(m_era->currentData().toInt());
    p.digits = static_cast<core::Digits>(m_digits->currentData().toInt());
    p.defaultAuthor = m_author->text().trimmed();
    p.editorFontSize = m_fontSize->value();
    p.fileLimitMb = m_fileLimit->value();
    p.checkSpelling = m_spelling->isChecked();
    return p;
}

void PreferencesDialog::noteSpellingProblem(const QString& why)
{
    m_spelling->setEnabled(false);
    m_spelling->setToolTip(why);
}

void PreferencesDialog::offerRestart(QWidget* parent)
{
    if (confirm(parent, tr("Restart Banthuek"),
                tr("The new language is used from the next start. Your work is saved. Restart now?"))) {
        // Closing the windows saves and releases the notebook before the new process opens it.
        QApplication::closeAllWindows();
        QProcess::startDetached(QApplication::applicationFilePath(), QApplication::arguments().mid(1));
    }
}

} // namespace banthuek::ui
