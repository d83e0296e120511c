#include "util/WorkerLoop.h"

namespace caseport::server {

WorkerLoop::WorkerLoop(Step step)
    : m_step(std::move(step))
{
}

WorkerLoop::~WorkerLoop() { stop(); }

void WorkerLoop::start()
{
    if (m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = false;
        m_woken = true;
    }
    m_thread = std::thread([this] { run(); });
}

void WorkerLoop::requestStop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_cv.notify_all();
}

void WorkerLoop::stop()
{
    requestStop();
    if (m_thread.joinable())
        m_thread.join();
}

void WorkerLoop::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_cv.notify_all();
}

bool WorkerLoop::stopping() const
{
    std::lock_guard lock(m_mutex);
    return m_stop;
}

void WorkerLoop::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_woken = false;
        lock.unlock();
        std::chrono::milliseconds wait { 60'000 };
        try {
            wait = m_step();
        } catch (...) { // the step logs its own failures; keep the thread alive
        }
        lock.lock();
        m_cv.wait_for(lock, wait, [this] { return m_stop || m_woken; });
    }
}

} // namespace caseport::server
