// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/notebook/notebook.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace banthuek::ui {

// Runs long work on the notebook off the GUI thread, on a connection of its own, so the window
// keeps painting and answering: reads (the integrity check, a summary) on a read-only one,
// writes (rebuilding the search indexes) on the open notebook's second connection. The result
// comes back on the GUI thread. One task at a time: starting another, cancel() or destroying
// the task cancels the one running (SQLite is interrupted, a write rolled back, the result
// dropped).
class BackgroundTask final : public QObject
{
    Q_OBJECT

public:
    // What a task may call to report how far it is (0 to 1), from its own thread. Once the task
    // is cancelled it throws, so work that reports between its statements stops there.
    using Progress = std::function<void(double)>;

    explicit BackgroundTask(QString notebookPath, QObject* parent = nullptr);
    ~BackgroundTask() override;

    // Starts `read` on its thread; `done` gets its result on the GUI thread unless the read was
    // cancelled or failed (then failed() says why, in words for the user).
    template <typename Result>
    void start(std::function<Result(const core::Notebook&, const Progress&)> read,
               std::function<void(Result)> done)
    {
        const std::string path = m_path.toStdString();
        run<Result>([path] { return core::Notebook::open(path, core::Notebook::Access::ReadOnly); },
                    [read = std::move(read)](core::Notebook& notebook, const Progress& progress) {
                        return read(notebook, progress);
                    },
                    std::move(done));
    }
    // Starts `write` on its thread, on `notebook`'s second connection, which must outlive the
    // task. The owner of `notebook` keeps its own writes away meanwhile (Session::holdWrites).
    template <typename Result>
    void startWriting(const core::Notebook& notebook,
                      std::function<Result(core::Notebook&, const Progress&)> write,
                      std::function<void(Result)> done)
    {
        run<Result>([&notebook] { return notebook.secondConnection(); }, std::move(write), std::move(done));
    }
    void cancel();
    // Cancels the task running and waits for its thread to end (a write rolled back).
    void stop();
    [[nodiscard]] bool busy() const { return m_thread != nullptr; }

signals:
    void progress(double fraction);
    void failed(const QString& message);
    void finished(); // after done() or failed(), and after a cancel

private:
    using Open = std::function<std::unique_ptr<core::Notebook>()>;
    using Job = std::function<void(core::Notebook&, const Progress&)>;
    template <typename Result>
    void run(Open open, std::function<Result(core::Notebook&, const Progress&)> work,
             std::function<void(Result)> done)
    {
        auto result = std::make_shared<std::optional<Result>>();
        startJob(
            std::move(open),
            [work = std::move(work), result](core::Notebook& notebook, const Progress& progress) {
                *result = work(notebook, progress);
            },
            [done = std::move(done), result] {
                if (*result) {
                    done(std::move(**result));
                }
            });
    }
    void startJob(Open open, Job job, std::function<void()> deliver);
    void join();

    QString m_path;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    // The running read's connection, so that cancel() can interrupt it from the GUI thread.
    std::shared_ptr<std::mutex> m_connectionLock = std::make_shared<std::mutex>();
    std::shared_ptr<core::Notebook*> m_connection = std::make_shared<core::Notebook*>(nullptr);
};

} // namespace banthuek::ui
