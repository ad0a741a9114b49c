// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/dates.h"

#include <QHash>
#include <QPointer>
#include <QStyledItemDelegate>

#include <functional>

namespace banthuek::ui {

// The cell editors of an EntryTable, chosen per column: plain text, text with names completed
// as you type, a choice (stored as its code in Qt::UserRole), a date typed in either era
// (stored as ISO in Qt::UserRole; text that is not a date is kept, marked, and reported on
// save), or several lines (Enter commits, Shift+Enter breaks the line).
class EntryDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int DefaultRole = Qt::UserRole + 1; // a default filled in, not typed
    static constexpr int InvalidRole = Qt::UserRole + 2; // typed text that is not a date

    using Names = std::function<QStringList()>;
    using DateFormat = std::function<QString(const core::CivilDate&)>;
    struct Choice
    {
        QString label;
        QString code;
    };

    explicit EntryDelegate(QObject* parent = nullptr) : QStyledItemDelegate(parent) {}

    void setCompletion(int column, Names names) { m_names.insert(column, std::move(names)); }
    void setChoices(int column, QList<Choice> choices) { m_choices.insert(column, std::move(choices)); }
    void setDates(int column, DateFormat format) { m_dates.insert(column, std::move(format)); }
    void setMultiLine(int column) { m_multiLine.insert(column, true); }
    [[nodiscard]] QString labelOf(int column, const QString& code) const;
    void commitOpenEditor();

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void destroyEditor(QWidget* editor, const QModelIndex& index) const override;

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    QHash<int, Names> m_names;
    QHash<int, QList<Choice>> m_choices;
    QHash<int, DateFormat> m_dates;
    QHash<int, bool> m_multiLine;
    mutable QPointer<QWidget> m_open;
};

} // namespace banthuek::ui
