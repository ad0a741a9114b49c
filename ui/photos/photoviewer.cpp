// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/photos/photoviewer.h"

#include "ui/files/imagedecode.h"
#include "ui/session/session.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPixmap>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace banthuek::ui {
namespace {

constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 8.0;
constexpr double kZoomStep = 1.25;

QToolButton* button(const QString& text, const QString& tip, QWidget* parent)
{
    auto* made = new QToolButton(parent);
    made->setText(text);
    made->setToolTip(tip);
    made->setAutoRaise(true);
    return made;
}

} // namespace

PhotoViewer::PhotoViewer(Session& session, QList<Photo> photos, int current, QWidget* parent)
    : QDialog(parent), m_session(session), m_photos(std::move(photos)), m_area(new QScrollArea(this)),
      m_picture(new QLabel(this)), m_caption(new QLabel(this)),
      m_previous(button(tr("◀ Previous"), tr("The previous photo (←)"), this)),
      m_next(button(tr("Next ▶"), tr("The next photo (→)"), this))
{
    setObjectName(QStringLiteral("photoViewer"));
    setWindowTitle(tr("Photo"));
    m_picture->setObjectName(QStringLiteral("photo"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_area->setWidget(m_picture);
    m_area->setAlignment(Qt::AlignCenter);
    m_area->setWidgetResizable(false);
    m_area->setBackgroundRole(QPalette::Dark);
    m_area->viewport()->installEventFilter(this);
    m_caption->setObjectName(QStringLiteral("photoCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* zoomOut = button(tr("−"), tr("Zoom out (−)"), this);
    auto* fit = button(tr("Fit"), tr("Fit to the window (0)"), this);
    auto* actual = button(tr("100%"), tr("Actual pixels (1)"), this);
    auto* zoomIn = button(tr("+"), tr("Zoom in (+)"), this);
    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    connect(zoomOut, &QToolButton::clicked, this,
            [this] { setZoom((m_zoom > 0 ? m_zoom : fittedScale()) / kZoomStep); });
    connect(zoomIn, &QToolButton::clicked, this,
            [this] { setZoom((m_zoom > 0 ? m_zoom : fittedScale()) * kZoomStep); });
    connect(fit, &QToolButton::clicked, this, [this] { setZoom(0); });
    connect(actual, &QToolButton::clicked, this, [this] { setZoom(1); });

    auto* bar = new QHBoxLayout();
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_caption, 1);
    bar->addWidget(zoomOut);
    bar->addWidget(fit);
    bar->addWidget(actual);
    bar->addWidget(zoomIn);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_area, 1);
    layout->addLayout(bar);
    const QRect screen = QApplication::primaryScreen() ? QApplication::primaryScreen()->availableGeometry()
                                                       : QRect(0, 0, 1280, 800);
    resize(screen.width() * 4 / 5, screen.height() * 4 / 5);
    showPhoto(current);
}

QSize PhotoViewer::shownSize() const
{
    return m_picture->pixmap().isNull() ? QSize() : m_picture->pixmap().size();
}

void PhotoViewer::showPhoto(int index)
{
    if (m_photos.isEmpty()) {
        return;
    }
    m_current = std::clamp(index, 0, static_cast<int>(m_photos.size()) - 1);
    const Photo& photo = m_photos.at(m_current);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto bytes =
        m_session.read([&] { return m_session.notebook().files().bytes(photo.sha256.toStdString()); });
    DecodedImage decoded;
    if (bytes) {
        decoded =
            decodeImageBytes(QByteArray::fromRawData(bytes->data(), static_cast<qsizetype>(bytes->size())));
    }
    QApplication::restoreOverrideCursor();
    m_image = decoded.image;
    m_caption->setText(
        QStringLiteral("%1 / %2 · %3")
            .arg(m_current + 1)
            .arg(m_photos.size())
            .arg(decoded.ok()
                     ? photo.description
                     : tr("This photo cannot be shown (%1). %2")
                           .arg(decoded.error.isEmpty() ? tr("it is not in the notebook") : decoded.error,
                                photo.description)));
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < m_photos.size());
    m_zoom = 0;
    render();
}

void PhotoViewer::step(int by)
{
    if (m_current + by >= 0 && m_current + by < m_photos.size()) {
        showPhoto(m_current + by);
    }
}

double PhotoViewer::fittedScale() const
{
    if (m_image.isNull()) {
        return 1;
    }
    const QSize room = m_area->maximumViewportSize() - QSize(4, 4);
    const double scale = std::min(static_cast<double>(room.width()) / m_image.width(),
                                  static_cast<double>(room.height()) / m_image.height());
    return std::min(1.0, std::max(kMinZoom, scale)); // a small photo is not blown up to fit
}

void PhotoViewer::setZoom(double zoom)
{
    m_zoom = zoom <= 0 ? 0 : std::clamp(zoom, kMinZoom, kMaxZoom);
    render();
}

void PhotoViewer::render()
{
    if (m_image.isNull()) {
        m_picture->setPixmap({});
        m_picture->resize(m_area->maximumViewportSize());
        return;
    }
    const double scale = m_zoom > 0 ? m_zoom : fittedScale();
    const QSize size(std::max(1, static_cast<int>(std::lround(m_image.width() * scale))),
                     std::max(1, static_cast<int>(std::lround(m_image.height() * scale))));
    m_picture->setPixmap(QPixmap::fromImage(m_image.scaled(
        size, Qt::IgnoreAspectRatio, scale < 1 ? Qt::SmoothTransformation : Qt::FastTransformation)));
    m_picture->resize(size);
}

void PhotoViewer::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        step(-1);
        return;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        step(1);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom((m_zoom > 0 ? m_zoom : fittedScale()) * kZoomStep);
        return;
    case Qt::Key_Minus:
        setZoom((m_zoom > 0 ? m_zoom : fittedScale()) / kZoomStep);
        return;
    case Qt::Key_0:
        setZoom(0);
        return;
    case Qt::Key_1:
        setZoom(1);
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

void PhotoViewer::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    if (m_zoom <= 0) {
        render(); // fitted: follows the window
    }
}

bool PhotoViewer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_area->viewport() && event->type() == QEvent::Wheel) {
        auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            const double current = m_zoom > 0 ? m_zoom : fittedScale();
            setZoom(wheel->angleDelta().y() > 0 ? current * kZoomStep : current / kZoomStep);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace banthuek::ui
