#pragma once

// "The store has new changes": the services fire it after a mutation commits, so
// background workers (the mail planner; later push) look at the change log now instead
// of polling it. Carries no data: a listener reads the log from its own cursor, so a
// missed or merged notification costs nothing. Thread-safe; listeners run on the
// notifying thread and must be quick (wake a thread, never do the work there).

#include <functional>
#include <mutex>
#include <vector>

namespace caseport::server {

class ChangeSignal {
public:
    using Listener = std::function<void()>;

    // Returns an id for unsubscribe().
    int subscribe(Listener listener);
    // After it returns the listener is not running and will not run again.
    void unsubscribe(int id);
    void notify();

private:
    std::mutex m_mutex; // held while listeners run, so unsubscribe() waits for them
    std::vector<std::pair<int, Listener>> m_listeners;
    int m_nextId = 1;
};

} // namespace caseport::server
