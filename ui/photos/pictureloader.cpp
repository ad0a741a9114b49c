// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/photos/pictureloader.h"

#include "core/error.h"
#include "core/notebook/notebook.h"
#include "ui/files/picture.h"
#include "ui/session/session.h"

#include <QThread>

#include <memory>

namespace banthuek::ui {
namespace {

QString keyOf(const QString& sha256, int edge)
{
    return sha256 + QLatin1Char('/') + QString::number(edge);
}

} // namespace

PictureLoader::PictureLoader(Session& session, QObject* parent)
    : QObject(parent), m_session(session), m_path(session.path().toStdString())
{
    m_pictures.setMaxCost(64 * 1024); // 64 MiB of pixels: thousands of thumbnails
}

PictureLoader::~PictureLoader()
{
    {
        const std::lock_guard guard(m_lock);
        m_stop = true;
        m_waiting.clear();
    }
    m_wake.notify_all();
    if (m_thread) {
        m_thread->wait(); // at most the one picture being made
    }
}

QImage PictureLoader::picture(const QString& sha256, int edge)
{
    const QString key = keyOf(sha256, edge);
    if (const QImage* kept = m_pictures.object(key)) {
        return *kept;
    }
    if (m_failed.contains(key) || m_pending.contains(key)) {
        return {};
    }
    m_pending.insert(key);
    {
        const std::lock_guard guard(m_lock);
        m_waiting.push_back({sha256.toStdString(), edge});
        while (m_waiting.size() > kMaxWaiting) {
            const Request old = m_waiting.front();
            m_waiting.pop_front();
            m_pending.remove(
                keyOf(QString::fromStdString(old.sha256), old.edge)); // asked again if shown again
        }
    }
    if (!m_thread) {
        m_thread = QThread::create([this] { work(); });
        m_thread->setParent(this);
        m_thread->start(QThread::LowPriority);
    }
    m_wake.notify_one();
    return {};
}

void PictureLoader::work()
{
    std::unique_ptr<core::Notebook> notebook;
    try {
        notebook = core::Notebook::open(m_path, core::Notebook::Access::ReadOnly);
    } catch (const core::Error&) {
        // No pictures then (the file went away, say): every request is answered empty below.
    }
    for (;;) {
        Request request;
        {
            std::unique_lock guard(m_lock);
            m_wake.wait(guard, [this] { return m_stop || !m_waiting.empty(); });
            if (m_stop) {
                return;
            }
            request = m_waiting.back();
            m_waiting.pop_back();
        }
        Picture made;
        try {
            if (notebook) {
                made = pictureOf(notebook->files(), request.sha256, request.edge);
            }
        } catch (const std::exception&) {
            // A damaged file or a full memory: no picture; `check` names a damaged file.
        }
        const QString sha256 = QString::fromStdString(request.sha256);
        QMetaObject::invokeMethod(
            this,
            [this, sha256, edge = request.edge, image = made.image, jpeg = made.made] {
                deliver(sha256, edge, image, jpeg);
            },
            Qt::QueuedConnection);
    }
}

void PictureLoader::deliver(const QString& sha256, int edge, const QImage& image, const QByteArray& made)
{
    const QString key = keyOf(sha256, edge);
    m_pending.remove(key);
    if (image.isNull()) {
        m_failed.insert(key);
    } else {
        m_pictures.insert(key, new QImage(image), std::max<qsizetype>(1, image.sizeInBytes() / 1024));
        m_session.keepPicture(sha256, edge, made);
    }
    emit ready(sha256, edge);
}

} // namespace banthuek::ui
