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

// Runs a long read of the notebook (the integrity check, a summary) off the GUI thread, on a
// read-only connection of its own, so the window keeps painting and answering. The result
// comes back on the GUI thread. One read at a time: starting another, cancel() or destroying
// the reader cancels the one running (SQLite is interrupted and its result dropped).
class BackgroundReader final : public QObject
{
    Q_OBJECT

public:
    // What a read may call to report how far it is (0 to 1), from its own thread.
    using Progress = std::function<void(double)>;

    explicit BackgroundReader(QString notebookPath, QObject* parent = nullptr);
    ~BackgroundReader() override;

    // Starts `read` on its thread; `done` gets its result on the GUI thread unless the read was
    // cancelled or failed (then failed() says why, in words for the user).
    template <typename Result>
    void start(std::function<Result(const core::Notebook&, const Progress&)> read,
               std::function<void(Result)> done)
    {
        auto result = std::make_shared<std::optional<Result>>();
        startJob(
            [read = std::move(read), result](const core::Notebook& notebook, const Progress& progress) {
                *result = read(notebook, progress);
            },
            [done = std::move(done), result] {
                if (*result) {
                    done(std::move(**result));
                }
            });
    }
    void cancel();
    [[nodiscard]] bool busy() const { return m_thread != nullptr; }

signals:
    void progress(double fraction);
    void failed(const QString& message);
    void finished(); // after done() or failed(), and after a cancel

private:
    using Job = std::function<void(const core::Notebook&, const Progress&)>;
    void startJob(Job job, std::function<void()> deliver);
    void join();

    QString m_path;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    // The running read's connection, so that cancel() can interrupt it from the GUI thread.
    std::shared_ptr<std::mutex> m_connectionLock = std::make_shared<std::mutex>();
    std::shared_ptr<core::Notebook*> m_connection = std::make_shared<core::Notebook*>(nullptr);
};

} // namespace banthuek::ui
