// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/entrydelegate.h"

#include "core/error.h"

#include <QColor>
#include <QComboBox>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringListModel>

namespace banthuek::ui {

QString EntryDelegate::labelOf(int column, const QString& code) const
{
    for (const Choice& choice : m_choices.value(column)) {
        if (choice.code == code) {
            return choice.label;
        }
    }
    return code;
}

void EntryDelegate::commitOpenEditor()
{
    if (m_open) {
        emit commitData(m_open);
    }
}

QWidget* EntryDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    const int column = index.column();
    QWidget* editor = nullptr;
    if (m_choices.contains(column)) {
        auto* combo = new QComboBox(parent);
        for (const Choice& choice : m_choices.value(column)) {
            combo->addItem(choice.label, choice.code);
        }
        editor = combo;
    } else if (m_multiLine.contains(column)) {
        auto* text = new QPlainTextEdit(parent);
        text->setTabChangesFocus(true);
        text->installEventFilter(const_cast<EntryDelegate*>(this));
        editor = text;
    } else if (m_names.contains(column)) {
        auto* line = new QLineEdit(parent);
        auto* completer = new QCompleter(m_names.value(column)(), line);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        line->setCompleter(completer);
        // Enter while the completion list is open picks the name and reaches the line edit
        // directly (past this delegate's filter): it commits the cell all the same.
        connect(line, &QLineEdit::returnPressed, this, [this, line] {
            emit const_cast<EntryDelegate*>(this)->commitData(line);
            emit const_cast<EntryDelegate*>(this)->closeEditor(line, QAbstractItemDelegate::SubmitModelCache);
        });
        editor = line;
    } else {
        editor = QStyledItemDelegate::createEditor(parent, option, index);
    }
    m_open = editor;
    return editor;
}

void EntryDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::UserRole))));
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        text->setPlainText(index.data(Qt::EditRole).toString());
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(index.data(Qt::EditRole).toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void EntryDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    const int column = index.column();
    QString text;
    QVariant value = index.data(Qt::UserRole);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        text = combo->currentText();
        value = combo->currentData();
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
        text = plain->toPlainText().trimmed();
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        text = line->text().trimmed();
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    bool invalid = false;
    if (m_dates.contains(column)) {
        value = QVariant();
        if (!text.isEmpty()) {
            try {
                const core::CivilDate date = core::parseUserDate(text.toStdString());
                value = QString::fromStdString(date.iso());
                text = m_dates.value(column)(date);
            } catch (const core::Error&) {
                invalid = true; // kept as typed, shown in red, reported when saved
            }
        }
        model->setData(index, invalid ? QVariant(QColor(Qt::red)) : QVariant(), Qt::ForegroundRole);
    }
    model->setData(index, invalid, InvalidRole);
    model->setData(index, false, DefaultRole);
    model->setData(index, value, Qt::UserRole);
    model->setData(index, text, Qt::EditRole);
}

void EntryDelegate::destroyEditor(QWidget* editor, const QModelIndex& index) const
{
    if (m_open == editor) {
        m_open = nullptr;
    }
    QStyledItemDelegate::destroyEditor(editor, index);
}

bool EntryDelegate::eventFilter(QObject* object, QEvent* event)
{
    // Enter commits the cell at once (the table then starts the next row), a choice too: Qt's
    // own handling commits it later, after keys typed quickly behind it. In a cell of several
    // lines Shift+Enter breaks the line.
    auto* editor = qobject_cast<QWidget*>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const bool lineBreak =
            qobject_cast<QPlainTextEdit*>(editor) && (key->modifiers() & Qt::ShiftModifier);
        if (enter && !lineBreak) {
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::SubmitModelCache);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace banthuek::ui
