// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace banthuek::ui {

class FlowLayout;

// One chosen value: a key the notebook knows (a place code, a theme id) and what to show.
struct Chip
{
    QString key;
    QString label;
    QString detail; // shown in suggestions and tool tips (district and province, English name)
};

// Chips with a type-ahead box: the user types, picks a suggestion (or presses Enter for the
// first), and it becomes a removable chip. Optionally creates what does not exist yet.
class ChipsField final : public QWidget
{
    Q_OBJECT

public:
    using Suggester = std::function<QList<Chip>(const QString& typed)>;
    using Creator = std::function<std::optional<Chip>(const QString& typed, const QStringList& chosenKeys)>;

    ChipsField(const QString& placeholder, Suggester suggester, QWidget* parent = nullptr);

    void setCreator(Creator creator) { m_creator = std::move(creator); }
    void setChips(const QList<Chip>& chips);
    [[nodiscard]] QStringList keys() const;
    [[nodiscard]] QStringList labels() const;
    [[nodiscard]] QLineEdit* input() const { return m_input; }
    void addChip(const Chip& chip);

signals:
    void changed();

private:
    void updateSuggestions(const QString& typed);
    void acceptTyped();
    void removeChip(const QString& key);
    void rebuild();

    Suggester m_suggester;
    Creator m_creator;
    QList<Chip> m_chips;
    QList<Chip> m_suggestions;
    FlowLayout* m_flow;
    QLineEdit* m_input;
    QCompleter* m_completer;
    QStandardItemModel* m_suggestionModel;
};

} // namespace banthuek::ui
