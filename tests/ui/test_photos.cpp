// SPDX-License-Identifier: GPL-3.0-or-later
// Seeing photos: the note list's thumbnails (made off the GUI thread, kept in the notebook), a
// place's Photos tab, and the viewer with next, previous and zoom.
#include "core/files/filerefs.h"
#include "core/text/dates.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/files/imagedecode.h"
#include "ui/notes/noteeditor.h"
#include "ui/notes/notelistmodel.h"
#include "ui/notes/notelistpane.h"
#include "ui/photos/photosmodel.h"
#include "ui/photos/photosview.h"
#include "ui/photos/photoviewer.h"

#include <QIcon>
#include <QListView>
#include <QTabBar>
#include <QTreeView>

#include <catch2/catch.hpp>

using banthuek::test::WindowFixture;
using namespace banthuek;

namespace {

QByteArray photoOf(QColor colour, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    return ui::jpegBytes(image, 90);
}

// A note at a place whose text shows the photos given, as a user's attach would write it.
std::string noteWithPhotos(WindowFixture& f, const std::string& title, const std::string& date,
                           const std::vector<std::string>& shas)
{
    core::NoteDraft draft;
    draft.title = title;
    draft.eventDate = core::parseIsoDate(date);
    draft.placeCodes = {"800801"};
    draft.body = "ไปเยี่ยมบ้าน\n";
    for (const std::string& sha : shas) {
        draft.body += "\n" + core::imageMarkdown(sha, "") + "\n";
    }
    const auto note = f.session->createNote(draft);
    REQUIRE(note);
    return note->id;
}

std::string stored(WindowFixture& f, const QByteArray& bytes, const QString& name)
{
    const auto file = f.session->addFileBytes(bytes, name, core::kDefaultFileLimit);
    REQUIRE(file);
    return file->sha256;
}

// The colour at the middle of a row's thumbnail (transparent while it is being made).
QColor thumbnailColour(ui::NoteListModel& model, int row)
{
    const auto icon = model.index(row, ui::NoteListModel::Title).data(Qt::DecorationRole).value<QIcon>();
    const QImage image = icon.pixmap(ui::NoteListModel::kThumbnailEdge).toImage();
    return image.isNull() ? QColor(Qt::transparent) : image.pixelColor(image.width() / 2, image.height() / 2);
}

} // namespace

TEST_CASE("A note's first photo shows in its list row, made off the GUI thread and kept", "[ui][photos]")
{
    WindowFixture f;
    const std::string green = stored(f, photoOf(QColor(0x20, 0xa0, 0x40), 800, 600), "green.jpg");
    const std::string red = stored(f, photoOf(QColor(0xd0, 0x20, 0x20), 600, 800), "red.jpg");
    const std::string id = noteWithPhotos(f, "ฝายมีชีวิต", "2026-11-20", {green, red});
    (void)noteWithPhotos(f, "ไม่มีรูป", "2026-11-01", {});
    auto& model = dynamic_cast<ui::NoteListModel&>(*f.window->listPane().view()->model());
    model.refresh();
    const int row = model.rowOf(QString::fromStdString(id));
    REQUIRE(row >= 0);

    // Asked for the first time, the row answers at once with a blank of the same size.
    CHECK(thumbnailColour(model, row).alpha() == 0);
    REQUIRE(QTest::qWaitFor([&] { return thumbnailColour(model, row).alpha() == 255; }, 10000));
    const QColor shown = thumbnailColour(model, row);
    CHECK(shown.green() > 120); // the first photo, not the second
    CHECK(shown.red() < 80);
    // Kept in the notebook, so the next window does not make it again.
    CHECK(f.notebook().files().picture(green, ui::NoteListModel::kThumbnailEdge));
    CHECK_FALSE(f.notebook().files().picture(red, ui::NoteListModel::kThumbnailEdge));
    // A note without a photo keeps the room blank, so titles line up.
    const int plain = row == 0 ? 1 : 0;
    CHECK(thumbnailColour(model, plain).alpha() == 0);
    CHECK_FALSE(
        model.index(plain, ui::NoteListModel::Title).data(Qt::DecorationRole).value<QIcon>().isNull());
}

