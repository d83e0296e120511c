#pragma once

// One background thread that runs a step again and again until stop(): after each run
// it waits as long as the step asks, or less when wake() is called. Used by the mail
// planner and sender: work starts when something happens (wake), with the step's own
// timeout as the safety net, and never by busy polling.
//
// start/stop from one thread (the owner's); wake() and stopping() from any thread.
// The step runs only on the loop's thread, never twice at once.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace caseport::server {

class WorkerLoop {
public:
    // Returns how long to wait before the next run at most; an exception escaping the
    // step waits a minute before the next run.
    using Step = std::function<std::chrono::milliseconds()>;

    explicit WorkerLoop(Step step);
    ~WorkerLoop(); // stop()
    WorkerLoop(const WorkerLoop&) = delete;
    WorkerLoop& operator=(const WorkerLoop&) = delete;

    void start(); // runs the first step at once
    // Asks the thread to end without waiting: stopping() is true from now on.
    void requestStop();
    // requestStop(), then lets a running step finish and joins the thread. Idempotent.
    void stop();
    // Runs the next step now (after the current one, if one is running).
    void wake();
    // True once stop() was called: long steps check it to end early.
    [[nodiscard]] bool stopping() const;

private:
    void run();

    Step m_step;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_stop = false;
    bool m_woken = false;
    std::thread m_thread;
};

} // namespace caseport::server
