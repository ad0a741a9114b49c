// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/backgroundreader.h"

#include "core/storage/database.h"
#include "ui/session/errortext.h"

namespace banthuek::ui {

BackgroundReader::BackgroundReader(QString notebookPath, QObject* parent)
    : QObject(parent), m_path(std::move(notebookPath))
{
}

BackgroundReader::~BackgroundReader()
{
    cancel();
    join();
}

void BackgroundReader::cancel()
{
    if (!m_cancelled) {
        return;
    }
    *m_cancelled = true;
    const std::lock_guard guard(*m_connectionLock);
    if (*m_connection) {
        (*m_connection)->database().interrupt();
    }
}

void BackgroundReader::join()
{
    for (QThread* thread : findChildren<QThread*>(QString(), Qt::FindDirectChildrenOnly)) {
        thread->wait();
    }
}

void BackgroundReader::startJob(Job job, std::function<void()> deliver)
{
    cancel();
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancelled = cancelled;
    auto error = std::make_shared<QString>();
    const std::string path = m_path.toStdString();
    auto lock = m_connectionLock;
    auto connection = std::make_shared<core::Notebook*>(nullptr); // this read's own
    m_connection = connection;
    QThread* thread = QThread::create([this, path, job = std::move(job), cancelled, error, lock, connection] {
        const Progress report = [this, cancelled](double fraction) {
            if (!*cancelled) {
                emit progress(fraction); // queued to the GUI thread's receivers
            }
        };
        try {
            auto notebook = core::Notebook::open(path, core::Notebook::Access::ReadOnly);
            {
                const std::lock_guard guard(*lock);
                *connection = notebook.get();
            }
            if (!*cancelled) {
                job(*notebook, report);
            }
            const std::lock_guard guard(*lock);
            *connection = nullptr;
        } catch (const core::Error& failure) {
            const std::lock_guard guard(*lock);
            *connection = nullptr;
            *error = userMessage(failure);
        } catch (const std::exception& failure) { // out of memory, say: reported, never thrown into Qt
            const std::lock_guard guard(*lock);
            *connection = nullptr;
            *error = QString::fromLocal8Bit(failure.what());
        }
    });
    thread->setParent(this);
    m_thread = thread;
    connect(thread, &QThread::finished, this, [this, thread, deliver = std::move(deliver), error, cancelled] {
        thread->deleteLater();
        if (m_thread == thread) {
            m_thread = nullptr;
        }
        if (!*cancelled) {
            if (error->isEmpty()) {
                deliver();
            } else {
                emit failed(*error);
            }
        }
        emit finished();
    });
    thread->start();
}

} // namespace banthuek::ui
