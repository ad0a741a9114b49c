// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/bodyeditor.h"

#include "core/notes/notelinks.h"
#include "ui/notes/markdown.h"
#include "ui/spelling/spellhighlighter.h"
#include "ui/spelling/spellmenu.h"

#include <QAction>
#include <QDesktopServices>
#include <QFileDialog>
#include <QHelpEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QToolTip>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace banthuek::ui {

BodyEditor::BodyEditor(QWidget* parent)
    : QWidget(parent), m_toolBar(new QToolBar(this)), m_edit(new NoteTextEdit(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_edit->setObjectName(QStringLiteral("bodyEdit"));
    m_edit->setAcceptRichText(false); // pasted HTML would bring styles Markdown cannot keep
    m_edit->setPlaceholderText(
        tr("Write the story of the visit: what happened, what you learned, what comes next."));
    m_toolBar->setObjectName(QStringLiteral("formatToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    layout->addWidget(m_toolBar);
    layout->addWidget(m_edit, 1);
    buildToolBar();
    m_edit->viewport()->installEventFilter(this);
    m_edit->viewport()->setMouseTracking(true);
    connect(m_edit, &QTextEdit::textChanged, this, [this] {
        m_touched = true;
        m_edit->setExtraSelections({}); // marks of a search do not follow edits
        emit edited();
    });
}

void BodyEditor::setSpellChecker(SpellChecker* checker)
{
    m_spellChecker = checker;
    m_spellHighlighter = attachSpelling(*checker, m_edit);
}

QMenu* BodyEditor::contextMenuAt(const QPoint& pos)
{
    return m_spellHighlighter != nullptr ? spellingMenu(*m_spellChecker, *m_spellHighlighter, m_edit, pos)
                                         : m_edit->createStandardContextMenu(pos);
}

void BodyEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_toolBar->setEnabled(!readOnly);
}

void BodyEditor::markMatches(const QStringList& terms)
{
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat marked;
    marked.setBackground(QColor(0xfd, 0xe6, 0x8a)); // the marker colour of the search results
    for (const QString& term : terms) {
        for (QTextCursor found = m_edit->document()->find(term); !found.isNull();
             found = m_edit->document()->find(term, found)) {
            marks.append({found, marked});
        }
    }
    std::sort(marks.begin(), marks.end(), [](const auto& a, const auto& b) {
        return a.cursor.selectionStart() < b.cursor.selectionStart();
    });
    m_edit->setExtraSelections(marks);
    if (!marks.isEmpty()) {
        QTextCursor first = marks.first().cursor;
        first.clearSelection();
        m_edit->setTextCursor(first);
        m_edit->ensureCursorVisible();
    }
}

void BodyEditor::showNoteLinks()
{
    if (!m_resolver) {
        return;
    }
    // Runs of text linking to one note (a link may be split into fragments by bold or italic).
    struct Run
    {
        int start = 0;
        int end = 0;
        QString id;
        QTextCharFormat format;
    };
    QList<Run> runs;
    for (QTextBlock block = m_edit->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const QString id =
                QString::fromStdString(core::noteIdFromTarget(format.anchorHref().toStdString()));
            if (!format.isAnchor() || id.isEmpty()) {
                continue;
            }
            if (!runs.isEmpty() && runs.last().id == id && runs.last().end == fragment.position()) {
                runs.last().end = fragment.position() + fragment.length();
            } else {
                runs.append({fragment.position(), fragment.position() + fragment.length(), id, format});
            }
        }
    }
    // From the end, so earlier positions stay valid as titles change length.
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        const NoteLinkInfo info = m_resolver(run->id);
        QTextCursor cursor(m_edit->document());
        cursor.setPosition(run->start);
        cursor.setPosition(run->end, QTextCursor::KeepAnchor);
        QTextCharFormat format = run->format;
        if (info.state == NoteLinkInfo::State::Missing) {
            format.setForeground(QColor(0xb0, 0x2a, 0x37)); // broken: red, the text as it was written
            cursor.mergeCharFormat(format);
            continue;
        }
        if (info.state == NoteLinkInfo::State::Trashed) {
            format.setForeground(palette().placeholderText());
        }
        if (cursor.selectedText() != info.title && !info.title.isEmpty()) {
            cursor.insertText(info.title, format); // the note's current title
        } else {
            cursor.mergeCharFormat(format);
        }
    }
}

void BodyEditor::setFiles(BodyFiles files)
{
    m_edit->setFiles(std::move(files));
    m_attachAction->setVisible(true);
}

