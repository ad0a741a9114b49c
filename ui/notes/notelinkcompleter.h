// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/notes/bodyfiles.h"

#include <QCompleter>
#include <QList>
#include <QString>
#include <QTextEdit>

#include <functional>

class QStandardItemModel;

namespace banthuek::ui {

// A note offered for a link: by title or record number.
struct NoteChoice
{
    QString id;
    qint64 record = 0;
    QString title;
};

// Typing [[ in the body offers notes (Thai type-ahead on the title, or a record number); the
// chosen note replaces [[… with a link to its id, shown by its title.
class NoteLinkCompleter final : public QCompleter
{
    Q_OBJECT

public:
    using Suggester = std::function<QList<NoteChoice>(const QString& typed)>;

    NoteLinkCompleter(QTextEdit* edit, Suggester suggester);

    [[nodiscard]] bool offering() const;

private:
    void update();
    void insertChoice(const QModelIndex& index);

    QTextEdit* m_edit;
    Suggester m_suggester;
    QStandardItemModel* m_model;
    QList<NoteChoice> m_choices;
    int m_start = -1; // document position of the [[ being completed
};

// The body's text edit: while [[ offers notes, Enter, Tab and Escape go to the offer.
class NoteTextEdit final : public QTextEdit
{
    Q_OBJECT

public:
    using QTextEdit::QTextEdit;
    void setLinkCompleter(NoteLinkCompleter* completer) { m_completer = completer; }
    // Files: photos shown inline, other files as links; pasting or dropping files or an image
    // stores them and puts them where the cursor is (ui/notes/bodyfiles.cpp).
    void setFiles(BodyFiles files) { m_files = std::move(files); }
    [[nodiscard]] bool handlesFiles() const { return static_cast<bool>(m_files.addPath); }
    // Stores each file and inserts it at the cursor, each in its own paragraph; how many.
    int insertFiles(const QStringList& paths);
    void insertAttached(const AttachedFile& file);
    [[nodiscard]] const BodyFiles& files() const { return m_files; }

    // Paste and drop end here (public: a drop is tested without a mouse).
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    QVariant loadResource(int type, const QUrl& name) override;

private:
    NoteLinkCompleter* m_completer = nullptr;
    BodyFiles m_files;
};

} // namespace banthuek::ui
