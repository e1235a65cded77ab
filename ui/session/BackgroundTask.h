// Runs slow work (Argon2id, backups) on its own thread and hands the result back on the GUI
// thread, so the window never freezes. QtConcurrent is not linked; a QThread per task is plenty
// for the few, seconds-long jobs the app has.
#pragma once

#include <memory>
#include <optional>
#include <QObject>
#include <QThread>
#include <type_traits>

namespace aftercare::ui::BackgroundTask {

// Number of tasks not yet finished and cleaned up (tests and shutdown wait for zero).
int running();
// Blocks until every task has finished and frees them (used once, on exit).
void waitForAll();

namespace detail {
void track(QThread* thread);
} // namespace detail

// Calls `work()` on a new thread, then `done(result)` on `context`'s thread. If `context` is
// destroyed first, `done` is never called and the result is simply destroyed.
template <typename Work, typename Done> void run(QObject* context, Work work, Done done)
{
    using R = std::invoke_result_t<Work&>;
    auto result = std::make_shared<std::optional<R>>();
    QThread* thread =
        QThread::create([work = std::move(work), result]() mutable { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context,
                     [result, done = std::move(done)]() mutable { done(std::move(**result)); });
    detail::track(thread);
    thread->start();
}

} // namespace aftercare::ui::BackgroundTask