void BodyEditor::chooseFiles()
{
    if (!m_edit->handlesFiles() || m_edit->isReadOnly()) {
        return;
    }
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Insert photos or files"), {},
        tr("Photos and files (*);;Photos (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff)"));
    m_edit->setFocus();
    m_edit->insertFiles(paths);
}

// Double-click on a photo: its caption (the Markdown image's text).
void BodyEditor::editCaption(const QPoint& position)
{
    QTextCursor cursor = m_edit->cursorForPosition(position);
    for (int step : {0, 1}) {
        QTextCursor probe = cursor;
        probe.setPosition(cursor.position() + step);
        const QTextCharFormat format = probe.charFormat();
        if (!format.isImageFormat() || fileOfHref(format.toImageFormat().name()).isEmpty()) {
            continue;
        }
        QTextImageFormat image = format.toImageFormat();
        bool ok = false;
        const QString caption =
            QInputDialog::getText(this, tr("Caption"), tr("Caption of the photo:"), QLineEdit::Normal,
                                  image.property(QTextFormat::ImageAltText).toString(), &ok);
        if (!ok) {
            return;
        }
        image.setProperty(QTextFormat::ImageAltText, caption.simplified());
        image.setToolTip(caption.simplified());
        probe.setPosition(probe.position() - 1);
        probe.setPosition(probe.position() + 1, QTextCursor::KeepAnchor);
        probe.setCharFormat(image);
        return;
    }
}

QString BodyEditor::linkTip(const QString& href) const
{
    if (const QString sha = fileOfHref(href); !sha.isEmpty()) {
        const QString about = m_edit->files().describe ? m_edit->files().describe(sha) : sha;
        return tr("%1\nCtrl+click to open").arg(about);
    }
    const QString id = QString::fromStdString(core::noteIdFromTarget(href.toStdString()));
    if (id.isEmpty()) {
        return tr("%1\nCtrl+click to open").arg(href);
    }
    const NoteLinkInfo info = m_resolver ? m_resolver(id) : NoteLinkInfo{};
    switch (info.state) {
    case NoteLinkInfo::State::Live:
        return tr("Note: %1\nCtrl+click to open").arg(info.title);
    case NoteLinkInfo::State::Trashed:
        return tr("Note in the Trash: %1\nCtrl+click to open").arg(info.title);
    case NoteLinkInfo::State::Missing:
        return tr("Broken link: the note it pointed to was deleted.");
    }
    return {};
}