TEST_CASE("A place's Photos tab shows its notes' photos newest first, double-click opens the note, the "
          "viewer steps and zooms",
          "[ui][photos]")
{
    WindowFixture f;
    const std::string wide = stored(f, photoOf(QColor(0x20, 0x60, 0xa0), 1600, 1200), "weir.jpg");
    const std::string tall = stored(f, photoOf(QColor(0xa0, 0x60, 0x20), 300, 400), "book.jpg");
    const std::string older = noteWithPhotos(f, "ประชุมกลุ่มออม", "2026-10-01", {tall});
    const std::string newer = noteWithPhotos(f, "ฝายมีชีวิต", "2026-11-20", {wide});
    ui::NoteListPane& pane = f.window->listPane();
    auto* tabs = f.find<QTabBar>("pageTabs");
    REQUIRE(tabs);
    CHECK(tabs->isHidden()); // "All notes" is not a page

    REQUIRE(QTest::qWaitFor(
        [&] {
            return f.window->sidebarModel()
                .indexFor(ui::SidebarModel::Entry::Place, QStringLiteral("800801"))
                .isValid();
        },
        10000));
    f.window->sidebar().setCurrentIndex(
        f.window->sidebarModel().indexFor(ui::SidebarModel::Entry::Place, QStringLiteral("800801")));
    CHECK_FALSE(tabs->isHidden());
    tabs->setCurrentIndex(1);
    REQUIRE(pane.showingPhotos());
    ui::PhotosView& photos = pane.photos();
    CHECK(photos.isVisible());
    REQUIRE(photos.count() == 2);
    QListView* tiles = photos.view();
    CHECK(tiles->model()->index(0, 0).data().toString() == QStringLiteral("ฝายมีชีวิต"));
    CHECK(tiles->model()->index(1, 0).data(ui::PhotosModel::kShaRole).toString() ==
          QString::fromStdString(tall));

    // Double-click a tile: its note opens beside, and the tab stays.
    const QRect second = tiles->visualRect(tiles->model()->index(1, 0));
    QTest::mouseClick(tiles->viewport(), Qt::LeftButton, {}, second.center());
    QTest::mouseDClick(tiles->viewport(), Qt::LeftButton, {}, second.center());
    CHECK(f.window->editor().noteId() == QString::fromStdString(older));
    CHECK(pane.showingPhotos());

    // Space opens the viewer on the tile; → steps to the next photo, the keys zoom.
    tiles->setFocus();
    tiles->setCurrentIndex(tiles->model()->index(0, 0));
    QTest::keyClick(tiles, Qt::Key_Space);
    auto* viewer = photos.findChild<ui::PhotoViewer*>();
    REQUIRE(viewer);
    CHECK(viewer->current() == 0);
    const QSize fitted = viewer->shownSize();
    CHECK(fitted.width() <= viewer->width()); // 1600 px fitted to the window
    CHECK(fitted.width() * 3 == fitted.height() * 4);
    QTest::keyClick(viewer, Qt::Key_1);
    CHECK(viewer->shownSize() == QSize(1600, 1200));
    QTest::keyClick(viewer, Qt::Key_Plus);
    CHECK(viewer->shownSize().width() == 2000);
    QTest::keyClick(viewer, Qt::Key_Right);
    CHECK(viewer->current() == 1);
    CHECK(viewer->shownSize() == QSize(300, 400)); // fitted again, and a small photo is not blown up
    QTest::keyClick(viewer, Qt::Key_Right);
    CHECK(viewer->current() == 1); // the last one: no further
    QTest::keyClick(viewer, Qt::Key_Left);
    CHECK(viewer->current() == 0);
    viewer->close();

    // Taken out of its note, a photo leaves the tab.
    core::NoteDraft draft = f.notebook().notes().get(newer).content;
    draft.body = "ไม่มีรูปแล้ว\n";
    REQUIRE(f.session->saveNote(QString::fromStdString(newer), draft));
    tabs->setCurrentIndex(0);
    tabs->setCurrentIndex(1);
    CHECK(photos.count() == 1);
}
