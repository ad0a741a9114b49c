// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/backgroundtask.h"

#include "core/storage/database.h"
#include "ui/session/errortext.h"

namespace banthuek::ui {
namespace {

// Thrown by a cancelled task's progress report, to unwind the work (its result is dropped).
struct Cancelled final : std::exception
{
    [[nodiscard]] const char* what() const noexcept override { return "cancelled"; }
};

// Shows cancel() the task's connection while it lives. Made after the connection, so it is
// withdrawn before the connection closes, also when the work throws: cancel() never interrupts
// a closed one.
class Published final
{
public:
    Published(std::shared_ptr<std::mutex> lock, std::shared_ptr<core::Notebook*> slot,
              core::Notebook* notebook)
        : m_lock(std::move(lock)), m_slot(std::move(slot))
    {
        const std::lock_guard guard(*m_lock);
        *m_slot = notebook;
    }
    ~Published()
    {
        const std::lock_guard guard(*m_lock);
        *m_slot = nullptr;
    }
    Published(const Published&) = delete;
    Published& operator=(const Published&) = delete;

private:
    std::shared_ptr<std::mutex> m_lock;
    std::shared_ptr<core::Notebook*> m_slot;
};

} // namespace

BackgroundTask::BackgroundTask(QString notebookPath, QObject* parent)
    : QObject(parent), m_path(std::move(notebookPath))
{
}

BackgroundTask::~BackgroundTask()
{
    stop();
}

void BackgroundTask::cancel()
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

void BackgroundTask::stop()
{
    cancel();
    join();
}

void BackgroundTask::join()
{
    for (QThread* thread : findChildren<QThread*>(QString(), Qt::FindDirectChildrenOnly)) {
        thread->wait();
    }
}

void BackgroundTask::startJob(Open open, Job job, std::function<void()> deliver)
{
    cancel();
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancelled = cancelled;
    auto error = std::make_shared<QString>();
    auto lock = m_connectionLock;
    auto connection = std::make_shared<core::Notebook*>(nullptr); // this read's own
    m_connection = connection;
    QThread* thread = QThread::create(
        [this, open = std::move(open), job = std::move(job), cancelled, error, lock, connection] {
            const Progress report = [this, cancelled](double fraction) {
                if (*cancelled) {
                    throw Cancelled();
                }
                emit progress(fraction); // queued to the GUI thread's receivers
            };
            try {
                const auto notebook = open();
                const Published published(lock, connection, notebook.get());
                if (!*cancelled) {
                    job(*notebook, report);
                }
            } catch (const core::Error& failure) {
                *error = userMessage(failure);
            } catch (const std::exception& failure) { // out of memory, say: reported, never thrown into Qt
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