bool BodyEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_edit->viewport()) {
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString href = m_edit->anchorAt(help->pos());
        if (!href.isEmpty()) {
            QToolTip::showText(help->globalPos(), linkTip(href), m_edit->viewport());
            return true;
        }
    } else if (event->type() == QEvent::MouseButtonDblClick && m_edit->handlesFiles() &&
               !m_edit->isReadOnly()) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        editCaption(mouse->position().toPoint());
    } else if (event->type() == QEvent::MouseMove) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const bool onLink = (mouse->modifiers() & Qt::ControlModifier) &&
                            !m_edit->anchorAt(mouse->position().toPoint()).isEmpty();
        m_edit->viewport()->setCursor(onLink ? Qt::PointingHandCursor : Qt::IBeamCursor);
    } else if (event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const QString href = m_edit->anchorAt(mouse->position().toPoint());
        if ((mouse->modifiers() & Qt::ControlModifier) && mouse->button() == Qt::LeftButton &&
            !href.isEmpty()) {
            const QString id = QString::fromStdString(core::noteIdFromTarget(href.toStdString()));
            if (const QString sha = fileOfHref(href); !sha.isEmpty()) {
                if (m_edit->files().open) {
                    m_edit->files().open(sha);
                }
            } else if (!id.isEmpty()) {
                if (!m_resolver || m_resolver(id).state != NoteLinkInfo::State::Missing) {
                    emit noteLinkActivated(id);
                }
            } else {
                QDesktopServices::openUrl(QUrl(href));
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BodyEditor::buildToolBar()
{
    auto add = [this](const QString& text, const QString& tip, const QKeySequence& keys, auto slot) {
        QAction* action = m_toolBar->addAction(text, this, slot);
        action->setToolTip(keys.isEmpty()
                               ? tip
                               : QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        return action;
    };
    add(tr("B"), tr("Bold"), QKeySequence::Bold, &BodyEditor::toggleBold)
        ->setObjectName(QStringLiteral("boldAction"));
    add(tr("I"), tr("Italic"), QKeySequence::Italic, &BodyEditor::toggleItalic);
    m_toolBar->addSeparator();
    add(tr("H1"), tr("Heading 1"), QKeySequence(Qt::CTRL | Qt::Key_1), [this] { setHeading(1); });
    add(tr("H2"), tr("Heading 2"), QKeySequence(Qt::CTRL | Qt::Key_2), [this] { setHeading(2); });
    add(tr("H3"), tr("Heading 3"), QKeySequence(Qt::CTRL | Qt::Key_3), [this] { setHeading(3); });
    add(tr("¶"), tr("Normal text"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { setHeading(0); });
    m_toolBar->addSeparator();
    add(tr("• List"), tr("Bulleted list"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8),
        [this] { toggleList(false); });
    add(tr("1. List"), tr("Numbered list"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7),
        [this] { toggleList(true); });
    add(tr("❝ Quote"), tr("Quote"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), &BodyEditor::toggleQuote);
    add(tr("Link"), tr("Insert link"), QKeySequence(Qt::CTRL | Qt::Key_L), &BodyEditor::insertLink);
    m_attachAction = add(tr("+ Photo or file"), tr("Insert photos or files"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), &BodyEditor::chooseFiles);
    m_attachAction->setObjectName(QStringLiteral("attachAction"));
    m_attachAction->setVisible(false); // until the editor is given a notebook's files
}

void BodyEditor::setNoteLinking(NoteLinkCompleter::Suggester suggester,
                                std::function<NoteLinkInfo(const QString& id)> resolver)
{
    m_linkCompleter = new NoteLinkCompleter(m_edit, std::move(suggester));
    m_edit->setLinkCompleter(m_linkCompleter);
    m_resolver = std::move(resolver);
}

void BodyEditor::setMarkdown(const QString& markdown)
{
    const QSignalBlocker blocker(m_edit);
    loadMarkdown(*m_edit->document(), markdown);
    showNoteLinks();
    m_edit->document()->clearUndoRedoStacks();
    // A note opens at its top: its photos are laid out as they load, which must not scroll it.
    m_edit->setTextCursor(QTextCursor(m_edit->document()));
    m_edit->verticalScrollBar()->setValue(0);
    m_loaded = markdown;
    m_touched = false;
}

QString BodyEditor::markdown() const
{
    return m_touched ? saveMarkdown(*m_edit->document()) : m_loaded;
}

void BodyEditor::setFontSize(int points)
{
    QFont font = m_edit->font();
    font.setPointSize(points);
    m_edit->setFont(font);
}

void BodyEditor::toggleBold()
{
    QTextCharFormat format;
    format.setFontWeight(m_edit->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
    m_edit->mergeCurrentCharFormat(format);
}

void BodyEditor::toggleItalic()
{
    QTextCharFormat format;
    format.setFontItalic(!m_edit->fontItalic());
    m_edit->mergeCurrentCharFormat(format);
}

void BodyEditor::setHeading(int level)
{
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    QTextBlockFormat block = cursor.blockFormat();
    block.setHeadingLevel(level);
    cursor.setBlockFormat(block);
    // Headings are bold and larger; plain text goes back to the body's size.
    QTextCharFormat chars;
    chars.setFontWeight(level > 0 ? QFont::Bold : QFont::Normal);
    chars.setProperty(QTextFormat::FontSizeAdjustment, level > 0 ? 4 - level : 0);
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.mergeCharFormat(chars);
    cursor.endEditBlock();
}

void BodyEditor::toggleList(bool numbered)
{
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    if (QTextList* list = cursor.currentList()) {
        const bool same = (list->format().style() == QTextListFormat::ListDecimal) == numbered;
        list->remove(cursor.block());
        QTextBlockFormat plain = cursor.blockFormat();
        plain.setIndent(0);
        cursor.setBlockFormat(plain);
        if (same) {
            cursor.endEditBlock();
            return;
        }
    }
    cursor.createList(numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
    cursor.endEditBlock();
}

void BodyEditor::toggleQuote()
{
    QTextCursor cursor = m_edit->textCursor();
    QTextBlockFormat block = cursor.blockFormat();
    const bool quoted = block.intProperty(QTextFormat::BlockQuoteLevel) > 0;
    block.setProperty(QTextFormat::BlockQuoteLevel, quoted ? 0 : 1);
    block.setLeftMargin(quoted ? 0 : 24);
    cursor.setBlockFormat(block);
}

void BodyEditor::insertLink()
{
    QTextCursor cursor = m_edit->textCursor();
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Insert link"), tr("Address (https://...):"),
                                              QLineEdit::Normal, QStringLiteral("https://"), &ok);
    if (!ok || url.trimmed().isEmpty()) {
        return;
    }
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(url.trimmed());
    format.setFontUnderline(true);
    format.setForeground(palette().link());
    if (!cursor.hasSelection()) {
        cursor.insertText(url.trimmed(), format);
    } else {
        cursor.mergeCharFormat(format);
    }
}

} // namespace banthuek::ui
