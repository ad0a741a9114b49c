// SPDX-License-Identifier: GPL-3.0-or-later
// Photos and files in the note editor: inserted from a file, pasted, dropped; photos shown inline
// and upright, other files as links; captions kept in the Markdown.
#include "core/files/filerefs.h"
#include "tests/support/exifjpeg.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/files/imagedecode.h"
#include "ui/notes/bodyeditor.h"
#include "ui/notes/noteeditor.h"
#include "ui/preferences/preferences.h"
#include "ui/session/session.h"

#include <QAction>
#include <QClipboard>
#include <QDialog>
#include <QGuiApplication>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>

#include <catch2/catch.hpp>

using banthuek::test::WindowFixture;
using namespace banthuek;

namespace {

// A landscape JPEG whose EXIF says the phone was held upright (orientation 6).
QByteArray phonePhoto(int width, int height, int orientation)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0x2a, 0x77, 0x55));
    QPainter painter(&image);
    painter.fillRect(0, 0, width / 4, height / 4, Qt::red);
    painter.end();
    const QByteArray jpeg = ui::jpegBytes(image, 80);
    banthuek::test::PhotoExif exif;
    exif.orientation = orientation;
    const std::string tagged = banthuek::test::withExif(jpeg.toStdString(), exif);
    return QByteArray(tagged.data(), static_cast<qsizetype>(tagged.size()));
}

std::string openNewNote(WindowFixture& f)
{
    core::NoteDraft draft;
    draft.title = "เวทีประชาคม";
    draft.body = "ชาวบ้านมาร่วมกันมาก\n";
    const auto note = f.session->createNote(draft);
    REQUIRE(note);
    f.window->editor().open(QString::fromStdString(note->id));
    return note->id;
}

QString savedBody(WindowFixture& f, const std::string& id)
{
    REQUIRE(f.window->editor().saveNow());
    return QString::fromStdString(f.notebook().notes().get(id).content.body);
}

} // namespace

TEST_CASE("Photos inserted from files show inline and upright, other files are links, all is in the Markdown",
          "[ui][files]")
{
    WindowFixture f;
    const std::string id = openNewNote(f);
    ui::BodyEditor* body = f.window->editor().body();
    auto* attach = body->findChild<QAction*>(QStringLiteral("attachAction"));
    REQUIRE(attach);
    CHECK(attach->isVisible());

    const QString photo = QString::fromStdString(f.dir.file("IMG_0042.jpg"));
    const QByteArray photoBytes = phonePhoto(400, 300, 6);
    {
        QFile out(photo);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(photoBytes);
    }
    const QString letter = QString::fromStdString(f.dir.file("หนังสือ อบต.pdf"));
    {
        QFile out(letter);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("%PDF-1.4\nletter from the TAO\n");
    }
    QTextCursor end = body->textEdit()->textCursor();
    end.movePosition(QTextCursor::End);
    body->textEdit()->setTextCursor(end);
    CHECK(body->noteTextEdit()->insertFiles({photo, letter}) == 2);

    const QString markdown = savedBody(f, id);
    const auto refs = core::fileRefs(markdown.toStdString());
    REQUIRE(refs.size() == 2);
    INFO(markdown.toStdString());
    // Qt writes an image without a caption as ![image](…).
    CHECK(
        markdown.contains(QStringLiteral("![image](banthuek:file/%1)").arg(QString::fromStdString(refs[0]))));
    CHECK(markdown.contains(
        QStringLiteral("[หนังสือ อบต.pdf](banthuek:file/%1)").arg(QString::fromStdString(refs[1]))));
    CHECK(markdown.startsWith(QStringLiteral("ชาวบ้านมาร่วมกันมาก")));

    // The photo is drawn upright: 300 wide, 400 high, as the phone was held.
    const QImage shown =
        body->textEdit()
            ->document()
            ->resource(QTextDocument::ImageResource,
                       QUrl(QStringLiteral("banthuek:file/%1").arg(QString::fromStdString(refs[0]))))
            .value<QImage>();
    REQUIRE_FALSE(shown.isNull());
    CHECK(shown.width() == 300);
    CHECK(shown.height() == 400);
    // Made once, then kept in the notebook for the next opening.
    CHECK(f.notebook().files().picture(refs[0], ui::kShownPictureEdge).has_value());

    // Every byte comes back out.
    const std::string back = f.notebook().files().bytes(refs[0]);
    CHECK(QByteArray(back.data(), static_cast<qsizetype>(back.size())) == photoBytes);

    // Reopened, the note shows the same and its Markdown is untouched.
    f.reopen();
    f.window->editor().open(QString::fromStdString(id));
    CHECK(f.window->editor().body()->markdown() == markdown);
    QCoreApplication::processEvents();                                               // the photo is laid out
    CHECK(f.window->editor().body()->textEdit()->verticalScrollBar()->value() == 0); // opens at its top
}

