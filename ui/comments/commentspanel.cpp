// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/comments/commentspanel.h"

#include "ui/preferences/preferences.h"
#include "ui/session/session.h"
#include "ui/spelling/spellhighlighter.h"
#include "ui/spelling/spellmenu.h"
#include "ui/widgets/confirm.h"
#include "ui/widgets/screenfit.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace banthuek::ui {
namespace {

// The dialog a comment is edited in: the composer's text box, with its spelling check. OK
// saves through `save`; a refused or failed save (a full disk) opens the dialog again with the
// text as typed, so it is never lost.
void editComment(QWidget* parent, SpellChecker* checker, const QString& body,
                 const std::function<bool(const QString&)>& save)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("editCommentDialog"));
    dialog.setWindowTitle(CommentsPanel::tr("Edit comment"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = new QPlainTextEdit(body, &dialog);
    text->setObjectName(QStringLiteral("editCommentText"));
    if (checker != nullptr) {
        attachSpelling(*checker, text);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    QObject::connect(text, &QPlainTextEdit::textChanged, ok,
                     [text, ok] { ok->setEnabled(!text->toPlainText().trimmed().isEmpty()); });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(text);
    layout->addWidget(buttons);
    sizeToScreen(&dialog, QSize(560, 320));
    while (dialog.exec() == QDialog::Accepted) { // saved after the dialog's loop, shown again if not
        const QString changed = text->toPlainText();
        if (changed == body || save(changed)) {
            return;
        }
    }
}

} // namespace

CommentsPanel::CommentsPanel(Session& session, const Preferences& preferences, QWidget* parent)
    : QWidget(parent), m_session(session), m_preferences(preferences), m_heading(new QLabel(this)),
      m_list(new QVBoxLayout()), m_author(new QLineEdit(this)), m_text(new QPlainTextEdit(this)),
      m_add(new QPushButton(tr("Add comment"), this))
{
    setObjectName(QStringLiteral("commentsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 4);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("commentList"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* listHost = new QWidget(scroll);
    listHost->setLayout(m_list);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->addStretch(1);
    scroll->setWidget(listHost);
    m_author->setObjectName(QStringLiteral("commentAuthor"));
    m_author->setPlaceholderText(tr("Your name"));
    m_text->setObjectName(QStringLiteral("commentText"));
    m_text->setPlaceholderText(tr("Write a comment…"));
    // Two lines to write in, and room for one short comment whole (its name line and a line of
    // it) above them: on a 768-pixel-high screen the note's body keeps the room (the splitter
    // gives the comments more on demand).
    const int line = m_text->fontMetrics().lineSpacing();
    m_text->setFixedHeight(2 * line + 2 * m_text->frameWidth() + 8);
    scroll->setMinimumHeight(3 * line);
    m_add->setObjectName(QStringLiteral("addCommentButton"));
    // The name and the button beside the text, not under it: one row less.
    auto* signing = new QVBoxLayout();
    signing->setSpacing(2);
    signing->addWidget(m_author);
    signing->addWidget(m_add);
    m_author->setMaximumWidth(220);
    auto* form = new QHBoxLayout();
    form->addWidget(m_text, 1);
    form->addLayout(signing);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);
    layout->addLayout(form);
    connect(m_add, &QPushButton::clicked, this, &CommentsPanel::add);
    // A notebook opened read-only shows its comments; a new one could not be kept.
    for (QWidget* composer :
         {static_cast<QWidget*>(m_text), static_cast<QWidget*>(m_author), static_cast<QWidget*>(m_add)}) {
        composer->setVisible(!m_session.readOnly());
    }
    connect(&m_session, &Session::commentsChanged, this, [this](const QString& noteId) {
        if (noteId == m_noteId) {
            reload();
        }
    });
    applyPreferences();
}

void CommentsPanel::setSpellChecker(SpellChecker* checker)
{
    m_spellChecker = checker;
    m_spellHighlighter = attachSpelling(*checker, m_text);
}

QMenu* CommentsPanel::contextMenuAt(const QPoint& pos)
{
    return m_spellHighlighter != nullptr ? spellingMenu(*m_spellChecker, *m_spellHighlighter, m_text, pos)
                                         : m_text->createStandardContextMenu(pos);
}

void CommentsPanel::applyPreferences()
{
    if (m_author->text().isEmpty()) {
        m_author->setText(m_preferences.defaultAuthor);
    }
    reload();
}

void CommentsPanel::showNote(const QString& noteId)
{
    m_noteId = noteId;
    setVisible(!noteId.isEmpty());
    reload();
}

void CommentsPanel::reload()
{
    while (m_list->count() > 1) { // keep the stretch at the end
        QLayoutItem* item = m_list->takeAt(0);
        if (item->widget()) {
            item->widget()->deleteLater();
        }
        delete item;
    }
    if (m_noteId.isEmpty()) {
        return;
    }
    const auto comments =
        m_session.read([&] { return m_session.notebook().comments().forNote(m_noteId.toStdString()); })
            .value_or(std::vector<core::Comment>{});
    m_heading->setText(tr("Comments (%1)").arg(comments.size()));
    int row = 0;
    for (const core::Comment& comment : comments) {
        const QString when = m_preferences.formatTime(comment.createdMs) +
                             (comment.updatedMs > comment.createdMs ? tr(" (edited)") : QString());
        m_list->insertWidget(row++, commentWidget(QString::fromStdString(comment.id),
                                                  QString::fromStdString(comment.author), when,
                                                  QString::fromStdString(comment.body)));
    }
}

QWidget* CommentsPanel::commentWidget(const QString& id, const QString& author, const QString& when,
                                      const QString& body)
{
    auto* box = new QFrame(this);
    box->setObjectName(QStringLiteral("comment"));
    box->setFrameShape(QFrame::StyledPanel);
    // Compact: a comment is its name line and its text, with little frame around them.
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 2, 6, 3);
    layout->setSpacing(0);
    auto* header = new QHBoxLayout();
    auto* who = new QLabel(
        tr("<b>%1</b> · %2").arg((author.isEmpty() ? tr("Anonymous") : author).toHtmlEscaped(), when), box);
    auto* editButton = new QToolButton(box);
    editButton->setText(tr("Edit"));
    editButton->setObjectName(QStringLiteral("editCommentButton"));
    auto* deleteButton = new QToolButton(box);
    deleteButton->setText(tr("Delete"));
    deleteButton->setObjectName(QStringLiteral("deleteCommentButton"));
    for (QToolButton* button : {editButton, deleteButton}) {
        button->setAutoRaise(true); // flat until pointed at: the name line stays one text line high
        button->setVisible(!m_session.readOnly()); // a read-only notebook would refuse them
    }
    header->addWidget(who, 1);
    header->addWidget(editButton);
    header->addWidget(deleteButton);
    auto* text = new QLabel(body, box);
    text->setObjectName(QStringLiteral("commentBody"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addLayout(header);
    layout->addWidget(text);
    connect(editButton, &QToolButton::clicked, this, [this, id, body] { edit(id, body); });
    connect(deleteButton, &QToolButton::clicked, this, [this, id] { remove(id); });
    return box;
}

void CommentsPanel::add()
{
    const QString text = m_text->toPlainText();
    if (text.trimmed().isEmpty() || m_noteId.isEmpty()) {
        return;
    }
    if (m_session.addComment(m_noteId, m_author->text(), text)) {
        m_text->clear();
    }
}

void CommentsPanel::edit(const QString& id, const QString& body)
{
    editComment(this, m_spellChecker, body,
                [this, id](const QString& changed) { return m_session.editComment(m_noteId, id, changed); });
}

void CommentsPanel::remove(const QString& id)
{
    if (confirm(this, tr("Delete comment"), tr("Delete this comment? This cannot be undone."))) {
        m_session.removeComment(m_noteId, id);
    }
}

} // namespace banthuek::ui
