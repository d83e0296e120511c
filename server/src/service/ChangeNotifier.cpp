#include "service/ChangeNotifier.h"

#include <algorithm>

namespace caseport::server {

void ChangeNotifier::add(ChangeListener* listener)
{
    std::lock_guard lock(m_mutex);
    m_listeners.push_back(listener);
}

void ChangeNotifier::remove(ChangeListener* listener)
{
    std::lock_guard lock(m_mutex);
    std::erase(m_listeners, listener);
}

std::vector<ChangeListener*> ChangeNotifier::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_listeners;
}

void ChangeNotifier::caseChanged(const access::CaseFacts& facts, bool staffOnly)
{
    for (ChangeListener* listener : snapshot())
        listener->caseChanged(facts, staffOnly);
}

void ChangeNotifier::accessChanged(const std::string& user)
{
    for (ChangeListener* listener : snapshot())
        listener->accessChanged(user);
}

void ChangeNotifier::everythingChanged()
{
    for (ChangeListener* listener : snapshot())
        listener->everythingChanged();
}

} // namespace caseport::server
