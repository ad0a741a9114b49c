// SPDX-License-Identifier: GPL-3.0-or-later
// The body's files: NoteTextEdit's loading of pictures and its paste and drop of files.
#include "ui/notes/bodyfiles.h"

#include "ui/notes/notelinkcompleter.h"

#include <QFileInfo>
#include <QMimeData>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

namespace banthuek::ui {
namespace {

const QString kScheme = QStringLiteral("banthuek:file/");

QStringList localFiles(const QMimeData* source)
{
    QStringList paths;
    if (source->hasUrls()) {
        for (const QUrl& url : source->urls()) {
            if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile()) {
                paths << url.toLocalFile();
            }
        }
    }
    return paths;
}

// What stands for a photo this notebook does not hold (yet: a teammate's bundle brings it).
QImage missingPicture(const QPalette& palette)
{
    QImage image(240, 60, QImage::Format_RGB32);
    image.fill(palette.color(QPalette::AlternateBase));
    QPainter painter(&image);
    painter.setPen(palette.color(QPalette::PlaceholderText));
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
    painter.drawText(image.rect(), Qt::AlignCenter, NoteTextEdit::tr("Photo not in this notebook yet"));
    return image;
}

} // namespace

QString fileOfHref(const QString& href)
{
    return href.startsWith(kScheme) ? href.mid(kScheme.size()) : QString();
}

QVariant NoteTextEdit::loadResource(int type, const QUrl& name)
{
    const QString sha = fileOfHref(name.toString());
    if (type == QTextDocument::ImageResource && !sha.isEmpty() && m_files.picture) {
        const QImage picture = m_files.picture(sha, kShownPictureEdge);
        return picture.isNull() ? missingPicture(palette()) : picture;
    }
    return QTextEdit::loadResource(type, name);
}

void NoteTextEdit::insertAttached(const AttachedFile& file)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    if (cursor.positionInBlock() > 0) {
        cursor.insertBlock();
    }
    const QString href = kScheme + file.sha256;
    if (file.image) {
        QTextImageFormat image;
        image.setName(href);
        image.setProperty(QTextFormat::ImageAltText, QString());
        cursor.insertImage(image);
    } else {
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(href);
        link.setFontUnderline(true);
        link.setForeground(palette().link());
        cursor.insertText(file.name, link);
    }
    cursor.insertBlock();
    cursor.setCharFormat(QTextCharFormat());
    cursor.endEditBlock();
    setTextCursor(cursor);
}

int NoteTextEdit::insertFiles(const QStringList& paths)
{
    int inserted = 0;
    for (const QString& path : paths) {
        if (const auto file = m_files.addPath ? m_files.addPath(path) : std::nullopt) {
            insertAttached(*file);
            ++inserted;
        }
    }
    return inserted;
}

bool NoteTextEdit::canInsertFromMimeData(const QMimeData* source) const
{
    if (handlesFiles() && (source->hasImage() || !localFiles(source).isEmpty())) {
        return true;
    }
    return QTextEdit::canInsertFromMimeData(source);
}

void NoteTextEdit::insertFromMimeData(const QMimeData* source)
{
    if (handlesFiles()) {
        if (const QStringList paths = localFiles(source); !paths.isEmpty()) {
            insertFiles(paths);
            return;
        }
        if (source->hasImage() && m_files.addImage) {
            if (const auto file = m_files.addImage(qvariant_cast<QImage>(source->imageData()))) {
                insertAttached(*file);
            }
            return;
        }
    }
    QTextEdit::insertFromMimeData(source);
}

} // namespace banthuek::ui