TEST_CASE("A pasted image and dropped files go in where the cursor is", "[ui][files]")
{
    WindowFixture f;
    const std::string id = openNewNote(f);
    ui::NoteTextEdit* edit = f.window->editor().body()->noteTextEdit();
    edit->setFocus();
    QTextCursor end = edit->textCursor();
    end.movePosition(QTextCursor::End);
    edit->setTextCursor(end);

    QImage screenshot(120, 80, QImage::Format_ARGB32);
    screenshot.fill(Qt::blue);
    QGuiApplication::clipboard()->setImage(screenshot);
    edit->paste();

    const QString dropped = QString::fromStdString(f.dir.file("voice.m4a"));
    {
        QFile out(dropped);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QByteArray(5000, 'v'));
    }
    QMimeData drop;
    drop.setUrls({QUrl::fromLocalFile(dropped)});
    CHECK(edit->canInsertFromMimeData(&drop));
    edit->insertFromMimeData(&drop); // where a drop ends, as a paste does

    const QString markdown = savedBody(f, id);
    const auto refs = core::fileRefs(markdown.toStdString());
    REQUIRE(refs.size() == 2);
    const auto pastedFile = f.notebook().files().get(refs[0]);
    CHECK(pastedFile.mime == "image/png");
    CHECK(QString::fromStdString(pastedFile.name).startsWith(QStringLiteral("pasted-")));
    CHECK(markdown.contains(QStringLiteral("[voice.m4a](banthuek:file/")));
    CHECK(f.notebook().files().get(refs[1]).size == 5000);
}

TEST_CASE("A file that cannot be attached is named in a message and nothing goes into the note",
          "[ui][files]")
{
    WindowFixture f;
    const std::string id = openNewNote(f);
    QSignalSpy failed(f.session.get(), &ui::Session::failed);
    const QString empty = QString::fromStdString(f.dir.file("empty.jpg"));
    {
        QFile out(empty);
        REQUIRE(out.open(QIODevice::WriteOnly));
    }
    CHECK(f.window->editor().body()->noteTextEdit()->insertFiles({empty}) == 0);
    REQUIRE(failed.count() == 1);
    CHECK(failed.at(0).at(0).toString().contains(QStringLiteral("empty.jpg")));
    CHECK(core::fileRefs(savedBody(f, id).toStdString()).empty());
    CHECK(f.notebook().files().all().empty());
}

TEST_CASE("The per-file limit is chosen in Preferences, kept, and refuses a larger file by name",
          "[ui][files]")
{
    WindowFixture f;
    const std::string id = openNewNote(f);
    const QString big = QString::fromStdString(f.dir.file("recording.m4a"));
    {
        QFile out(big);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QByteArray(2 * 1024 * 1024 + 10, 'a'));
    }
    // The user sets 1 MB in Preferences and presses OK.
    QTimer::singleShot(0, [] {
        // No REQUIRE here: an exception must not cross Qt's event loop.
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        auto* limit = dialog ? dialog->findChild<QSpinBox*>(QStringLiteral("fileLimitSpin")) : nullptr;
        CHECK(limit);
        if (limit) {
            CHECK(limit->value() == 200);
            limit->setValue(1);
        }
        if (dialog) {
            dialog->accept();
        }
    });
    f.window->showPreferences();
    CHECK(ui::Preferences::load().fileLimitMb == 1);

    QSignalSpy failed(f.session.get(), &ui::Session::failed);
    CHECK(f.window->editor().body()->noteTextEdit()->insertFiles({big}) == 0);
    REQUIRE(failed.count() == 1);
    const QString message = failed.at(0).at(0).toString();
    CHECK(message.contains(QStringLiteral("recording.m4a")));
    CHECK(message.contains(QStringLiteral("1 MB")));
    CHECK(f.notebook().files().all().empty());
    CHECK(core::fileRefs(savedBody(f, id).toStdString()).empty());

    ui::Preferences back = ui::Preferences::load();
    back.fileLimitMb = 200;
    back.save();
}
