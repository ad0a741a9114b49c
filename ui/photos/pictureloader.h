// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>

class QThread;

namespace banthuek::ui {

class Session;

// Pictures of photos for views that show many (the note list's thumbnails, a page's photos):
// made on a thread of its own with its own read-only connection, newest request first, so
// scrolling never waits for a decoder. A picture made once is kept in the notebook (through
// the session, on the GUI thread) and in memory here.
class PictureLoader final : public QObject
{
    Q_OBJECT

public:
    explicit PictureLoader(Session& session, QObject* parent = nullptr);
    ~PictureLoader() override;
    PictureLoader(const PictureLoader&) = delete;
    PictureLoader& operator=(const PictureLoader&) = delete;

    // The picture when it is ready; otherwise a null image, and it is being made: ready()
    // follows (also when it could not be made: then it stays null).
    [[nodiscard]] QImage picture(const QString& sha256, int edge);

signals:
    void ready(const QString& sha256, int edge);

private:
    struct Request
    {
        std::string sha256;
        int edge = 0;
    };
    void work();
    void deliver(const QString& sha256, int edge, const QImage& image, const QByteArray& made);

    // Requests beyond this many wait no longer: the rows that asked have scrolled away.
    static constexpr std::size_t kMaxWaiting = 256;

    Session& m_session;
    std::string m_path;
    QCache<QString, QImage> m_pictures; // by "sha256/edge", cost in KiB
    QSet<QString> m_pending;
    QSet<QString> m_failed; // not an image, or it does not decode: not asked again
    std::mutex m_lock;
    std::condition_variable m_wake;
    std::deque<Request> m_waiting; // newest last; taken from the back
    bool m_stop = false;
    QThread* m_thread = nullptr;
};

} // namespace banthuek::ui
