// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/chipsfield.h"

#include "ui/widgets/flowlayout.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QToolButton>

namespace banthuek::ui {

ChipsField::ChipsField(const QString& placeholder, Suggester suggester, QWidget* parent)
    : QWidget(parent), m_suggester(std::move(suggester)), m_flow(new FlowLayout(this)),
      m_input(new QLineEdit(this)), m_completer(new QCompleter(this)),
      m_suggestionModel(new QStandardItemModel(this))
{
    m_input->setPlaceholderText(placeholder);
    m_input->setMinimumWidth(220);
    // The suggester already ranks and filters; the completer only shows its answer.
    m_completer->setModel(m_suggestionModel);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(m_input);
    connect(m_input, &QLineEdit::textEdited, this, &ChipsField::updateSuggestions);
    connect(m_input, &QLineEdit::returnPressed, this, &ChipsField::acceptTyped);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const int row = index.row();
                if (row >= 0 && row < m_suggestions.size()) {
                    addChip(m_suggestions.at(row));
                }
            });
    rebuild();
}

void ChipsField::updateSuggestions(const QString& typed)
{
    m_suggestionModel->clear();
    m_suggestions = typed.trimmed().isEmpty() ? QList<Chip>() : m_suggester(typed.trimmed());
    for (const Chip& chip : m_suggestions) {
        auto* item = new QStandardItem(
            chip.detail.isEmpty() ? chip.label : chip.label + QStringLiteral(" — ") + chip.detail);
        m_suggestionModel->appendRow(item);
    }
    if (!m_suggestions.isEmpty()) {
        m_completer->complete();
    } else {
        m_completer->popup()->hide();
    }
}

void ChipsField::acceptTyped()
{
    const QString typed = m_input->text().trimmed();
    if (typed.isEmpty()) {
        return;
    }
    const QModelIndex current =
        m_completer->popup()->isVisible() ? m_completer->popup()->currentIndex() : QModelIndex();
    if (current.isValid() && current.row() < m_suggestions.size()) {
        addChip(m_suggestions.at(current.row()));
        return;
    }
    const QList<Chip> matches = m_suggester(typed);
    for (const Chip& chip : matches) {
        if (chip.label.compare(typed, Qt::CaseInsensitive) == 0 || chip.key == typed) {
            addChip(chip); // an exact name or code wins
            return;
        }
    }
    if (m_creator) {
        if (const auto created = m_creator(typed, keys())) {
            addChip(*created);
            return;
        }
    }
    if (!matches.isEmpty()) {
        addChip(matches.first());
    }
}

void ChipsField::addChip(const Chip& chip)
{
    m_input->clear();
    m_completer->popup()->hide();
    for (const Chip& existing : m_chips) {
        if (existing.key == chip.key) {
            return;
        }
    }
    m_chips.append(chip);
    rebuild();
    emit changed();
}

void ChipsField::removeChip(const QString& key)
{
    m_chips.removeIf([&](const Chip& chip) { return chip.key == key; });
    rebuild();
    emit changed();
}

void ChipsField::setChips(const QList<Chip>& chips)
{
    m_chips = chips;
    rebuild();
}

QStringList ChipsField::labels() const
{
    QStringList labels;
    for (const Chip& chip : m_chips) {
        labels.append(chip.label);
    }
    return labels;
}

QStringList ChipsField::keys() const
{
    QStringList result;
    for (const Chip& chip : m_chips) {
        result << chip.key;
    }
    return result;
}

void ChipsField::rebuild()
{
    m_flow->removeWidget(m_input);
    while (QLayoutItem* item = m_flow->takeAt(0)) {
        if (QWidget* chip = item->widget()) {
            chip->hide();
            chip->deleteLater(); // it may be the button whose click got us here
        }
        delete item;
    }
    for (const Chip& chip : m_chips) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("chip"));
        button->setText(chip.label + QStringLiteral("  ×"));
        button->setToolTip(chip.detail.isEmpty()
                               ? tr("Remove")
                               : chip.detail + QStringLiteral("\n") + tr("Click to remove"));
        button->setAutoRaise(false);
        button->setStyleSheet(
            QStringLiteral("QToolButton#chip { border: 1px solid palette(mid); border-radius: 9px; "
                           "padding: 1px 8px; background: palette(alternate-base); }"));
        const QString key = chip.key;
        connect(button, &QToolButton::clicked, this, [this, key] { removeChip(key); });
        m_flow->addWidget(button);
    }
    m_flow->addWidget(m_input);
    updateGeometry();
}

} // namespace banthuek::ui
