// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QImage>
#include <QList>
#include <QString>

class QLabel;
class QScrollArea;
class QToolButton;

namespace banthuek::ui {

class Session;

// A photo at full size: previous and next through a set of photos (←/→), zoom (+/−,
// Ctrl+wheel), fit to the window (0) or actual pixels (1). Decoded under the same size cap as
// every outside image; a photo that does not decode says so instead of showing.
class PhotoViewer final : public QDialog
{
    Q_OBJECT

public:
    struct Photo
    {
        QString sha256;
        QString description; // file, date taken, note: shown under the photo
    };

    PhotoViewer(Session& session, QList<Photo> photos, int current, QWidget* parent = nullptr);

    [[nodiscard]] int current() const { return m_current; }
    [[nodiscard]] double zoom() const { return m_zoom; } // 0: fitted to the window
    [[nodiscard]] QSize shownSize() const;               // the photo's size on screen
    void showPhoto(int index);
    void setZoom(double zoom); // 0 fits; clamped to 1/20..8

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void render();
    void step(int by);
    [[nodiscard]] double fittedScale() const;

    Session& m_session;
    QList<Photo> m_photos;
    int m_current = 0;
    double m_zoom = 0;
    QImage m_image;
    QScrollArea* m_area;
    QLabel* m_picture;
    QLabel* m_caption;
    QToolButton* m_previous;
    QToolButton* m_next;
};

} // namespace banthuek::ui
