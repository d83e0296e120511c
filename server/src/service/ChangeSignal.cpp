#include "service/ChangeSignal.h"

#include <algorithm>

namespace caseport::server {

int ChangeSignal::subscribe(Listener listener)
{
    std::lock_guard lock(m_mutex);
    m_listeners.emplace_back(m_nextId, std::move(listener));
    return m_nextId++;
}

void ChangeSignal::unsubscribe(int id)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_listeners, [id](const auto& entry) { return entry.first == id; });
}

void ChangeSignal::notify()
{
    std::lock_guard lock(m_mutex);
    for (const auto& entry : m_listeners)
        entry.second();
}

} // namespace caseport::server
